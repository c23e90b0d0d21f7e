import { hashPassword } from "~/auth/password.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { municipalityName } from "~/domain/municipalities/register";
import type { Db } from "~/lib/db.server";
import { formatOrgNumber } from "./org-number";
import type { SignupInput } from "./signup-schema";

export type SignupOutcome = { ok: true; organizationId: string; userId: string } | { ok: false; field: "orgNumber" | "email"; error: string };

/** A new organisation and its first administrator; the organisation waits for approval. */
export async function signUpOrganization(db: Db, input: SignupInput): Promise<SignupOutcome> {
  const [orgTaken, emailTaken] = await Promise.all([
    db.organization.findUnique({ where: { orgNumber: input.orgNumber }, select: { id: true } }),
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
  ]);
  if (orgTaken) return { ok: false, field: "orgNumber", error: "errors.orgNumberTaken" };
  if (emailTaken) return { ok: false, field: "email", error: "errors.emailTaken" };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.create({
      data: { kind: input.kind, orgNumber: input.orgNumber, name: input.orgName, municipalityNumber: input.municipalityNumber },
    });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "ADMIN" } });
    await recordAudit(tx, { actorUserId: user.id, actorOrganizationId: organization.id, action: "organization.signup", entityType: "Organization", entityId: organization.id });
    return { ok: true as const, organizationId: organization.id, userId: user.id };
  });
}

/** Approves a pending organisation; null when there is no such pending organisation. */
export async function approveOrganization(db: Db, input: { organizationId: string; approvedById: string }) {
  const updated = await db.organization.updateMany({
    where: { id: input.organizationId, approved: false },
    data: { approved: true, approvedAt: new Date(), approvedById: input.approvedById },
  });
  if (updated.count !== 1) return null;
  const organization = await db.organization.findUniqueOrThrow({ where: { id: input.organizationId }, select: { id: true, name: true } });
  await recordAudit(db, { actorUserId: input.approvedById, actorOrganizationId: null, action: "organization.approve", entityType: "Organization", entityId: organization.id });
  return organization;
}

export async function listPendingOrganizations(db: Db) {
  const rows = await db.organization.findMany({ where: { approved: false }, orderBy: { createdAt: "asc" } });
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    orgNumberFormatted: formatOrgNumber(o.orgNumber),
    municipalityName: municipalityName(o.municipalityNumber),
    createdAt: o.createdAt.toISOString(),
  }));
}

/** What a member sees of their own organisation: its facts and its members. */
export async function getOrganizationOverview(db: Db, organizationId: string) {
  const o = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    include: { memberships: { include: { user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: "asc" } } },
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
