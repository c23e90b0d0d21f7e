import { db } from "~/lib/db.server";
import { findLiveSession, readSessionToken } from "./session.server";
import type { Viewer } from "./viewer";

const cache = new WeakMap<Request, Promise<Viewer | null>>();

/** The signed-in person for this request, or null. Memoised per request (root + route loaders). */
export function getViewer(request: Request): Promise<Viewer | null> {
  let viewer = cache.get(request);
  if (!viewer) {
    viewer = loadViewer(request);
    cache.set(request, viewer);
  }
  return viewer;
}

async function loadViewer(request: Request): Promise<Viewer | null> {
  const token = await readSessionToken(request);
  if (!token) return null;
  const session = await findLiveSession(db(), token);
  if (!session) return null;
  const { user } = session;
  const membership =
    user.memberships.find((m) => m.organizationId === session.activeOrganizationId) ?? user.memberships[0];
  return {
    userId: user.id,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    organization: membership
      ? {
          id: membership.organization.id,
          name: membership.organization.name,
          kind: membership.organization.kind,
          approved: membership.organization.approved,
          role: membership.role,
        }
      : null,
  };
}
