import { createCookie } from "react-router";
import type { Db } from "~/lib/db.server";
import { hashToken, newToken, SESSION_TTL_MS } from "./tokens.server";

/** The cookie holds only a random token; who it belongs to lives in the Session table (revocable). */
export const sessionCookie = createCookie("__session", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: process.env.NODE_ENV === "production",
  maxAge: SESSION_TTL_MS / 1000,
});

export async function createSession(db: Db, userId: string, activeOrganizationId?: string): Promise<string> {
  const { token, hash } = newToken();
  const firstMembership = activeOrganizationId
    ? null
    : await db.membership.findFirst({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: { organizationId: true },
      });
  await db.session.create({
    data: {
      id: hash,
      userId,
      activeOrganizationId: activeOrganizationId ?? firstMembership?.organizationId ?? null,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    },
  });
  return token;
}

/** Creates a session and returns the Set-Cookie header value for it. */
export async function createSessionCookie(db: Db, userId: string, activeOrganizationId?: string): Promise<string> {
  return sessionCookie.serialize(await createSession(db, userId, activeOrganizationId));
}

export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export type SessionRecord = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>;

export async function findLiveSession(db: Db, token: string) {
  const session = await db.session.findUnique({
    where: { id: hashToken(token) },
    include: {
      user: {
        select: {
          id: true,
          name: true,
          isPlatformAdmin: true,
          memberships: {
            include: { organization: { select: { id: true, name: true, kind: true, approved: true } } },
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  return session;
}

export async function revokeSession(db: Db, token: string): Promise<void> {
  await db.session.updateMany({ where: { id: hashToken(token), revokedAt: null }, data: { revokedAt: new Date() } });
}

/** After a password change every device must sign in again. */
export async function revokeAllSessions(db: Db, userId: string): Promise<void> {
  await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function switchActiveOrganization(db: Db, token: string, organizationId: string): Promise<boolean> {
  const session = await findLiveSession(db, token);
  if (!session?.user.memberships.some((m) => m.organizationId === organizationId)) return false;
  await db.session.update({ where: { id: session.id }, data: { activeOrganizationId: organizationId } });
  return true;
}

export async function clearSessionCookie(): Promise<string> {
  return sessionCookie.serialize("", { maxAge: 0 });
}

/** Revokes the request's session (if any) and returns a Set-Cookie that clears the cookie. */
export async function logout(db: Db, request: Request): Promise<string> {
  const token = await readSessionToken(request);
  if (token) await revokeSession(db, token);
  return clearSessionCookie();
}
