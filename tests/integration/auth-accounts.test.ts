import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, createInvitation, findOpenInvitation } from "~/auth/invitations.server";
import { attemptLogin } from "~/auth/login.server";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { completePasswordReset, isResetTokenValid, requestPasswordReset } from "~/auth/password-reset.server";
import { createSession, findLiveSession, revokeAllSessions, revokeSession } from "~/auth/session.server";
import { approveOrganization, listPendingOrganizations } from "~/domain/organizations/organizations.server";
import { completeSignup, findSignupRequest, requestSignup } from "~/domain/organizations/signup.server";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { LIMITS } from "~/lib/rate-limit.server";
import { linkIn, useMailCatcher } from "../support/mail";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let mail: Awaited<ReturnType<typeof useMailCatcher>>;
beforeAll(async () => {
  t = await createTestDb();
  mail = await useMailCatcher();
});
afterAll(async () => {
  await mail.stop();
  await t.close();
});

const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";
const ctx = { ip: "10.20.30.40", locale: "nb" as const };

async function makeUser(email: string, password = "et-passord-som-er-langt") {
  return t.db.user.create({
    data: { email, name: email.split("@")[0] ?? email, passwordHash: await hashPassword(password) },
  });
}

const signup = (n: number, email: string, orgName = `Org ${n} AS`) => ({
  kind: "INCLUSION_COMPANY" as const,
  orgNumber: makeValidOrgNumber(n),
  orgName,
  municipalityNumber: "4601",
  name: "Tone Test",
  email,
  password: "et-passord-som-er-langt",
});

describe("sign-up with a confirmed e-mail address, and approval", () => {
  it("creates nothing until the mailed link is followed; then a pending organisation with its first admin, approved by the platform admin", async () => {
    expect(await requestSignup(t.db, signup(1, "tone@test.no", "Test Inkludering AS"), ctx)).toEqual({
      ok: true,
      value: { registerUnavailable: false },
    });
    expect(await t.db.organization.count({ where: { orgNumber: makeValidOrgNumber(1) } })).toBe(0);
    const link = linkIn(await mail.latest("tone@test.no", "Fullfør registreringen"), "/registrer/bekreft?token=");
    expect(await findSignupRequest(t.db, tokenOf(link))).toEqual({ organizationName: "Test Inkludering AS" });

    const completed = await completeSignup(t.db, tokenOf(link), "nb");
    if (!completed.ok) throw new Error(completed.reason);
    const outcome = completed.value;
    expect(await completeSignup(t.db, tokenOf(link), "nb")).toEqual({ ok: false, reason: "signupLinkInvalid" });
    expect((await listPendingOrganizations(t.db)).map((o) => o.name)).toContain("Test Inkludering AS");
    expect((await t.db.membership.findFirstOrThrow({ where: { userId: outcome.userId } })).role).toBe("ADMIN");

    expect(await requestSignup(t.db, signup(1, "other@test.no", "Copy AS"), ctx)).toEqual({
      ok: false,
      reason: "orgNumberTaken",
      field: "orgNumber",
    });

    const admin = await makeUser("platform@test.no");
    await approveOrganization(t.db, { organizationId: outcome.organizationId, approvedById: admin.id });
    expect((await listPendingOrganizations(t.db)).map((o) => o.name)).not.toContain("Test Inkludering AS");
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: outcome.organizationId },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["organization.signup", "organization.approve"]);
  });

  it("answers the same for an address that already has an account, and tells only that address's owner", async () => {
    await makeUser("taken@test.no");
    const before = await t.db.signupRequest.count();
    expect(await requestSignup(t.db, signup(7, "taken@test.no"), ctx)).toEqual({
      ok: true,
      value: { registerUnavailable: false },
    });
    expect(await t.db.signupRequest.count()).toBe(before);
    const told = await mail.latest("taken@test.no");
    expect(told.subject).toBe("Du har allerede en konto på Arbeidsbro");
    expect(told.text).not.toMatch(/token=/);
  });

  it("keeps no live sign-up link in the stored mail", async () => {
    await requestSignup(t.db, signup(8, "stored@test.no"), ctx);
    const token = tokenOf(linkIn(await mail.latest("stored@test.no"), "/registrer/bekreft"));
    const row = await t.db.emailMessage.findFirstOrThrow({
      where: { to: "stored@test.no" },
      orderBy: { createdAt: "desc" },
    });
    expect(`${row.text}${row.html ?? ""}`).not.toContain(token);
    expect(row.text).toContain("token=[fjernet]");
  });

  it("limits sign-up mail per address", async () => {
    const outcomes = [];
    for (let i = 0; i < LIMITS.signupMailAccount.points + 1; i++)
      outcomes.push(await requestSignup(t.db, signup(20 + i, "flood@test.no"), { ...ctx, ip: `10.7.0.${i}` }));
    expect(outcomes.slice(0, -1).every((o) => o.ok)).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: "rateLimited" });
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
    await t.db.session.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findLiveSession(t.db, c)).toBeNull();
  });

  it("stores only a hash of the token", async () => {
    const user = await makeUser("hash@test.no");
    const token = await createSession(t.db, user.id);
    expect(await t.db.session.findUnique({ where: { id: token } })).toBeNull();
  });
});

