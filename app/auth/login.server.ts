import { refuse, ok, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { clearLimits, consumeLimits, refundLimits, type LimitKey } from "~/lib/rate-limit.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";

export type LoginOutcome = Result<{ userId: string }, "invalid" | "rateLimited">;

/**
 * Every attempt is counted before the password is checked (one atomic step per counter), so
 * parallel guesses cannot get past the limit; a successful sign-in gives its count back.
 */
export async function attemptLogin(
  db: Db,
  input: { email: string; password: string; ip: string },
): Promise<LoginOutcome> {
  const email = input.email.trim().toLowerCase();
  const keys: LimitKey[] = [
    ["loginAccountIp", `${email}|${input.ip}`],
    ["loginAccount", email],
    ["loginIp", input.ip],
  ];
  const gate = await consumeLimits(db, keys);
  if (!gate.ok) return refuse("rateLimited", { detail: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } });

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyAgainstDummy(input.password), false);
  if (!user || !valid) return refuse("invalid");
  await Promise.all([clearLimits(db, keys.slice(0, 1)), refundLimits(db, keys.slice(1))]);
  return ok({ userId: user.id });
}
