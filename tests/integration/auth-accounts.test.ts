import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, createInvitation, findOpenInvitation } from "~/auth/invitations.server";
import { attemptLogin } from "~/auth/login.server";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { completePasswordReset, isResetTokenValid, requestPasswordReset } from "~/auth/password-reset.server";
import { createLoginLimiter } from "~/auth/rate-limit.server";
import { createSession, findLiveSession, revokeAllSessions, revokeSession } from "~/auth/session.server";
import { approveOrganization, listPendingOrganizations, signUpOrganization } from "~/domain/organizations/organizations.server";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

async function makeUser(email: string, password = "et-passord-som-er-langt") {
  return t.db.user.create({ data: { email, name: email.split("@")[0] ?? email, passwordHash: await hashPassword(password) } });
}

describe("sign-up and approval", () => {
  it("creates a pending organisation with its first admin, and the admin approves it", async () => {
    const outcome = await signUpOrganization(t.db, {
      kind: "INCLUSION_COMPANY",
      orgNumber: makeValidOrgNumber(1),
      orgName: "Test Inkludering AS",
      municipalityNumber: "4601",
      name: "Tone Test",
      email: "tone@test.no",
      password: "et-passord-som-er-langt",
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect((await listPendingOrganizations(t.db)).map((o) => o.name)).toContain("Test Inkludering AS");
    const membership = await t.db.membership.findFirstOrThrow({ where: { userId: outcome.userId } });
    expect(membership.role).toBe("ADMIN");

    const again = await signUpOrganization(t.db, {
      kind: "EMPLOYER",
      orgNumber: makeValidOrgNumber(1),
      orgName: "Copy AS",
      municipalityNumber: "4601",
      name: "X",
      email: "other@test.no",
      password: "et-passord-som-er-langt",
    });
    expect(again).toEqual({ ok: false, field: "orgNumber", error: "errors.orgNumberTaken" });

    const admin = await makeUser("platform@test.no");
    await approveOrganization(t.db, { organizationId: outcome.organizationId, approvedById: admin.id });
    expect((await listPendingOrganizations(t.db)).map((o) => o.name)).not.toContain("Test Inkludering AS");
    const audit = await t.db.auditEvent.findMany({ where: { entityId: outcome.organizationId }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["organization.signup", "organization.approve"]);
  });
});

describe("sessions", () => {
  it("are live until revoked or expired, and revoking all signs out everywhere", async () => {
    const user = await makeUser("sess@test.no");
    const a = await createSession(t.db, user.id);
    const b = await createSession(t.db, user.id);
    expect((await findLiveSession(t.db, a))?.user.id).toBe(user.id);
    await revokeSession(t.db, a);
    expect(await findLiveSession(t.db, a)).toBeNull();
    expect(await findLiveSession(t.db, b)).not.toBeNull();
    await revokeAllSessions(t.db, user.id);
    expect(await findLiveSession(t.db, b)).toBeNull();

    const c = await createSession(t.db, user.id);
    await t.db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findLiveSession(t.db, c)).toBeNull();
  });

  it("stores only a hash of the token", async () => {
    const user = await makeUser("hash@test.no");
    const token = await createSession(t.db, user.id);
    expect(await t.db.session.findUnique({ where: { id: token } })).toBeNull();
  });
});

describe("login throttling", () => {
  it("blocks the sixth attempt after five failures, even with the right password, and says how long", async () => {
    await makeUser("throttle@test.no", "riktig-passord-123");
    const limiter = createLoginLimiter();
    for (let i = 0; i < 5; i++) {
      expect(await attemptLogin(t.db, { email: "throttle@test.no", password: "feil", ip: "10.0.0.1" }, limiter)).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await attemptLogin(t.db, { email: "throttle@test.no", password: "riktig-passord-123", ip: "10.0.0.2" }, limiter);
    expect(blocked.ok).toBe(false);
    expect(blocked).toMatchObject({ reason: "rate-limited" });
    if (!blocked.ok && blocked.reason === "rate-limited") expect(blocked.retryAfterSeconds).toBeGreaterThan(60);
  });

  it("limits one address trying many accounts", async () => {
    const limiter = createLoginLimiter({ perAccount: { points: 5, duration: 900 }, perIp: { points: 3, duration: 900 } });
    for (const email of ["a@x.no", "b@x.no", "c@x.no"]) await attemptLogin(t.db, { email, password: "x", ip: "10.9.9.9" }, limiter);
    expect(await attemptLogin(t.db, { email: "d@x.no", password: "x", ip: "10.9.9.9" }, limiter)).toMatchObject({ reason: "rate-limited" });
    expect(await attemptLogin(t.db, { email: "d@x.no", password: "x", ip: "10.1.1.1" }, limiter)).toEqual({ ok: false, reason: "invalid" });
  });

  it("a success clears the account's failures", async () => {
    await makeUser("reset-count@test.no", "riktig-passord-123");
    const limiter = createLoginLimiter();
    for (let i = 0; i < 4; i++) await attemptLogin(t.db, { email: "reset-count@test.no", password: "feil", ip: "10.0.0.3" }, limiter);
    expect((await attemptLogin(t.db, { email: "Reset-Count@test.no ", password: "riktig-passord-123", ip: "10.0.0.3" }, limiter)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await attemptLogin(t.db, { email: "reset-count@test.no", password: "feil", ip: "10.0.0.3" }, limiter);
    expect((await attemptLogin(t.db, { email: "reset-count@test.no", password: "riktig-passord-123", ip: "10.0.0.3" }, limiter)).ok).toBe(true);
  });
});

describe("invitations", () => {
  it("invites by e-mail; a new person joins once with a password", async () => {
    const org = await t.db.organization.create({ data: { kind: "EMPLOYER", orgNumber: makeValidOrgNumber(2), name: "Inviter AS", municipalityNumber: "5001", approved: true } });
    const admin = await makeUser("boss@inviter.no");
    await t.db.membership.create({ data: { userId: admin.id, organizationId: org.id, role: "ADMIN" } });
    const created = await createInvitation(t.db, { organizationId: org.id, invitedById: admin.id, email: "New@Inviter.no", role: "MEMBER", origin: "http://localhost:3000", locale: "nb" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const mail = await t.db.emailMessage.findFirstOrThrow({ where: { to: "new@inviter.no" } });
    expect(mail.subject).toBe("Invitasjon til Inviter AS på Arbeidsbro");
    expect(mail.text).toContain(created.link);
    expect(mail.transport).toBe("outbox");

    const token = tokenOf(created.link);
    expect(await findOpenInvitation(t.db, token)).toMatchObject({ organizationName: "Inviter AS", hasAccount: false });
    const joined = await acceptInvitation(t.db, { token, name: "Ny Ansatt", password: "nytt-passord-1234" });
    expect(joined?.organizationId).toBe(org.id);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "new@inviter.no" } });
    expect(await verifyPassword(user.passwordHash, "nytt-passord-1234")).toBe(true);
    expect(await acceptInvitation(t.db, { token, name: "Again", password: "nytt-passord-1234" })).toBeNull();

    expect(await createInvitation(t.db, { organizationId: org.id, invitedById: admin.id, email: "new@inviter.no", role: "MEMBER", origin: "http://x", locale: "nb" })).toEqual({
      ok: false,
      error: "errors.alreadyMember",
    });
  });

  it("an existing user joins as themselves only", async () => {
    const org = await t.db.organization.create({ data: { kind: "MUNICIPALITY", orgNumber: makeValidOrgNumber(3), name: "Testkommune", municipalityNumber: "5033", approved: true } });
    const admin = await makeUser("boss@kommune.no");
    const existing = await makeUser("existing@elsewhere.no");
    const created = await createInvitation(t.db, { organizationId: org.id, invitedById: admin.id, email: "existing@elsewhere.no", role: "ADMIN", origin: "http://x", locale: "en" });
    if (!created.ok) throw new Error("invitation failed");
    const token = tokenOf(created.link);
    expect(await findOpenInvitation(t.db, token)).toMatchObject({ hasAccount: true, existingUserId: existing.id });
    await expect(acceptInvitation(t.db, { token, existingUserId: admin.id })).rejects.toThrow();
    expect(await acceptInvitation(t.db, { token, existingUserId: existing.id })).toEqual({ userId: existing.id, organizationId: org.id });
    expect(await t.db.membership.findFirst({ where: { userId: existing.id, organizationId: org.id } })).toMatchObject({ role: "ADMIN" });
  });

  it("an expired invitation is refused", async () => {
    const org = await t.db.organization.create({ data: { kind: "EMPLOYER", orgNumber: makeValidOrgNumber(4), name: "Old AS", municipalityNumber: "4601", approved: true } });
    const admin = await makeUser("boss@old.no");
    const created = await createInvitation(t.db, { organizationId: org.id, invitedById: admin.id, email: "late@old.no", role: "MEMBER", origin: "http://x", locale: "nb" });
    if (!created.ok) throw new Error("invitation failed");
    await t.db.invitation.updateMany({ where: { organizationId: org.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await findOpenInvitation(t.db, tokenOf(created.link))).toBeNull();
  });
});

describe("password reset", () => {
  it("mails a single-use link, changes the password and signs out every session", async () => {
    const user = await makeUser("forgot@test.no", "gammelt-passord-1");
    const session = await createSession(t.db, user.id);
    expect(await requestPasswordReset(t.db, { email: "nobody@test.no", origin: "http://x", locale: "nb" })).toBeNull();
    expect(await t.db.emailMessage.count({ where: { to: "nobody@test.no" } })).toBe(0);

    const sent = await requestPasswordReset(t.db, { email: "Forgot@test.no", origin: "http://x", locale: "en" });
    if (!sent) throw new Error("no reset link");
    const mail = await t.db.emailMessage.findFirstOrThrow({ where: { to: "forgot@test.no" } });
    expect(mail.subject).toBe("Reset your Arbeidsbro password");
    const token = tokenOf(sent.link);
    expect(await isResetTokenValid(t.db, token)).toBe(true);
    expect(await completePasswordReset(t.db, { token, password: "helt-nytt-passord-2" })).toBe(true);
    expect(await completePasswordReset(t.db, { token, password: "tredje-passord-333" })).toBe(false);
    const updated = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(updated.passwordHash, "helt-nytt-passord-2")).toBe(true);
    expect(await findLiveSession(t.db, session)).toBeNull();
  });

  it("an expired link does nothing", async () => {
    const user = await makeUser("late@test.no", "gammelt-passord-1");
    const sent = await requestPasswordReset(t.db, { email: "late@test.no", origin: "http://x", locale: "nb" });
    if (!sent) throw new Error("no reset link");
    await t.db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await completePasswordReset(t.db, { token: tokenOf(sent.link), password: "helt-nytt-passord-2" })).toBe(false);
  });
});