describe("login throttling (PostgreSQL store, counted before the password is checked)", () => {
  it("blocks the sixth attempt from one address after five failures, even with the right password, and says how long", async () => {
    await makeUser("throttle@test.no", "riktig-passord-123");
    for (let i = 0; i < 5; i++) {
      expect(await attemptLogin(t.db, { email: "throttle@test.no", password: "feil", ip: "10.0.0.1" })).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    const blocked = await attemptLogin(t.db, {
      email: "throttle@test.no",
      password: "riktig-passord-123",
      ip: "10.0.0.1",
    });
    expect(blocked).toMatchObject({ ok: false, reason: "rateLimited" });
    if (!blocked.ok) expect(Number(blocked.detail?.minutes)).toBeGreaterThan(1);
  });

  it("a stranger guessing from one address does not lock the owner out of another", async () => {
    await makeUser("owner@test.no", "riktig-passord-123");
    for (let i = 0; i < 8; i++) await attemptLogin(t.db, { email: "owner@test.no", password: "feil", ip: "10.66.6.6" });
    expect(
      (await attemptLogin(t.db, { email: "owner@test.no", password: "riktig-passord-123", ip: "10.1.2.3" })).ok,
    ).toBe(true);
  });

  it("parallel guesses get no more than five tries", async () => {
    await makeUser("parallel@test.no", "riktig-passord-123");
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        attemptLogin(t.db, { email: "parallel@test.no", password: "feil", ip: "10.0.0.9" }),
      ),
    );
    expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok && o.reason === "rateLimited")).toHaveLength(15);
  });

  it("limits one account guessed from many addresses, more slowly", async () => {
    await makeUser("spread@test.no", "riktig-passord-123");
    for (let i = 0; i < LIMITS.loginAccount.points; i++)
      await attemptLogin(t.db, { email: "spread@test.no", password: "feil", ip: `10.50.${i >> 8}.${i & 255}` });
    expect(
      await attemptLogin(t.db, { email: "spread@test.no", password: "riktig-passord-123", ip: "10.99.99.99" }),
    ).toMatchObject({ ok: false, reason: "rateLimited" });
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < LIMITS.loginIp.points; i++)
      await attemptLogin(t.db, { email: `stuffing-${i}@x.no`, password: "x", ip: "10.9.9.9" });
    expect(await attemptLogin(t.db, { email: "one-more@x.no", password: "x", ip: "10.9.9.9" })).toMatchObject({
      ok: false,
      reason: "rateLimited",
    });
    expect(await attemptLogin(t.db, { email: "one-more@x.no", password: "x", ip: "10.1.1.1" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });

  it("a success gives its count back and clears the address's failures", async () => {
    await makeUser("reset-count@test.no", "riktig-passord-123");
    for (let i = 0; i < 4; i++)
      await attemptLogin(t.db, { email: "reset-count@test.no", password: "feil", ip: "10.0.0.3" });
    expect(
      (await attemptLogin(t.db, { email: "Reset-Count@test.no ", password: "riktig-passord-123", ip: "10.0.0.3" })).ok,
    ).toBe(true);
    for (let i = 0; i < 4; i++)
      await attemptLogin(t.db, { email: "reset-count@test.no", password: "feil", ip: "10.0.0.3" });
    expect(
      (await attemptLogin(t.db, { email: "reset-count@test.no", password: "riktig-passord-123", ip: "10.0.0.3" })).ok,
    ).toBe(true);
  });

  it("holds across app instances: a second client on the same database sees the same counts", async () => {
    await makeUser("two-instances@test.no", "riktig-passord-123");
    const other = await t.connectAgain();
    try {
      for (let i = 0; i < 5; i++)
        await attemptLogin(i % 2 ? t.db : other, { email: "two-instances@test.no", password: "feil", ip: "10.3.3.3" });
      expect(
        await attemptLogin(other, { email: "two-instances@test.no", password: "riktig-passord-123", ip: "10.3.3.3" }),
      ).toMatchObject({ ok: false, reason: "rateLimited" });
    } finally {
      await other.$disconnect();
    }
  });

  it("keeps no e-mail address or IP in the counters", async () => {
    const keys = (await t.db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key).join(" ");
    expect(keys).not.toMatch(/@|10\.0\.0\.1/);
  });
});

