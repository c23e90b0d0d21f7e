import { data, href, redirect } from "react-router";
import { actorOf, type Actor } from "./actor";
import { accessFor, can, type Action } from "./permissions";
import type { Viewer } from "./viewer";
import { getViewer } from "./viewer.server";

/** A viewer acting for their organisation, with the Actor the domain layer takes. */
export type OrgViewer = Viewer & { organization: NonNullable<Viewer["organization"]>; actor: Actor };

/** Anonymous callers are sent to the login page and brought back afterwards. */
export async function requireViewer(request: Request): Promise<Viewer> {
  const viewer = await getViewer(request);
  if (!viewer) {
    const url = new URL(request.url);
    throw redirect(`${href("/logg-inn")}?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return viewer;
}

/**
 * 403 when the role may not do this at all. With a target in another organisation the answer
 * is 404: a member must not learn that another tenant's record exists.
 */
export async function requirePermission(
  request: Request,
  action: Action,
  target?: { organizationId: string },
): Promise<Viewer> {
  const viewer = await requireViewer(request);
  if (can(viewer, action, target)) return viewer;
  if (target && accessFor(viewer, action) === "own") throw data(null, { status: 404 });
  throw data(null, { status: 403 });
}

/** For actions a member takes for their own organisation: the organisation is then certain. */
export async function requireOrgPermission(request: Request, action: Action): Promise<OrgViewer> {
  const viewer = await requirePermission(request, action);
  const organization = viewer.organization;
  if (!organization) throw data(null, { status: 403 });
  const acting = { ...viewer, organization };
  return { ...acting, actor: actorOf(acting) };
}

export async function requirePlatformAdmin(request: Request): Promise<Viewer> {
  return requirePermission(request, "organization:approve");
}
