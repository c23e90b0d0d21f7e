import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { notFound, ok, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { dayToStored, osloToday } from "~/lib/dates";
import { documentStatuses, type DocumentStatus } from "./supplier-documents";
import type { DocumentInput } from "./supplier-schema";

/**
 * A company's supplier profile: the documents, the staff share and the payout state that a buyer
 * checks before an award (awardQuote reads the same rows). Only the company's own admins keep it;
 * every change is audited, because an award depends on it.
 */

export type SupplierProfile = {
  statuses: DocumentStatus[];
  staffInMeasurePercent: number | null;
  payoutsEnabled: boolean;
};

export async function supplierProfile(
  db: Db,
  actor: Actor,
  today: string = osloToday(),
): Promise<Result<SupplierProfile>> {
  if (!can(actor, "supplier:manage")) return notFound();
  const org = await db.organization.findUniqueOrThrow({
    where: { id: actor.organizationId },
    select: {
      staffInMeasurePercent: true,
      supplierDocuments: true,
      stripeAccount: { select: { payoutsEnabled: true } },
    },
  });
  return ok({
    statuses: documentStatuses(org.supplierDocuments, today),
    staffInMeasurePercent: org.staffInMeasurePercent,
    payoutsEnabled: org.stripeAccount?.payoutsEnabled ?? false,
  });
}

/** A document the company holds (a tax certificate, an HMS declaration …); the newest of a kind is the one that counts. */
export async function addSupplierDocument(db: Db, actor: Actor, input: DocumentInput): Promise<Result<{ id: string }>> {
  if (!can(actor, "supplier:manage")) return notFound();
  return db.$transaction(async (tx) => {
    const doc = await tx.supplierDocument.create({
      data: {
        companyId: actor.organizationId,
        kind: input.kind,
        reference: input.reference,
        issuedOn: dayToStored(input.issuedOn),
        validUntil: input.validUntil ? dayToStored(input.validUntil) : null,
      },
    });
    await auditBy(tx, actor, {
      action: "supplier.document.add",
      entityType: "SupplierDocument",
      entityId: doc.id,
      metadata: { kind: input.kind },
    });
    return ok({ id: doc.id });
  });
}
