import type { Actor } from "~/auth/actor";
import { actorFor } from "~/auth/actor.server";
import type { MembershipRole, OrganizationKind } from "~/generated/prisma/enums";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import type { Db } from "~/lib/db.server";
import { dayToStored, osloToday } from "~/lib/dates";
import { registerDouble } from "~/domain/registers/registers.server";

export type OrgOptions = {
  kind: OrganizationKind;
  name: string;
  municipalityNumber?: string;
  approved?: boolean;
  staffInMeasurePercent?: number | null;
};

/** An organisation of the demo's kind, with a made-up but valid org number. */
export async function makeOrganization(db: Db, seed: number, options: OrgOptions) {
  return db.organization.create({
    data: {
      kind: options.kind,
      orgNumber: makeValidOrgNumber(seed),
      name: options.name,
      municipalityNumber: options.municipalityNumber ?? "4601",
      approved: options.approved ?? true,
      staffInMeasurePercent: options.staffInMeasurePercent ?? null,
    },
  });
}

/** A person in an organisation, as the Actor the domain takes (built the one way: from their membership). */
export async function makeMember(
  db: Db,
  organizationId: string,
  options: { email: string; name?: string; role?: MembershipRole; emailNotifications?: boolean },
): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: options.email,
      name: options.name ?? options.email.split("@")[0] ?? options.email,
      passwordHash: "x",
      emailNotifications: options.emailNotifications ?? true,
    },
  });
  await db.membership.create({ data: { userId: user.id, organizationId, role: options.role ?? "ADMIN" } });
  return actorFor(db, user.id, organizationId);
}

/** An organisation and its first admin, in one step. */
export async function makeOrgAdmin(
  db: Db,
  seed: number,
  options: OrgOptions & { email?: string; personName?: string; emailNotifications?: boolean },
): Promise<Actor> {
  const org = await makeOrganization(db, seed, options);
  const actor = await makeMember(db, org.id, {
    email: options.email ?? `admin${seed}@x.no`,
    name: options.personName ?? `Person ${seed}`,
    emailNotifications: options.emailNotifications,
  });
  // An inclusion company with a staff share has declared it today, as reserved contracts ask.
  if (options.kind === "INCLUSION_COMPANY" && options.staffInMeasurePercent != null)
    await declareToday(db, actor, options.staffInMeasurePercent);
  return actor;
}

/** A current reserved-contract declaration with its evidence, written straight to the database. */
export async function declareToday(db: Db, actor: Actor, percent: number, declaredOn: string = osloToday()) {
  const evidence = await db.supplierDocument.create({
    data: {
      companyId: actor.organizationId,
      kind: "RESERVED_EVIDENCE",
      reference: "Årsrapport",
      issuedOn: dayToStored(declaredOn),
    },
  });
  await db.reservedContractDeclaration.create({
    data: {
      companyId: actor.organizationId,
      mainPurposeIntegration: true,
      staffSharePercent: percent,
      declaredOn: dayToStored(declaredOn),
      declaredById: actor.userId,
      declaredByName: "Test",
      evidenceDocumentId: evidence.id,
    },
  });
}

/** Sets what the cleaning register (the double in this process) says of the actor's organisation. */
export async function setCleaningStatus(db: Db, actor: Actor, status: string | null = "Godkjent") {
  const { orgNumber } = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId } });
  registerDouble.setCleaning(orgNumber, status);
}
