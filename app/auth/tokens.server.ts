import { createHash, randomBytes } from "node:crypto";

/**
 * One-time and session tokens: 32 random bytes for the holder, only their SHA-256 in the
 * database, so a copy of the tables cannot be replayed. Lookups are by hash (an index hit), which
 * leaks no timing about the token itself.
 */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 60 * 60 * 1000;
export const SIGNUP_TTL_MS = 24 * 60 * 60 * 1000;
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
