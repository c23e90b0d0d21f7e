import type { Db } from "~/lib/db.server";
import { clearLimits, consumeLimits, refundLimits, type LimitKey } from "~/lib/rate-limit.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";

export type LoginOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * Every attempt is counted before the password is checked (one atomic step per counter), so
 * parallel guesses cannot get past the limit; a successful sign-in gives its count back.
 */
export async function attemptLogin(db: Db, input: { email: string; password: string; ip: string }): Promise<LoginOutcome> {
  const email = input.email.trim().toLowerCase();
  const keys: LimitKey[] = [
    ["loginAccountIp", `${email}|${input.ip}`],
    ["loginAccount", email],
    ["loginIp", input.ip],
  ];
  const gate = await consumeLimits(db, keys);
  if (!gate.ok) return { ok: false, reason: "rate-limited", retryAfterSeconds: gate.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyAgainstDummy(input.password), false);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  await Promise.all([clearLimits(db, keys.slice(0, 1)), refundLimits(db, keys.slice(1))]);
  return { ok: true, userId: user.id };
}
