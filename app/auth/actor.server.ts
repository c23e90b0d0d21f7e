import type { Db } from "~/lib/db.server";
import { actorOf, type Actor } from "./actor";

/**
 * The Actor of a member acting for one of their organisations, read from the database: for the
 * seed, scripts and tests, which have a user and an organisation rather than a signed-in viewer.
 */
export async function actorFor(db: Db, userId: string, organizationId: string): Promise<Actor> {
  const membership = await db.membership.findUniqueOrThrow({
    where: { userId_organizationId: { userId, organizationId } },
    include: {
      user: { select: { name: true, isPlatformAdmin: true } },
      organization: { select: { name: true, kind: true, approved: true } },
    },
  });
  return actorOf({
    userId,
    name: membership.user.name,
    isPlatformAdmin: membership.user.isPlatformAdmin,
    organization: {
      id: organizationId,
      name: membership.organization.name,
      kind: membership.organization.kind,
      role: membership.role,
      approved: membership.organization.approved,
    },
  });
}
