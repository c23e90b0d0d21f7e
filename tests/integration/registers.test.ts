import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { approveOrganization, listPendingOrganizations } from "~/domain/organizations/organizations.server";
import { completeSignup, requestSignup } from "~/domain/organizations/signup.server";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { httpRegisters } from "~/domain/registers/adapters.server";
import { DOUBLE_ORG } from "~/domain/registers/double";
import {
  checkEntity,
  cleaningApproval,
  latestChecks,
  setRegisterPort,
  storedEntityRefusal,
} from "~/domain/registers/registers.server";
import { demoOrgNumber } from "../../prisma/seed/demo-data";
import { startRegisterDouble } from "../../scripts/register-double/server";
import { linkIn, useMailCatcher } from "../support/mail";
import { makeOrganization } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

/**
 * The register port against the registers' HTTP double (the real request and answer shapes), as
 * the app meets them in the demo and in production: look-ups stored with their date, bankrupt,
 * liquidating and deleted organisations refused, and a register that is down never losing a sign-up.
 */
let t: TestDb;
let mail: Awaited<ReturnType<typeof useMailCatcher>>;
let double: Awaited<ReturnType<typeof startRegisterDouble>>;
const ctx = { ip: "10.9.8.7", locale: "nb" as const };

const control = (path: string, body?: unknown) =>
  fetch(`${double.url}/__double/${path}`, {
    method: "POST",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const signup = (orgNumber: string, email: string) => ({
  kind: "EMPLOYER" as const,
  orgNumber,
  orgName: "Registersjekk AS",
  municipalityNumber: "4601",
  name: "Rita Register",
  email,
  password: "et-passord-som-er-langt",
});
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

beforeAll(async () => {
  t = await createTestDb();
  mail = await useMailCatcher();
  double = await startRegisterDouble({ port: 0 });
  setRegisterPort(httpRegisters({ brregUrl: double.brregUrl, renholdUrl: double.renholdUrl, isDouble: true }));
});
afterEach(async () => {
  await control("reset");
});
afterAll(async () => {
  setRegisterPort(null);
  await double.close();
  await mail.stop();
  await t.close();
});

describe("Enhetsregisteret through the port", () => {
  it("stores an active organisation's answer with the time of the check", async () => {
    const orgNumber = makeValidOrgNumber(7101);
    const check = await checkEntity(t.db, orgNumber);
    if (!check.ok) throw new Error(check.reason);
    expect(check.value.record).toMatchObject({ orgNumber, vatRegistered: true, bankrupt: false, deleted: false });
    expect(check.value.record.organisationForm).toEqual({ code: "AS", description: "Aksjeselskap" });
    const row = await t.db.registerCheck.findFirstOrThrow({ where: { orgNumber } });
    expect(row).toMatchObject({ register: "ENHETSREGISTERET", outcome: "ACTIVE", checkedAt: check.value.checkedAt });
  });

  it.each([
    [DOUBLE_ORG.bankrupt, "orgBankrupt", "BANKRUPT"],
    [DOUBLE_ORG.underLiquidation, "orgUnderLiquidation", "UNDER_LIQUIDATION"],
    [DOUBLE_ORG.forcedLiquidation, "orgForcedLiquidation", "FORCED_LIQUIDATION"],
    [DOUBLE_ORG.deleted, "orgDeleted", "DELETED"],
    [DOUBLE_ORG.unknown, "orgNotInRegister", "NOT_FOUND"],
  ])("refuses the sign-up of %s (%s) with the reason, creating nothing", async (orgNumber, reason, outcome) => {
    const before = await t.db.signupRequest.count();
    const answer = await requestSignup(t.db, signup(orgNumber, `refused-${orgNumber}@test.no`), ctx);
    expect(answer).toMatchObject({ ok: false, reason, field: "orgNumber" });
    expect(await t.db.signupRequest.count()).toBe(before);
    expect(await t.db.emailMessage.count({ where: { to: `refused-${orgNumber}@test.no` } })).toBe(0);
    const row = await t.db.registerCheck.findFirstOrThrow({ where: { orgNumber }, orderBy: { checkedAt: "desc" } });
    expect(row.outcome).toBe(outcome);
  });

  it("names the bankrupt organisation and the deletion date in the refusal", async () => {
    expect(await checkEntity(t.db, DOUBLE_ORG.bankrupt)).toMatchObject({ detail: { name: "KONKURSBO TEST AS" } });
    expect(await checkEntity(t.db, DOUBLE_ORG.deleted)).toMatchObject({ detail: { date: "2024-11-15" } });
  });

  it("register down: the sign-up is kept and mailed, the failed check is on record, and the confirmation checks again", async () => {
    await control("down?register=enhetsregisteret");
    const orgNumber = makeValidOrgNumber(7102);
    const answer = await requestSignup(t.db, signup(orgNumber, "down@test.no"), ctx);
    expect(answer).toEqual({ ok: true, value: { registerUnavailable: true } });
    expect(await t.db.signupRequest.count({ where: { orgNumber } })).toBe(1);
    expect((await t.db.registerCheck.findFirstOrThrow({ where: { orgNumber } })).outcome).toBe("UNAVAILABLE");

    // Later the register answers: following the link checks the number again and completes.
    await control("up?register=enhetsregisteret");
    const link = linkIn(await mail.latest("down@test.no", "Fullfør registreringen"), "/registrer/bekreft?token=");
    const done = await completeSignup(t.db, tokenOf(link), "nb");
    if (!done.ok) throw new Error(done.reason);
    const checks = await t.db.registerCheck.findMany({ where: { orgNumber }, orderBy: { checkedAt: "asc" } });
    expect(checks.map((c) => [c.outcome, c.organizationId])).toEqual([
      ["UNAVAILABLE", done.value.organizationId],
      ["ACTIVE", done.value.organizationId],
    ]);
    const latest = await latestChecks(t.db, done.value.organizationId);
    expect(latest.ENHETSREGISTERET?.outcome).toBe("ACTIVE");
  });

  it("register still down at confirmation: the organisation is created to wait for approval, with the failed check on record", async () => {
    await control("down?register=enhetsregisteret");
    const orgNumber = makeValidOrgNumber(7103);
    await requestSignup(t.db, signup(orgNumber, "stilldown@test.no"), ctx);
    const link = linkIn(await mail.latest("stilldown@test.no", "Fullfør registreringen"), "/registrer/bekreft?token=");
    const done = await completeSignup(t.db, tokenOf(link), "nb");
    if (!done.ok) throw new Error(done.reason);
    const org = await t.db.organization.findUniqueOrThrow({ where: { id: done.value.organizationId } });
    expect(org.approved).toBe(false);
    expect((await latestChecks(t.db, org.id)).ENHETSREGISTERET?.outcome).toBe("UNAVAILABLE");
    // …and a check made later, when the register is back, is what counts.
    await control("up?register=enhetsregisteret");
    expect((await checkEntity(t.db, orgNumber, { organizationId: org.id })).ok).toBe(true);
    expect((await latestChecks(t.db, org.id)).ENHETSREGISTERET?.outcome).toBe("ACTIVE");
  });

  it("approval looks the number up again: waits while the register is down, refuses a bankrupt organisation, shows the check", async () => {
    const org = await makeOrganization(t.db, 7108, { kind: "EMPLOYER", name: "Venter AS", approved: false });
    const admin = await t.db.user.create({
      data: { email: "plattform@test.no", name: "Plattform", passwordHash: "x" },
    });
    await control("down?register=enhetsregisteret");
    expect(await approveOrganization(t.db, { organizationId: org.id, approvedById: admin.id })).toMatchObject({
      ok: false,
      reason: "registerUnavailable",
    });
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).approved).toBe(false);
    const listed = (await listPendingOrganizations(t.db)).find((o) => o.id === org.id);
    expect(listed?.registerCheck?.outcome).toBe("UNAVAILABLE");
    await control("up?register=enhetsregisteret");
    await control(`enheter/${org.orgNumber}`, { underAvvikling: true, navn: "VENTER AS" });
    expect(await approveOrganization(t.db, { organizationId: org.id, approvedById: admin.id })).toMatchObject({
      ok: false,
      reason: "orgUnderLiquidation",
      detail: { name: "VENTER AS" },
    });
    await control(`enheter/${org.orgNumber}`, { underAvvikling: false });
    expect((await approveOrganization(t.db, { organizationId: org.id, approvedById: admin.id })).ok).toBe(true);
  });

  it("an organisation that went bankrupt between the form and the link is refused at confirmation", async () => {
    const orgNumber = makeValidOrgNumber(7104);
    await requestSignup(t.db, signup(orgNumber, "later@test.no"), ctx);
    await control(`enheter/${orgNumber}`, { konkurs: true, navn: "SENT KONKURS AS" });
    const link = linkIn(await mail.latest("later@test.no", "Fullfør registreringen"), "/registrer/bekreft?token=");
    expect(await completeSignup(t.db, tokenOf(link), "nb")).toMatchObject({ ok: false, reason: "orgBankrupt" });
    expect(await t.db.organization.count({ where: { orgNumber } })).toBe(0);
  });

  it("a register that cannot be reached at all is 'unavailable', not an error", async () => {
    const port = httpRegisters({ brregUrl: "http://127.0.0.1:9/enheter", renholdUrl: "http://127.0.0.1:9/renhold" });
    expect(await checkEntity(t.db, makeValidOrgNumber(7105), { port })).toMatchObject({
      ok: false,
      reason: "registerUnavailable",
    });
  });

  it("a stored answer that rules the company out is remembered without asking again", async () => {
    const org = await makeOrganization(t.db, 7106, { kind: "EMPLOYER", name: "Snart Konkurs AS" });
    expect(await storedEntityRefusal(t.db, org.id)).toBeNull();
    await control(`enheter/${org.orgNumber}`, { konkurs: true });
    await checkEntity(t.db, org.orgNumber, { organizationId: org.id });
    // A later failed look-up does not wash out what the register said.
    await control("down?register=enhetsregisteret");
    await checkEntity(t.db, org.orgNumber, { organizationId: org.id });
    expect(await storedEntityRefusal(t.db, org.id)).toBe("orgBankrupt");
  });
});

