import type { PeppolAccessPoint, PeppolMessage } from "./peppol-port";

/**
 * A Peppol access point's HTTP API: the UBL document as the body of a POST, the participants and the
 * document type in headers, our document id as the idempotency key (an access point that has the
 * key already answers with the message it made the first time, so a retry never delivers twice).
 */
export function httpAccessPoint(baseUrl: string, apiKey: string, fetchImpl: typeof fetch = fetch): PeppolAccessPoint {
  const url = new URL("outbound", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  return {
    name: "http",
    async send(m: PeppolMessage) {
      const res = await fetchImpl(url, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${apiKey}`,
          "Content-Type": "application/xml; charset=utf-8",
          "Idempotency-Key": m.documentId,
          "X-Peppol-Sender": m.senderId,
          "X-Peppol-Receiver": m.receiverId,
          "X-Peppol-Document-Type": m.documentType,
        },
        body: m.xml,
        signal: AbortSignal.timeout(30_000),
      });
      if (!res.ok) throw new Error(`access point answered ${res.status}`);
      const body: unknown = await res.json();
      const messageId =
        body && typeof body === "object" && "messageId" in body && typeof body.messageId === "string"
          ? body.messageId
          : null;
      if (!messageId) throw new Error("access point answered without a message id");
      return { messageId };
    },
  };
}
