import type { Prisma } from "~/generated/prisma/client";

/** The supplier key of the platform's own series (its fee invoices). */
export const PLATFORM_SUPPLIER_KEY = "platform";

/**
 * The next number in a supplier's series, inside the transaction that inserts the document. The
 * upsert takes the counter row's lock until that transaction ends, so a second issuer waits, and a
 * transaction that rolls back gives its number back: numbers are gapless per supplier.
 */
export async function nextInvoiceNumber(tx: Prisma.TransactionClient, supplierKey: string): Promise<number> {
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "InvoiceCounter" ("supplierKey", "lastNumber") VALUES (${supplierKey}, 1)
    ON CONFLICT ("supplierKey") DO UPDATE SET "lastNumber" = "InvoiceCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  const n = rows[0]?.lastNumber;
  if (n === undefined) throw new Error(`no invoice number for ${supplierKey}`);
  return Number(n);
}
