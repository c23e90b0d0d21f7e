import type { KidAlgorithm } from "~/generated/prisma/enums";
import { accountCheckDigit } from "~/domain/invoicing/account-number";
import type { Db } from "~/lib/db.server";

/**
 * Payment details for the demo's suppliers (fictional, valid account numbers; some with KID), so
 * that the invoices the demo's accepted orders get carry an account and a KID. Runs before the
 * procurement seed, whose accepted order issues the EHF invoices through the domain.
 */
export async function seedPaymentDetails(db: Db, orgIds: Map<string, string>): Promise<number> {
  const algorithms: (KidAlgorithm | null)[] = ["MOD10", "MOD11", null];
  let n = 0;
  const suppliers = await db.organization.findMany({
    where: { id: { in: [...orgIds.values()] }, kind: { in: ["INCLUSION_COMPANY", "EMPLOYER"] } },
    orderBy: { orgNumber: "asc" },
    select: { id: true },
  });
  for (const [i, org] of suppliers.entries()) {
    const accountNumber = demoAccountNumber(i);
    await db.supplierPaymentDetails.upsert({
      where: { organizationId: org.id },
      create: { organizationId: org.id, accountNumber, kidAlgorithm: algorithms[i % algorithms.length] ?? null },
      update: {},
    });
    n++;
  }
  return n;
}

/** A valid account number derived from a seed (bank 1503, a made-up account). */
function demoAccountNumber(seed: number): string {
  for (let i = 0; ; i++) {
    const ten = `1503${String(200_000 + seed * 97 + i).padStart(6, "0")}`;
    const check = accountCheckDigit(ten);
    if (check !== null) return `${ten}${check}`;
  }
}