describe("Renholdsregisteret through the port", () => {
  it("approves an approved cleaning company, with the date of the check stored", async () => {
    const org = await t.db.organization.create({
      data: {
        kind: "EMPLOYER",
        orgNumber: demoOrgNumber("askoyrenhold"),
        name: "Askøy Renhold AS",
        municipalityNumber: "4627",
      },
    });
    const approval = await cleaningApproval(t.db, org.id);
    if (!approval.ok) throw new Error(approval.reason);
    expect(approval.value).toMatchObject({ status: "Godkjent", statusChangedOn: "2025-06-02" });
    expect((await latestChecks(t.db, org.id)).RENHOLDSREGISTERET).toMatchObject({
      outcome: "APPROVED",
      checkedAt: approval.value.checkedAt,
    });
  });

  it("refuses a company that is not approved, one not in the register, and says when the register is down", async () => {
    const org = await makeOrganization(t.db, 7107, { kind: "EMPLOYER", name: "Uregistrert Renhold AS" });
    expect(await cleaningApproval(t.db, org.id)).toMatchObject({ ok: false, reason: "cleaningNotInRegister" });
    await control(`renhold/${org.orgNumber}`, { Status: "Ikke godkjent" });
    expect(await cleaningApproval(t.db, org.id)).toMatchObject({
      ok: false,
      reason: "cleaningNotApproved",
      detail: { status: "Ikke godkjent" },
    });
    await control("down?register=renholdsregisteret");
    expect(await cleaningApproval(t.db, org.id)).toMatchObject({ ok: false, reason: "registerUnavailable" });
    const outcomes = await t.db.registerCheck.findMany({
      where: { organizationId: org.id, register: "RENHOLDSREGISTERET" },
      orderBy: { checkedAt: "asc" },
    });
    expect(outcomes.map((o) => o.outcome)).toEqual(["NOT_FOUND", "NOT_APPROVED", "UNAVAILABLE"]);
  });
});
