import { createCookie } from "react-router";
import type { Db } from "~/lib/db.server";
import { hashToken, newToken } from "./tokens.server";

/**
 * The candidate's own session: a kind apart from members' sessions. Its cookie has another name
 * and its row another table, so no member route ever reads it (getViewer knows only `__session`):
 * a candidate is anonymous everywhere but on their own page, and the session names one candidate
 * and nothing else. Short: 30 minutes from the sign-in link, never extended.
 */
export const CANDIDATE_SESSION_TTL_MS = 30 * 60 * 1000;

export const candidateSessionCookie = createCookie("__candidate", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: process.env.NODE_ENV === "production",
  maxAge: CANDIDATE_SESSION_TTL_MS / 1000,
});

/** Who the request is, as a candidate: the one candidate their session is for. */
export type CandidateSelf = { candidateId: string; sessionId: string };

export async function createCandidateSession(db: Db, candidateId: string): Promise<string> {
  const { token, hash } = newToken();
  await db.candidateSession.create({
    data: { id: hash, candidateId, expiresAt: new Date(Date.now() + CANDIDATE_SESSION_TTL_MS) },
  });
  return candidateSessionCookie.serialize(token);
}

export async function findCandidateSelf(db: Db, request: Request): Promise<CandidateSelf | null> {
  const token: unknown = await candidateSessionCookie.parse(request.headers.get("Cookie"));
  if (typeof token !== "string" || !token) return null;
  const session = await db.candidateSession.findUnique({ where: { id: hashToken(token) } });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  return { candidateId: session.candidateId, sessionId: session.id };
}

/** Ends the session and returns the Set-Cookie that clears the cookie. */
export async function endCandidateSession(db: Db, self: CandidateSelf | null): Promise<string> {
  if (self)
    await db.candidateSession.updateMany({
      where: { id: self.sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  return candidateSessionCookie.serialize("", { maxAge: 0 });
}
