import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { startCheckout } from "~/domain/payments/checkout.server";
import { awardQuote, listQuotesForTask, moveOrder, submitQuote } from "~/domain/procurement/procurement.server";
import {
  applyWorkerRetention,
  assignWorker,
  declareReservedEligibility,
  notifyExpiredCards,
  recordControl,
  removeWorker,
  renewWorkerCard,
  requestControl,
} from "~/domain/procurement/serious.server";
import { addMonthsToDay } from "~/domain/procurement/serious-dates";
import { addDays, osloToday } from "~/lib/dates";
import { declareToday, makeOrgAdmin, setCleaningStatus } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let buyer: Actor;
let fresh: Actor;
let stale: Actor;
let undeclared: Actor;
let taskId: string;
const ORIGIN = "http://localhost";
const today = osloToday();
const allTerms = ["PAY_AND_CONDITIONS", "BANK_PAYMENT", "HMS_CARDS"];

const quote = (confirmedTerms: string[] = allTerms) => ({
  priceExVatOre: 300_000_00,
  deliveryPlan: "Renhold av skolene hver dag i ett år.",
  teamSize: 2,
  participantsInMeasure: 1,
  startDate: "2027-01-04",
  confirmedTerms,
});

/** A company able to receive payouts, so that only the rules under test can stand in the way of an award. */
async function withPayouts(actor: Actor, id: string) {
  await t.db.stripeAccount.create({
    data: { organizationId: actor.organizationId, stripeAccountId: `acct_${id}`, payoutsEnabled: true },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  buyer = await makeOrgAdmin(t.db, 71, { kind: "MUNICIPALITY", name: "Stavanger kommune", email: "s71@x.no" });
  // Declared today (by the helper), twelve months and a day ago, and never.
  fresh = await makeOrgAdmin(t.db, 72, {
    kind: "INCLUSION_COMPANY",
    name: "Fersk Inkludering AS",
    staffInMeasurePercent: 45,
    email: "s72@x.no",
  });
  stale = await makeOrgAdmin(t.db, 73, { kind: "INCLUSION_COMPANY", name: "Gammel Erklæring AS", email: "s73@x.no" });
  await declareToday(t.db, stale, 50, addDays(addMonthsToDay(today, -12), -1));
  undeclared = await makeOrgAdmin(t.db, 74, { kind: "INCLUSION_COMPANY", name: "Uerklært AS", email: "s74@x.no" });
  for (const [actor, id] of [
    [fresh, "fresh"],
    [stale, "stale"],
    [undeclared, "undeclared"],
  ] as const) {
    await withPayouts(actor, id);
    // The task is cleaning: every company here is approved in the cleaning register (the double
    // in this process), so what these tests refuse is the declaration, a term, a card or a control.
    await setCleaningStatus(t.db, actor);
  }
  const task = await createOpening(
    t.db,
    buyer,
    openingSchema.parse({
      kind: "TASK",
      title: "Renhold av skolene",
      description: "Daglig renhold av tre skoler i ett år, med faste team.",
      occupationCode: "9112",
      municipalityNumber: "1103",
      hoursPerWeek: "30",
      extent: "FULL_TIME",
      reservedForInclusion: "on",
      serviceArea: "CLEANING",
      contractTerms: allTerms,
      quoteDeadline: "2027-12-31",
    }),
  );
  await publishOpening(t.db, buyer, task.id);
  taskId = task.id;
});
afterAll(async () => {
  await t.close();
});

describe("reserved contracts: quote and award need a current declaration", () => {
  it("refuses a quote without a declaration, and with one older than twelve months", async () => {
    expect(await submitQuote(t.db, undeclared, taskId, quote())).toEqual({
      ok: false,
      reason: "reservedNoDeclaration",
    });
    expect(await submitQuote(t.db, stale, taskId, quote())).toMatchObject({
      ok: false,
      reason: "reservedDeclarationExpired",
      detail: { percent: 50, until: addDays(today, -1) },
    });
  });

  it("refuses a declared share under 30 %", async () => {
    const declared = await declareReservedEligibility(t.db, undeclared, {
      mainPurposeIntegration: true,
      staffSharePercent: 25,
      declaredOn: today,
      evidenceReference: "Årsrapport 2025",
      evidenceIssuedOn: today,
    });
    expect(declared.ok).toBe(true);
    expect(await submitQuote(t.db, undeclared, taskId, quote())).toMatchObject({
      ok: false,
      reason: "reservedShareTooLow",
      detail: { percent: 25 },
    });
  });

  it("refuses a quote that leaves a contract term unconfirmed", async () => {
    expect(await submitQuote(t.db, fresh, taskId, quote(["PAY_AND_CONDITIONS"]))).toEqual({
      ok: false,
      reason: "quoteTermsUnconfirmed",
      field: "confirmedTerms",
    });
  });

  it("takes a quote with a current declaration and every term confirmed; the buyer sees both", async () => {
    expect((await submitQuote(t.db, fresh, taskId, quote())).ok).toBe(true);
    const list = await listQuotesForTask(t.db, buyer, taskId);
    const q = list.ok ? list.value.quotes[0] : undefined;
    expect(q?.confirmedTerms).toEqual(allTerms);
    expect(q?.reserved).toMatchObject({ ok: true, declaration: { staffSharePercent: 45 } });
  });

  it("refuses the award when the declaration has grown old since the quote", async () => {
    // A second task and quote, then the declaration is backdated: the award checks again.
    const other = await createOpening(
      t.db,
      buyer,
      openingSchema.parse({
        kind: "TASK",
        title: "Vedlikehold av uteområder",
        description: "Vedlikehold av parker og uteområder gjennom sesongen.",
        occupationCode: "9214",
        municipalityNumber: "1103",
        hoursPerWeek: "20",
        extent: "PART_TIME",
        reservedForInclusion: "on",
        serviceArea: "OTHER",
        quoteDeadline: "2027-12-31",
      }),
    );
    await publishOpening(t.db, buyer, other.id);
    const ageing = await makeOrgAdmin(t.db, 75, {
      kind: "INCLUSION_COMPANY",
      name: "Aldrende AS",
      staffInMeasurePercent: 40,
      email: "s75@x.no",
    });
    await withPayouts(ageing, "ageing");
    const quoted = await submitQuote(t.db, ageing, other.id, quote([]));
    if (!quoted.ok) throw new Error(quoted.reason);
    await t.db.reservedContractDeclaration.updateMany({
      where: { companyId: ageing.organizationId },
      data: { declaredOn: new Date(`${addMonthsToDay(today, -13)}T00:00:00Z`) },
    });
    expect(await awardQuote(t.db, buyer, quoted.value.id, "Beste tilbud", ORIGIN)).toMatchObject({
      ok: false,
      reason: "reservedDeclarationExpired",
    });
  });
});

describe("HMS cards per worker and controls during delivery", () => {
  let quoteId = "";
  let expiredWorkerId = "";
  let orderId = "";

  it("refuses the award until every named worker has a valid card", async () => {
    const list = await listQuotesForTask(t.db, buyer, taskId);
    quoteId = list.ok ? (list.value.quotes[0]?.id ?? "") : "";
    expect(await awardQuote(t.db, buyer, quoteId, "Beste tilbud", ORIGIN)).toEqual({
      ok: false,
      reason: "hmsNoWorkers",
    });
    expect(
      (
        await assignWorker(t.db, fresh, quoteId, {
          name: "Ola Nordmann",
          cardNumber: "HMS-1001",
          cardExpiresOn: "2028-06-30",
        })
      ).ok,
    ).toBe(true);
    const expired = await assignWorker(t.db, fresh, quoteId, {
      name: "Kari Nordmann",
      cardNumber: "HMS-1002",
      cardExpiresOn: addDays(today, -1),
    });
    if (!expired.ok) throw new Error(expired.reason);
    expiredWorkerId = expired.value.id;
    // Another company cannot touch the workers: not found.
    expect(await removeWorker(t.db, stale, expiredWorkerId)).toEqual({ ok: false, reason: "notFound" });
    expect(await awardQuote(t.db, buyer, quoteId, "Beste tilbud", ORIGIN)).toEqual({
      ok: false,
      reason: "hmsCardExpired",
      detail: { workers: `Kari Nordmann (${addDays(today, -1)})` },
    });
    expect(
      await renewWorkerCard(t.db, fresh, expiredWorkerId, { cardNumber: "HMS-2002", cardExpiresOn: "2028-12-31" }),
    ).toEqual({ ok: true, value: null });
    const awarded = await awardQuote(t.db, buyer, quoteId, "Beste tilbud", ORIGIN);
    if (!awarded.ok) throw new Error(awarded.reason);
    orderId = awarded.value.orderId;
  });

  it("holds the start while a card has expired, and tells both sides once", async () => {
    await t.db.assignedWorker.update({
      where: { id: expiredWorkerId },
      data: { cardExpiresOn: new Date(`${addDays(today, -2)}T00:00:00Z`) },
    });
    expect(await moveOrder(t.db, fresh, orderId, "start", ORIGIN)).toMatchObject({
      ok: false,
      reason: "hmsCardExpired",
    });
    const before = await t.db.emailMessage.count();
    expect(await notifyExpiredCards(t.db, ORIGIN, today)).toBe(1);
    const mails = await t.db.emailMessage.findMany({ skip: before, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.to).sort()).toEqual(["s71@x.no", "s72@x.no"]);
    expect(await notifyExpiredCards(t.db, ORIGIN, today)).toBe(0);
    await renewWorkerCard(t.db, fresh, expiredWorkerId, { cardNumber: "HMS-3002", cardExpiresOn: "2029-01-31" });
    expect(await moveOrder(t.db, fresh, orderId, "start", ORIGIN)).toEqual({ ok: true, value: null });
  });

  it("a failed control blocks acceptance and payment until it is resolved; only the buyer records it", async () => {
    expect(
      await requestControl(
        t.db,
        fresh,
        orderId,
        { documentation: "TIMESHEETS", note: "Timelister for uke 1–4" },
        ORIGIN,
      ),
    ).toEqual({ ok: false, reason: "controlForBuyer" });
    expect(
      await requestControl(t.db, buyer, orderId, { documentation: "APPRENTICE_LIST", note: "Lærlinger" }, ORIGIN),
    ).toMatchObject({ ok: false, reason: "controlNotInTerms" });
    const requested = await requestControl(
      t.db,
      buyer,
      orderId,
      { documentation: "TIMESHEETS", note: "Timelister for uke 1–4" },
      ORIGIN,
    );
    if (!requested.ok) throw new Error(requested.reason);
    const controlId = requested.value.id;
    expect(await recordControl(t.db, buyer, orderId, controlId, "resolved", "Ingenting å rette", ORIGIN)).toEqual({
      ok: false,
      reason: "controlChanged",
    });
    expect(
      await recordControl(t.db, buyer, orderId, controlId, "failed", "Timer under tariff for to uker", ORIGIN),
    ).toEqual({ ok: true, value: null });
    expect((await moveOrder(t.db, fresh, orderId, "deliver", ORIGIN)).ok).toBe(true);
    expect(await moveOrder(t.db, buyer, orderId, "accept", ORIGIN)).toEqual({
      ok: false,
      reason: "controlFailed",
      detail: { documentation: "TIMESHEETS" },
    });
    expect(
      await recordControl(t.db, buyer, orderId, controlId, "resolved", "Etterbetalt, dokumentert", ORIGIN),
    ).toEqual({ ok: true, value: null });
    expect(await moveOrder(t.db, buyer, orderId, "accept", ORIGIN)).toEqual({ ok: true, value: null });
  });

  it("a control failed after acceptance would hold payment too", async () => {
    // Controls are asked for before acceptance; the payment check still reads them, so a failed
    // one written by hand (an import, an admin) cannot be paid past.
    await t.db.contractControl.create({
      data: {
        orderId,
        documentation: "PAY_SLIPS",
        requestNote: "Lønnsslipper",
        requestedById: buyer.userId,
        status: "FAILED",
      },
    });
    expect(await startCheckout(t.db, buyer, orderId, ORIGIN)).toEqual({
      ok: false,
      reason: "controlFailed",
      detail: { documentation: "PAY_SLIPS" },
    });
  });

  it("deletes the workers of quotes that lost, and of orders ended more than three months ago", async () => {
    await t.db.contractControl.updateMany({ where: { orderId }, data: { status: "RESOLVED" } });
    await t.db.order.update({
      where: { id: orderId },
      data: { status: "PAID", paidAt: new Date(`${addMonthsToDay(today, -2)}T12:00:00Z`) },
    });
    expect(await applyWorkerRetention(t.db, today)).toBe(0);
    await t.db.order.update({
      where: { id: orderId },
      data: { paidAt: new Date(`${addMonthsToDay(today, -4)}T12:00:00Z`) },
    });
    expect(await applyWorkerRetention(t.db, today)).toBe(2);
    expect(await t.db.assignedWorker.count({ where: { quoteId } })).toBe(0);
  });
});