describe("invitations", () => {
  it("invites by e-mail; a new person joins once with a password; the stored mail has no live link", async () => {
    const org = await t.db.organization.create({
      data: {
        kind: "EMPLOYER",
        orgNumber: makeValidOrgNumber(2),
        name: "Inviter AS",
        municipalityNumber: "5001",
        approved: true,
      },
    });
    const admin = await makeUser("boss@inviter.no");
    await t.db.membership.create({ data: { userId: admin.id, organizationId: org.id, role: "ADMIN" } });
    expect(
      await createInvitation(t.db, {
        organizationId: org.id,
        invitedById: admin.id,
        email: "New@Inviter.no",
        role: "MEMBER",
        locale: "nb",
        ip: ctx.ip,
      }),
    ).toEqual({ ok: true, value: null });
    const delivered = await mail.latest("new@inviter.no");
    expect(delivered.subject).toBe("Invitasjon til Inviter AS på Arbeidsbro");
    const token = tokenOf(linkIn(delivered, "/invitasjon?token="));
    const stored = await t.db.emailMessage.findFirstOrThrow({ where: { to: "new@inviter.no" } });
    expect(`${stored.text}${stored.html ?? ""}`).not.toContain(token);
    expect(stored.transport).toBe("smtp");

    expect(await findOpenInvitation(t.db, token)).toMatchObject({ organizationName: "Inviter AS", hasAccount: false });
    const joined = await acceptInvitation(t.db, { token, name: "Ny Ansatt", password: "nytt-passord-1234" });
    expect(joined).toMatchObject({ ok: true, value: { organizationId: org.id } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "new@inviter.no" } });
    expect(await verifyPassword(user.passwordHash, "nytt-passord-1234")).toBe(true);
    expect(await acceptInvitation(t.db, { token, name: "Again", password: "nytt-passord-1234" })).toEqual({
      ok: false,
      reason: "notFound",
    });

    expect(
      await createInvitation(t.db, {
        organizationId: org.id,
        invitedById: admin.id,
        email: "new@inviter.no",
        role: "MEMBER",
        locale: "nb",
        ip: ctx.ip,
      }),
    ).toEqual({
      ok: false,
      reason: "alreadyMember",
      field: "email",
    });
  });

  it("an existing user joins as themselves only", async () => {
    const org = await t.db.organization.create({
      data: {
        kind: "MUNICIPALITY",
        orgNumber: makeValidOrgNumber(3),
        name: "Testkommune",
        municipalityNumber: "5033",
        approved: true,
      },
    });
    const admin = await makeUser("boss@kommune.no");
    const existing = await makeUser("existing@elsewhere.no");
    await createInvitation(t.db, {
      organizationId: org.id,
      invitedById: admin.id,
      email: "existing@elsewhere.no",
      role: "ADMIN",
      locale: "en",
      ip: ctx.ip,
    });
    const token = tokenOf(linkIn(await mail.latest("existing@elsewhere.no"), "/invitasjon?token="));
    expect(await findOpenInvitation(t.db, token)).toMatchObject({ hasAccount: true, existingUserId: existing.id });
    expect(await acceptInvitation(t.db, { token, existingUserId: admin.id })).toEqual({
      ok: false,
      reason: "wrongUser",
    });
    expect(await acceptInvitation(t.db, { token, existingUserId: existing.id })).toEqual({
      ok: true,
      value: { userId: existing.id, organizationId: org.id },
    });
    expect(await t.db.membership.findFirst({ where: { userId: existing.id, organizationId: org.id } })).toMatchObject({
      role: "ADMIN",
    });
  });

  it("an expired invitation is refused", async () => {
    const org = await t.db.organization.create({
      data: {
        kind: "EMPLOYER",
        orgNumber: makeValidOrgNumber(4),
        name: "Old AS",
        municipalityNumber: "4601",
        approved: true,
      },
    });
    const admin = await makeUser("boss@old.no");
    await createInvitation(t.db, {
      organizationId: org.id,
      invitedById: admin.id,
      email: "late@old.no",
      role: "MEMBER",
      locale: "nb",
      ip: ctx.ip,
    });
    const token = tokenOf(linkIn(await mail.latest("late@old.no"), "/invitasjon?token="));
    await t.db.invitation.updateMany({
      where: { organizationId: org.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await findOpenInvitation(t.db, token)).toBeNull();
  });
});

describe("password reset", () => {
  it("mails a single-use link, changes the password and signs out every session; the stored mail has no live link", async () => {
    const user = await makeUser("forgot@test.no", "gammelt-passord-1");
    const session = await createSession(t.db, user.id);
    expect(await requestPasswordReset(t.db, { email: "nobody@test.no", ip: ctx.ip, locale: "nb" })).toEqual({
      ok: true,
      value: null,
    });
    expect(await t.db.emailMessage.count({ where: { to: "nobody@test.no" } })).toBe(0);

    expect(await requestPasswordReset(t.db, { email: "Forgot@test.no", ip: ctx.ip, locale: "en" })).toEqual({
      ok: true,
      value: null,
    });
    const delivered = await mail.latest("forgot@test.no");
    // The account owner's language (bokmål until they choose), not the language of whoever asked.
    expect(delivered.subject).toBe("Tilbakestill passordet ditt på Arbeidsbro");
    const token = tokenOf(linkIn(delivered, "/nytt-passord?token="));
    const stored = await t.db.emailMessage.findFirstOrThrow({ where: { to: "forgot@test.no" } });
    expect(`${stored.subject}${stored.text}${stored.html ?? ""}`).not.toContain(token);
    expect(await isResetTokenValid(t.db, token)).toBe(true);
    expect(await completePasswordReset(t.db, { token, password: "helt-nytt-passord-2" })).toBe(true);
    expect(await completePasswordReset(t.db, { token, password: "tredje-passord-333" })).toBe(false);
    const updated = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(updated.passwordHash, "helt-nytt-passord-2")).toBe(true);
    expect(await findLiveSession(t.db, session)).toBeNull();
  });

  it("an expired link does nothing", async () => {
    const user = await makeUser("late@test.no", "gammelt-passord-1");
    await requestPasswordReset(t.db, { email: "late@test.no", ip: ctx.ip, locale: "nb" });
    const token = tokenOf(linkIn(await mail.latest("late@test.no"), "/nytt-passord?token="));
    await t.db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await completePasswordReset(t.db, { token, password: "helt-nytt-passord-2" })).toBe(false);
  });

  it("limits reset mail per address asked for, known or not, and per client", async () => {
    await makeUser("often@test.no");
    for (const email of ["often@test.no", "never-registered@test.no"]) {
      const gates = [];
      for (let i = 0; i < LIMITS.resetMailAccount.points + 1; i++)
        gates.push(await requestPasswordReset(t.db, { email, ip: `10.8.0.${i}`, locale: "nb" }));
      expect(gates.at(-2)).toEqual({ ok: true, value: null });
      expect(gates.at(-1)).toMatchObject({ ok: false });
    }
    expect(await t.db.emailMessage.count({ where: { to: "often@test.no" } })).toBe(LIMITS.resetMailAccount.points);
  });
});
