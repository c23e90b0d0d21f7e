import { isLocale, type Locale } from "~/i18n/i18n";
import { absoluteUrl } from "~/lib/app-origin.server";
import type { Db } from "~/lib/db.server";
import { sendMail } from "~/lib/mail.server";
import { passwordResetMail } from "~/lib/mail-templates.server";
import { consumeLimits } from "~/lib/rate-limit.server";
import { ok, refuse, type Result } from "~/domain/result";
import { hashPassword } from "./password.server";
import { revokeAllSessions } from "./session.server";
import { hashToken, newToken, RESET_TTL_MS } from "./tokens.server";

/**
 * Sends a link if the address is known and does nothing otherwise; the caller answers the same
 * way. Counted per address asked for (known or not, so the limit reveals nothing) and per client.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string; locale: Locale },
): Promise<Result<null, "rateLimited">> {
  const email = input.email.trim().toLowerCase();
  const gate = await consumeLimits(db, [
    ["resetMailAccount", email],
    ["resetMailIp", input.ip],
  ]);
  if (!gate.ok) return refuse("rateLimited", { detail: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } });
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true } });
  if (!user) return ok();
  const { token, hash } = newToken();
  await db.passwordReset.create({
    data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  });
  // In the account owner's language, whoever asked.
  await sendMail(
    db,
    user.email,
    passwordResetMail(isLocale(user.locale) ? user.locale : input.locale, {
      link: absoluteUrl(`/nytt-passord?token=${token}`),
      token,
    }),
  );
  return ok();
}

export async function isResetTokenValid(db: Db, token: string): Promise<boolean> {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) } });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > new Date());
}

/** Single use; signs the user out everywhere. */
export async function completePasswordReset(db: Db, input: { token: string; password: string }): Promise<boolean> {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(input.token) } });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date()) return false;
  const passwordHash = await hashPassword(input.password);
  const claimed = await db.passwordReset.updateMany({
    where: { id: reset.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (claimed.count !== 1) return false;
  await db.user.update({ where: { id: reset.userId }, data: { passwordHash } });
  await revokeAllSessions(db, reset.userId);
  return true;
}
