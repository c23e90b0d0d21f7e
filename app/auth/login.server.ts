import type { Db } from "~/lib/db.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { loginLimiter, type LoginLimiter } from "./rate-limit.server";

export type LoginOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

export async function attemptLogin(
  db: Db,
  input: { email: string; password: string; ip: string },
  limiter: LoginLimiter = loginLimiter,
): Promise<LoginOutcome> {
  const email = input.email.trim().toLowerCase();
  const wait = await limiter.blockedFor(email, input.ip);
  if (wait > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds: wait };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyAgainstDummy(input.password), false);
  if (!user || !valid) {
    await limiter.recordFailure(email, input.ip);
    return { ok: false, reason: "invalid" };
  }
  await limiter.recordSuccess(email);
  return { ok: true, userId: user.id };
}
