import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { notFound, ok, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import type { PaymentDetailsInput } from "./payment-schema";

export type PaymentDetailsView = {
  accountNumber: string;
  kid: "NONE" | "MOD10" | "MOD11";
  foretaksregisteret: boolean;
} | null;

/** The supplier's payment details for its EHF invoices; null before it has given any. */
export async function paymentDetailsOf(db: Db, actor: Actor): Promise<Result<PaymentDetailsView>> {
  if (!can(actor, "supplier:manage")) return notFound();
  const d = await db.supplierPaymentDetails.findUnique({ where: { organizationId: actor.organizationId } });
  return ok(
    d
      ? { accountNumber: d.accountNumber, kid: d.kidAlgorithm ?? "NONE", foretaksregisteret: d.foretaksregisteret }
      : null,
  );
}

/**
 * Saves the account number (mod-11 checked by the schema) and how KIDs are made. Applies to
 * invoices issued from now on: an issued invoice keeps what it says.
 */
export async function savePaymentDetails(db: Db, actor: Actor, input: PaymentDetailsInput): Promise<Result> {
  if (!can(actor, "supplier:manage")) return notFound();
  const data = {
    accountNumber: input.accountNumber,
    kidAlgorithm: input.kid === "NONE" ? null : input.kid,
    foretaksregisteret: input.foretaksregisteret,
  };
  await db.supplierPaymentDetails.upsert({
    where: { organizationId: actor.organizationId },
    create: { organizationId: actor.organizationId, ...data },
    update: data,
  });
  await auditBy(db, actor, {
    action: "supplier.paymentDetails",
    entityType: "Organization",
    entityId: actor.organizationId,
  });
  return ok();
}
