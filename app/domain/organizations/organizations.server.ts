import { recordAudit } from "~/domain/audit/audit.server";
import { municipalityName } from "~/domain/municipalities/register";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import { checkEntity, type EntityRefusal } from "~/domain/registers/registers.server";
import type { Db } from "~/lib/db.server";
import { formatOrgNumber } from "./org-number";

/**
 * Approves a pending organisation; not found when there is no such pending organisation. The
 * organisation number is looked up in Enhetsregisteret first: one that is bankrupt, liquidating or
 * deleted now is refused with the reason, and while the register does not answer the approval
 * waits (the sign-up may have been kept through an outage, so this is where it is checked at last).
 */
export async function approveOrganization(
  db: Db,
  input: { organizationId: string; approvedById: string },
): Promise<Result<{ id: string; name: string }, EntityRefusal>> {
  const pending = await db.organization.findFirst({
    where: { id: input.organizationId, approved: false },
    select: { orgNumber: true },
  });
  if (!pending) return notFound();
  const register = await checkEntity(db, pending.orgNumber, { organizationId: input.organizationId });
  if (!register.ok) return refuse(register.reason, register.detail ? { detail: register.detail } : {});
  const updated = await db.organization.updateMany({
    where: { id: input.organizationId, approved: false },
    data: { approved: true, approvedAt: new Date(), approvedById: input.approvedById },
  });
  if (updated.count !== 1) return notFound();
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: input.organizationId },
    select: { id: true, name: true },
  });
  await recordAudit(db, {
    actorUserId: input.approvedById,
    actorOrganizationId: null,
    action: "organization.approve",
    entityType: "Organization",
    entityId: organization.id,
  });
  return ok(organization);
}

export async function listPendingOrganizations(db: Db) {
  const rows = await db.organization.findMany({
    where: { approved: false },
    orderBy: { createdAt: "asc" },
    include: {
      registerChecks: {
        where: { register: "ENHETSREGISTERET" },
        orderBy: { checkedAt: "desc" },
        take: 1,
        select: { outcome: true, checkedAt: true },
      },
    },
  });
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    orgNumberFormatted: formatOrgNumber(o.orgNumber),
    municipalityName: municipalityName(o.municipalityNumber),
    createdAt: o.createdAt.toISOString(),
    /** The newest Enhetsregisteret answer (checked again on approval) */
    registerCheck: o.registerChecks[0]
      ? { outcome: o.registerChecks[0].outcome, checkedAt: o.registerChecks[0].checkedAt.toISOString() }
      : null,
  }));
}

/** What a member sees of their own organisation: its facts and its members. */
export async function getOrganizationOverview(db: Db, organizationId: string) {
  const o = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    include: {
      memberships: {
        include: { user: { select: { id: true, name: true, email: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    approved: o.approved,
    orgNumberFormatted: formatOrgNumber(o.orgNumber),
    municipalityName: municipalityName(o.municipalityNumber),
    members: o.memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role })),
  };
}

export async function approvedOrganizationName(db: Db, organizationId: string): Promise<string | null> {
  const o = await db.organization.findFirst({ where: { id: organizationId, approved: true }, select: { name: true } });
  return o?.name ?? null;
}
