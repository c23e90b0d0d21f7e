/**
 * Sending EHF documents through Peppol: an access point takes a UBL document with its sender and
 * receiver (Peppol participant ids, scheme 0192 for Norwegian organisation numbers) and delivers it.
 * Two adapters: HTTP to a real access point (PEPPOL_AP_URL, PEPPOL_AP_KEY), and the local double
 * that stores what it receives (no access point can be reached from these machines).
 */
export type PeppolMessage = {
  /** Our document id, sent as the idempotency key */
  documentId: string;
  senderId: string;
  receiverId: string;
  documentType: "Invoice" | "CreditNote";
  xml: string;
};

export type PeppolAccessPoint = {
  name: string;
  /** Resolves with the access point's message id once it has taken the document; throws otherwise. */
  send(message: PeppolMessage): Promise<{ messageId: string }>;
};

export const participantId = (orgNumber: string) => `0192:${orgNumber}`;
