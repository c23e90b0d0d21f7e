import type { Db } from "~/lib/db.server";
import type { PeppolAccessPoint, PeppolMessage } from "./peppol-port";

/**
 * The local stand-in for a Peppol access point (PEPPOL_AP_URL unset): it stores every message it
 * receives, one row per receipt, so tests and the demo can read what would have been sent and see
 * if anything was sent twice. It can be told to fail, to exercise the outbox's retries.
 */
export function doubleAccessPoint(db: Db, options: { failWith?: () => string | null } = {}): PeppolAccessPoint {
  return {
    name: "double",
    async send(m: PeppolMessage) {
      const failure = options.failWith?.();
      if (failure) throw new Error(failure);
      const row = await db.peppolDoubleMessage.create({
        data: {
          documentId: m.documentId,
          senderId: m.senderId,
          receiverId: m.receiverId,
          documentType: m.documentType,
          xml: m.xml,
        },
        select: { id: true },
      });
      return { messageId: `double-${row.id}` };
    },
  };
}
