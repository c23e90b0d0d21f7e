import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import type { RegisterKind } from "~/generated/prisma/enums";
import { checkEntity, cleaningApproval, latestChecks, registerPort, type CheckView } from "./registers.server";
import type { RegisterRefusal } from "./port";

/** A stored Enhetsregisteret answer older than this is looked up again when the supplier profile opens. */
export const ENTITY_CHECK_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type SupplierRegisters = {
  checks: Record<RegisterKind, CheckView | null>;
  /** The registers are the test double (the page says so) */
  isDouble: boolean;
};

/**
 * What the registers say about the company, for its supplier profile. Enhetsregisteret is asked
 * again when the newest answer is missing or older than a day (or was "unavailable"), so the
 * profile shows a current standing without a button press; the cleaning register is asked on
 * request and at every quote and award on a cleaning task.
 */
export async function supplierRegisters(db: Db, actor: Actor, now = new Date()): Promise<Result<SupplierRegisters>> {
  if (!can(actor, "supplier:manage")) return notFound();
  let checks = await latestChecks(db, actor.organizationId);
  const entity = checks.ENHETSREGISTERET;
  if (
    !entity ||
    entity.outcome === "UNAVAILABLE" ||
    now.getTime() - entity.checkedAt.getTime() > ENTITY_CHECK_MAX_AGE_MS
  ) {
    const org = await db.organization.findUniqueOrThrow({
      where: { id: actor.organizationId },
      select: { orgNumber: true },
    });
    await checkEntity(db, org.orgNumber, { organizationId: actor.organizationId });
    checks = await latestChecks(db, actor.organizationId);
  }
  return ok({ checks, isDouble: registerPort().isDouble });
}

/** "Check again": both registers now. Answers which register did not answer, if one did not. */
export async function recheckRegisters(db: Db, actor: Actor): Promise<Result<null, RegisterRefusal>> {
  if (!can(actor, "supplier:manage")) return notFound();
  const org = await db.organization.findUniqueOrThrow({
    where: { id: actor.organizationId },
    select: { orgNumber: true },
  });
  const entity = await checkEntity(db, org.orgNumber, { organizationId: actor.organizationId });
  const cleaning = await cleaningApproval(db, actor.organizationId);
  // Only a register that did not answer is an error here; what a register said is shown in the table.
  const unanswered = [entity, cleaning].some((c) => !c.ok && c.reason === "registerUnavailable");
  return unanswered ? refuse("registerUnavailable") : ok();
}
