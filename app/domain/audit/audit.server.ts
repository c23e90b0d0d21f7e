import type { Actor } from "~/auth/actor";
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/lib/db.server";

export type AuditInput = {
  actorUserId: string | null;
  actorOrganizationId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** Ids and codes only: the audit log must never hold personal data itself. */
  metadata?: Prisma.InputJsonValue;
};

type AuditWriter = Pick<Db, "auditEvent">;

export async function recordAudit(db: AuditWriter, input: AuditInput): Promise<void> {
  await db.auditEvent.create({ data: input });
}

/** An event done by an actor for their organisation: who, for whom, what, on which record. */
export function auditBy(
  db: AuditWriter,
  actor: Actor,
  event: Omit<AuditInput, "actorUserId" | "actorOrganizationId">,
): Promise<void> {
  return recordAudit(db, { actorUserId: actor.userId, actorOrganizationId: actor.organizationId, ...event });
}

export function listAuditForOrganization(db: Db, organizationId: string, take = 100) {
  return db.auditEvent.findMany({ where: { actorOrganizationId: organizationId }, orderBy: { at: "desc" }, take });
}
