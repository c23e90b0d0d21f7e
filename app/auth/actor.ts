import { rolesOf, type RoleKey } from "./permissions";
import type { Viewer } from "./viewer";

/**
 * Who acts, and for which organisation: what every domain function that changes or reads a
 * tenant's records takes. It carries the roles the viewer holds there, so the domain asks the one
 * permission table (`can(actor, action, { organizationId })`) whether this actor may touch a
 * record of that organisation, instead of comparing ids on its own.
 */
export type Actor = { userId: string; organizationId: string; roles: readonly RoleKey[] };

/** The one way to make an Actor: from a viewer acting for their organisation. */
export function actorOf(viewer: Viewer & { organization: NonNullable<Viewer["organization"]> }): Actor {
  return { userId: viewer.userId, organizationId: viewer.organization.id, roles: rolesOf(viewer) };
}
