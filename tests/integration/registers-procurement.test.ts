import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { awardQuote, listQuotesForTask, submitQuote, taskForQuote } from "~/domain/procurement/procurement.server";
import { supplierProfile } from "~/domain/procurement/supplier-profile.server";
import { checkEntity, registerDouble } from "~/domain/registers/registers.server";
import { recheckRegisters, supplierRegisters } from "~/domain/registers/supplier-registers.server";
import { makeMember, makeOrgAdmin } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

/**
 * Buying cleaning only from approved cleaning companies (forskrift om offentlig godkjenning av
 * renholdsvirksomheter § 8), checked at the quote and again at the award with the date shown to the
 * buyer; and an ordinary business as a supplier with the same profile as an inclusion company.
 * The registers are the double in this process.
 */
let t: TestDb;
let buyer: Actor;
let business: Actor;
let cleaningTaskId = "";
const ORIGIN = "http://localhost";
const quote = {
  priceExVatOre: 80_000_00,
  deliveryPlan: "Renhold tre dager i uka.",
  teamSize: 2,
  participantsInMeasure: 0,
  startDate: "2027-02-01",
};
const orgNumberOf = async (a: Actor) =>
  (await t.db.organization.findUniqueOrThrow({ where: { id: a.organizationId } })).orgNumber;

beforeAll(async () => {
  t = await createTestDb();
  buyer = await makeOrgAdmin(t.db, 8101, { kind: "MUNICIPALITY", name: "Askøy kommune", email: "innkjop@askoy.test" });
  business = await makeOrgAdmin(t.db, 8102, { kind: "EMPLOYER", name: "Vaskeriet AS", email: "post@vaskeriet.test" });
  const task = await createOpening(
    t.db,
    buyer,
    openingSchema.parse({
      kind: "TASK",
      title: "Renhold av skolen",
      description: "Renhold av 1200 kvadratmeter skole tre dager i uka.",
      occupationCode: "9112",
      municipalityNumber: "4627",
      hoursPerWeek: "15",
      extent: "PART_TIME",
      quoteDeadline: "2099-12-31",
    }),
  );
  await publishOpening(t.db, buyer, task.id);
  cleaningTaskId = task.id;
  await t.db.stripeAccount.create({
    data: { organizationId: business.organizationId, stripeAccountId: "acct_vaskeriet", payoutsEnabled: true },
  });
});
afterEach(() => registerDouble.setDown("renholdsregisteret", false));
afterAll(async () => {
  registerDouble.reset();
  await t.close();
});

