import { hashPassword } from "~/auth/password.server";
import { hashToken, newToken, SIGNUP_TTL_MS } from "~/auth/tokens.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { isLocale, type Locale } from "~/i18n/i18n";
import { absoluteUrl } from "~/lib/app-origin.server";
import type { Db } from "~/lib/db.server";
import { sendMail } from "~/lib/mail.server";
import { signupAccountExistsMail, signupConfirmMail } from "~/lib/mail-templates.server";
import { consumeLimits } from "~/lib/rate-limit.server";
import { ok, refuse, type Result } from "~/domain/result";
import { adoptSignupChecks, blocksSignup, checkEntity, type EntityRefusal } from "~/domain/registers/registers.server";
import { serveOwnMunicipality } from "~/domain/nav/nav.server";
import type { SignupInput } from "./signup-schema";

export type SignupRequestOutcome = Result<
  { registerUnavailable: boolean },
  "orgNumberTaken" | "rateLimited" | Exclude<EntityRefusal, "registerUnavailable">
>;

/**
 * A sign-up asks for its e-mail address to be confirmed before anything is created. Whether or
 * not the address already has an account, the form answers the same ("check your e-mail"): a
 * known address gets a mail that says so and how to sign in, a new one gets the link that
 * completes the sign-up. Organisation numbers are public (Enhetsregisteret), so a taken one is
 * said at once, and so is what the register says against it: a deleted, bankrupt or liquidating
 * organisation, or a number that is not a main unit, is refused with the reason. When the register
 * cannot be reached the sign-up goes ahead and is kept (the answer says so): the number is looked
 * up again when the link is followed, and the supplier profile can check it again later.
 */
export async function requestSignup(
  db: Db,
  input: SignupInput,
  context: { ip: string; locale: Locale },
): Promise<SignupRequestOutcome> {
  const gate = await consumeLimits(db, [
    ["signupMailAccount", input.email],
    ["signupMailIp", context.ip],
  ]);
  if (!gate.ok) return refuse("rateLimited", { detail: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } });
  if (await db.organization.findUnique({ where: { orgNumber: input.orgNumber }, select: { id: true } }))
    return refuse("orgNumberTaken", { field: "orgNumber" });
  const register = await checkEntity(db, input.orgNumber);
  if (blocksSignup(register)) return register;
  const registerUnavailable = !register.ok;
  await db.signupRequest.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, locale: true } });
  if (existing) {
    const locale = isLocale(existing.locale) ? existing.locale : context.locale;
    await sendMail(
      db,
      input.email,
      signupAccountExistsMail(locale, {
        loginLink: absoluteUrl("/logg-inn"),
        resetLink: absoluteUrl("/glemt-passord"),
      }),
    );
    return ok({ registerUnavailable });
  }
  const { token, hash } = newToken();
  await db.signupRequest.create({
    data: {
      tokenHash: hash,
      email: input.email,
      kind: input.kind,
      orgNumber: input.orgNumber,
      orgName: input.orgName,
      municipalityNumber: input.municipalityNumber,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      expiresAt: new Date(Date.now() + SIGNUP_TTL_MS),
    },
  });
  await sendMail(
    db,
    input.email,
    signupConfirmMail(context.locale, {
      organizationName: input.orgName,
      link: absoluteUrl(`/registrer/bekreft?token=${token}`),
      token,
    }),
  );
  return ok({ registerUnavailable });
}

/** What the confirmation page shows: the organisation being registered. Null for an unknown, used or expired link. */
export async function findSignupRequest(db: Db, token: string): Promise<{ organizationName: string } | null> {
  const request = await db.signupRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { orgName: true, completedAt: true, expiresAt: true },
  });
  if (!request || request.completedAt || request.expiresAt <= new Date()) return null;
  return { organizationName: request.orgName };
}

export type CompleteSignupOutcome = Result<
  { organizationId: string; userId: string },
  "signupLinkInvalid" | "emailTaken" | "orgNumberTaken" | Exclude<EntityRefusal, "registerUnavailable">
>;

/**
 * Creates the organisation (waiting for approval) and its first administrator; once per link. The
 * organisation number is looked up again first (it may have gone bankrupt since the form, or the
 * register may have been down then); a register still down does not stop it: the organisation
 * waits for a platform admin's approval anyway, with the failed check on record.
 */
export async function completeSignup(db: Db, token: string, locale: Locale): Promise<CompleteSignupOutcome> {
  const pending = await db.signupRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { orgNumber: true, completedAt: true, expiresAt: true },
  });
  if (!pending || pending.completedAt || pending.expiresAt <= new Date()) return refuse("signupLinkInvalid");
  const register = await checkEntity(db, pending.orgNumber);
  if (blocksSignup(register)) return register;
  const done = await db.$transaction(async (tx): Promise<CompleteSignupOutcome> => {
    const request = await tx.signupRequest.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!request || request.completedAt || request.expiresAt <= new Date()) return refuse("signupLinkInvalid");
    // Claimed first, conditionally: a double submit completes once.
    const claimed = await tx.signupRequest.updateMany({
      where: { id: request.id, completedAt: null },
      data: { completedAt: new Date() },
    });
    if (claimed.count !== 1) return refuse("signupLinkInvalid");
    if (await tx.user.findUnique({ where: { email: request.email }, select: { id: true } }))
      return refuse("emailTaken");
    if (await tx.organization.findUnique({ where: { orgNumber: request.orgNumber }, select: { id: true } }))
      return refuse("orgNumberTaken");
    const organization = await tx.organization.create({
      data: {
        kind: request.kind,
        orgNumber: request.orgNumber,
        name: request.orgName,
        municipalityNumber: request.municipalityNumber,
      },
    });
    const user = await tx.user.create({
      data: { email: request.email, name: request.name, passwordHash: request.passwordHash, locale },
    });
    await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "ADMIN" } });
    await serveOwnMunicipality(tx, organization);
    await recordAudit(tx, {
      actorUserId: user.id,
      actorOrganizationId: organization.id,
      action: "organization.signup",
      entityType: "Organization",
      entityId: organization.id,
    });
    return ok({ organizationId: organization.id, userId: user.id });
  });
  if (done.ok) await adoptSignupChecks(db, pending.orgNumber, done.value.organizationId);
  return done;
}
