import type { Db } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { logger } from "~/lib/logger.server";
import { doubleAccessPoint } from "./peppol-double.server";
import { httpAccessPoint } from "./peppol-http.server";
import { participantId, type PeppolAccessPoint } from "./peppol-port";
import { readUbl } from "./ubl-read";

/** How long one sender holds a row; a sender that dies lets it go after this. */
const CLAIM_MS = 5 * 60_000;
/** Waits between attempts: 1, 2, 4 … minutes, at most six hours. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** Math.max(attempts - 1, 0) * 60_000, 6 * 3_600_000);

/** The configured access point: HTTP when PEPPOL_AP_URL is set, else the local double. */
export function accessPoint(db: Db): PeppolAccessPoint {
  const e = env();
  return e.PEPPOL_AP_URL ? httpAccessPoint(e.PEPPOL_AP_URL, e.PEPPOL_AP_KEY ?? "") : doubleAccessPoint(db);
}

/**
 * Sends what is due in the Peppol outbox. Each row is claimed with a conditional update first, so
 * two drains (two instances, a drain that overlaps the next) never send one document twice; a row
 * that was sent is never picked again. A failure is kept with the row and retried later.
 */
export async function drainPeppolOutbox(
  db: Db,
  ap: PeppolAccessPoint = accessPoint(db),
  options: { now?: Date; limit?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? new Date();
  const due = await db.peppolOutbox.findMany({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: options.limit ?? 50,
    select: { documentId: true },
  });
  let sent = 0;
  let failed = 0;
  for (const { documentId } of due) {
    const claimed = await db.peppolOutbox.updateMany({
      where: {
        documentId,
        status: "PENDING",
        OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
      },
      data: { claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: { increment: 1 } },
    });
    if (claimed.count !== 1) continue;
    const row = await db.peppolOutbox.findUniqueOrThrow({
      where: { documentId },
      select: { attempts: true, document: { select: { kind: true, xml: true } } },
    });
    const read = readUbl(row.document.xml);
    try {
      const { messageId } = await ap.send({
        documentId,
        senderId: participantId(read.supplier.orgNumber),
        receiverId: participantId(read.customer.orgNumber),
        documentType: row.document.kind === "INVOICE" ? "Invoice" : "CreditNote",
        xml: row.document.xml,
      });
      await db.peppolOutbox.update({
        where: { documentId },
        data: { status: "SENT", sentAt: new Date(), messageId, claimedUntil: null, lastError: null },
      });
      sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await db.peppolOutbox.update({
        where: { documentId },
        data: {
          claimedUntil: null,
          lastError: message.slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
        },
      });
      // Ids only: the document names the parties and the task.
      logger.warn({ documentId, attempts: row.attempts, accessPoint: ap.name, err: message }, "peppol send failed");
      failed++;
    }
  }
  return { sent, failed };
}