describe("cleaning tasks and the cleaning register", () => {
  it("says on the quote form that the task is cleaning", async () => {
    expect(await taskForQuote(t.db, cleaningTaskId)).toMatchObject({ ok: true, value: { cleaning: true } });
  });

  it("refuses a quote from a company that is not in the register, and stores no quote", async () => {
    expect(await submitQuote(t.db, business, cleaningTaskId, quote)).toEqual({
      ok: false,
      reason: "cleaningNotInRegister",
    });
    registerDouble.setCleaning(await orgNumberOf(business), "Ikke godkjent");
    expect(await submitQuote(t.db, business, cleaningTaskId, quote)).toMatchObject({
      ok: false,
      reason: "cleaningNotApproved",
      detail: { status: "Ikke godkjent" },
    });
    expect(await t.db.quote.count({ where: { taskId: cleaningTaskId } })).toBe(0);
  });

  it("says the register did not answer, and stores no quote, while it is down", async () => {
    registerDouble.setDown("renholdsregisteret", true);
    expect(await submitQuote(t.db, business, cleaningTaskId, quote)).toEqual({
      ok: false,
      reason: "registerUnavailable",
    });
    expect(await t.db.quote.count({ where: { taskId: cleaningTaskId } })).toBe(0);
  });

  it("takes the quote of an approved company and shows the buyer the check with its date", async () => {
    registerDouble.setCleaning(await orgNumberOf(business), "Godkjent");
    const before = new Date();
    expect((await submitQuote(t.db, business, cleaningTaskId, quote)).ok).toBe(true);
    const list = await listQuotesForTask(t.db, buyer, cleaningTaskId);
    if (!list.ok) throw new Error(list.reason);
    expect(list.value.task.cleaning).toBe(true);
    const check = list.value.quotes[0]?.cleaningCheck;
    expect(check?.outcome).toBe("APPROVED");
    expect(new Date(check?.checkedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("asks again at the award: an approval withdrawn since the quote blocks it, and the comparison shows it", async () => {
    registerDouble.setCleaning(await orgNumberOf(business), "Ikke godkjent");
    const q = await t.db.quote.findFirst({ where: { taskId: cleaningTaskId } });
    if (!q) throw new Error("no quote");
    expect(await awardQuote(t.db, buyer, q.id, "Billigst", ORIGIN)).toMatchObject({
      ok: false,
      reason: "cleaningNotApproved",
    });
    const list = await listQuotesForTask(t.db, buyer, cleaningTaskId);
    expect(list.ok && list.value.quotes[0]?.cleaningCheck?.outcome).toBe("NOT_APPROVED");

    registerDouble.setDown("renholdsregisteret", true);
    expect(await awardQuote(t.db, buyer, q.id, "Billigst", ORIGIN)).toEqual({
      ok: false,
      reason: "registerUnavailable",
    });
    registerDouble.setDown("renholdsregisteret", false);
    expect(await t.db.order.count({ where: { taskId: cleaningTaskId } })).toBe(0);

    registerDouble.setCleaning(await orgNumberOf(business), "Godkjent");
    expect((await awardQuote(t.db, buyer, q.id, "Billigst", ORIGIN)).ok).toBe(true);
  });
});

describe("Enhetsregisteret's answer and quoting", () => {
  it("a company the register last called bankrupt may not quote", async () => {
    const failing = await makeOrgAdmin(t.db, 8103, {
      kind: "EMPLOYER",
      name: "Snøfall AS",
      email: "post@snofall.test",
    });
    const orgNumber = await orgNumberOf(failing);
    const snow = await createOpening(
      t.db,
      buyer,
      openingSchema.parse({
        kind: "TASK",
        title: "Brøyting",
        description: "Brøyting av skolegården gjennom vinteren.",
        occupationCode: "9214",
        municipalityNumber: "4627",
        hoursPerWeek: "5",
        extent: "PART_TIME",
        quoteDeadline: "2099-12-31",
      }),
    );
    await publishOpening(t.db, buyer, snow.id);
    registerDouble.setEntity(orgNumber, { konkurs: true });
    await checkEntity(t.db, orgNumber, { organizationId: failing.organizationId });
    expect(await submitQuote(t.db, failing, snow.id, quote)).toEqual({ ok: false, reason: "orgBankrupt" });
  });
});

describe("an ordinary business as a supplier", () => {
  it("its admin keeps the same supplier profile as an inclusion company; a plain member does not", async () => {
    expect((await supplierProfile(t.db, business)).ok).toBe(true);
    const member = await makeMember(t.db, business.organizationId, { email: "ansatt@vaskeriet.test", role: "MEMBER" });
    expect(await supplierProfile(t.db, member)).toEqual({ ok: false, reason: "notFound" });
  });

  it("its supplier profile looks the number up when the stored answer is missing or a day old, and checks again on request", async () => {
    const fresh = await makeOrgAdmin(t.db, 8104, {
      kind: "EMPLOYER",
      name: "Ny Renhold AS",
      email: "post@nyrenhold.test",
    });
    const first = await supplierRegisters(t.db, fresh);
    if (!first.ok) throw new Error(first.reason);
    expect(first.value.isDouble).toBe(true);
    expect(first.value.checks.ENHETSREGISTERET?.outcome).toBe("ACTIVE");
    expect(first.value.checks.RENHOLDSREGISTERET).toBeNull();
    // Within a day the stored answer is shown as it is.
    const again = await supplierRegisters(t.db, fresh);
    expect(again.ok && again.value.checks.ENHETSREGISTERET?.checkedAt).toEqual(
      first.value.checks.ENHETSREGISTERET?.checkedAt,
    );
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    const later = await supplierRegisters(t.db, fresh, tomorrow);
    expect(later.ok && later.value.checks.ENHETSREGISTERET?.checkedAt).not.toEqual(
      first.value.checks.ENHETSREGISTERET?.checkedAt,
    );

    registerDouble.setDown("renholdsregisteret", true);
    expect(await recheckRegisters(t.db, fresh)).toEqual({ ok: false, reason: "registerUnavailable" });
    registerDouble.setDown("renholdsregisteret", false);
    expect(await recheckRegisters(t.db, fresh)).toEqual({ ok: true, value: null });
    const now = await supplierRegisters(t.db, fresh);
    expect(now.ok && now.value.checks.RENHOLDSREGISTERET?.outcome).toBe("NOT_FOUND");
  });
});
