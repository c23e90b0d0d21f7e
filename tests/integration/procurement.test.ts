import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { handleWebhook } from "~/domain/payments/webhooks.server";
import {
  awardQuote,
  cancelOrder,
  connectStripe,
  getOrder,
  listQuotesForTask,
  moveOrder,
  sendInvoice,
  startCheckout,
  submitQuote,
  withdrawQuote,
} from "~/domain/procurement/procurement.server";
import { declareReservedEligibility } from "~/domain/procurement/serious.server";
import { addSupplierDocument, supplierProfile } from "~/domain/procurement/supplier-profile.server";
import { osloToday } from "~/lib/dates";
import { startStripeHarness } from "../support/stripe-harness";
import { createTestDb, type TestDb } from "../support/test-db";
import type { Actor } from "~/auth/actor";
import { makeMember, makeOrgAdmin, setCleaningStatus } from "../support/members";

let t: TestDb;
let buyer: Actor;
let companyA: Actor;
let companyB: Actor;
let business: Actor;
let taskId: string;
let double: Awaited<ReturnType<typeof startStripeHarness>>["double"];
let harness: Awaited<ReturnType<typeof startStripeHarness>>;
const SECRET = "whsec_test_procurement";
const ORIGIN = "http://localhost";

/** Follows a hosted double page's form like a browser would (POST, no redirect). */
const finish = (url: string) => fetch(url, { method: "POST", redirect: "manual" });
/** The buyer's comparison of a task's quotes; fails the test when the task is not the buyer's. */
async function quotesOf(actor: Actor, id: string) {
  const list = await listQuotesForTask(t.db, actor, id);
  if (!list.ok) throw new Error(list.reason);
  return list.value;
}
const quote = (overrides: Partial<{ priceExVatOre: number }> = {}) => ({
  priceExVatOre: 150_000_00,
  deliveryPlan: "Renhold hver uke i ett år.",
  teamSize: 4,
  participantsInMeasure: 3,
  startDate: "2027-01-04",
  ...overrides,
});

beforeAll(async () => {
  t = await createTestDb();
  harness = await startStripeHarness(() => t.db, { secret: SECRET, feeBasisPoints: 300 });
  double = harness.double;

  const makeOrg = (seed: number, kind: "MUNICIPALITY" | "INCLUSION_COMPANY" | "EMPLOYER", name: string) =>
    makeOrgAdmin(t.db, seed, {
      kind,
      name,
      staffInMeasurePercent: kind === "INCLUSION_COMPANY" ? 60 : null,
      email: `q${seed}@x.no`,
    });
  buyer = await makeOrg(51, "MUNICIPALITY", "Bergen kommune");
  companyA = await makeOrg(52, "INCLUSION_COMPANY", "Bergen Arbeid AS");
  companyB = await makeOrg(53, "INCLUSION_COMPANY", "Vestlandsbro AS");
  business = await makeOrg(54, "EMPLOYER", "Vanlig Bedrift AS");
  // The rådhus task is cleaning: its inclusion companies are approved in the cleaning register
  // (the double in this process; tests/integration/registers-procurement.test.ts has the refusals).
  for (const company of [companyA, companyB]) await setCleaningStatus(t.db, company);
  const task = await createOpening(
    t.db,
    buyer,
    openingSchema.parse({
      kind: "TASK",
      title: "Renhold av rådhuset",
      description: "Ukentlig renhold av 600 kvadratmeter kontor i ett år.",
      occupationCode: "9112",
      municipalityNumber: "4601",
      hoursPerWeek: "10",
      extent: "PART_TIME",
      reservedForInclusion: "on",
      quoteDeadline: "2027-12-31",
    }),
  );
  await t.db.opening.update({ where: { id: task.id }, data: { requiredDocuments: ["TAX_CERTIFICATE"] } });
  await publishOpening(t.db, buyer, task.id);
  taskId = task.id;
});
afterAll(async () => {
  await harness.close();
  await t.close();
});

describe("quotes and award", () => {
  it("a reserved task takes quotes from inclusion companies only", async () => {
    expect(await submitQuote(t.db, business, taskId, quote())).toEqual({
      ok: false,
      reason: "quoteReservedForInclusion",
    });
    expect(await submitQuote(t.db, buyer, taskId, quote())).toEqual({ ok: false, reason: "notFound" });
    expect((await submitQuote(t.db, companyA, taskId, quote())).ok).toBe(true);
    expect((await submitQuote(t.db, companyB, taskId, quote({ priceExVatOre: 140_000_00 }))).ok).toBe(true);
    expect(await submitQuote(t.db, companyA, taskId, quote())).toEqual({ ok: false, reason: "quoteDuplicate" });
    const list = await quotesOf(buyer, taskId);
    // VAT 25 % in øre; cheapest first.
    expect(list.quotes.map((q) => [q.company, q.priceExVatOre, q.vatOre])).toEqual([
      ["Vestlandsbro AS", 140_000_00, 35_000_00],
      ["Bergen Arbeid AS", 150_000_00, 37_500_00],
    ]);
    expect(await listQuotesForTask(t.db, business, taskId)).toEqual({ ok: false, reason: "notFound" });
  });

  it("refuses an award while the required tax certificate is missing or expired, and says why", async () => {
    const q = (await quotesOf(buyer, taskId)).quotes.find((x) => x.company === "Bergen Arbeid AS");
    expect(q?.missing).toEqual(["TAX_CERTIFICATE"]);
    const missingTax = { ok: false, reason: "awardMissingDocuments", detail: { docs: "TAX_CERTIFICATE" } };
    expect(await awardQuote(t.db, buyer, q?.id ?? "", "Best plan", ORIGIN)).toEqual(missingTax);
    // A certificate dated long ago counts six months only: still missing.
    await addSupplierDocument(t.db, companyA, { kind: "TAX_CERTIFICATE", reference: "SKE-1", issuedOn: "2025-01-01" });
    expect(await awardQuote(t.db, buyer, q?.id ?? "", "Best plan", ORIGIN)).toEqual(missingTax);
  });

  it("a document the company adds through its profile is audited and counts in the award check", async () => {
    const q = (await quotesOf(buyer, taskId)).quotes.find((x) => x.company === "Bergen Arbeid AS");
    expect(q?.missing).toEqual(["TAX_CERTIFICATE"]);
    // A plain member does not keep the supplier profile: nothing is stored.
    const member = await makeMember(t.db, companyA.organizationId, { email: "medlem52@x.no", role: "MEMBER" });
    expect(
      await addSupplierDocument(t.db, member, { kind: "TAX_CERTIFICATE", reference: "SKE-0", issuedOn: osloToday() }),
    ).toEqual({ ok: false, reason: "notFound" });
    expect(await t.db.supplierDocument.count({ where: { reference: "SKE-0" } })).toBe(0);

    const added = await addSupplierDocument(t.db, companyA, {
      kind: "TAX_CERTIFICATE",
      reference: "SKE-2",
      issuedOn: osloToday(),
    });
    if (!added.ok) throw new Error(added.reason);
    const audit = await t.db.auditEvent.findMany({
      where: { entityType: "SupplierDocument", entityId: added.value.id },
      select: { action: true, actorUserId: true, actorOrganizationId: true, metadata: true },
    });
    expect(audit).toEqual([
      {
        action: "supplier.document.add",
        actorUserId: companyA.userId,
        actorOrganizationId: companyA.organizationId,
        metadata: { kind: "TAX_CERTIFICATE" },
      },
    ]);
    // The buyer's comparison and the award check read the same document: now only payouts are missing.
    expect((await quotesOf(buyer, taskId)).quotes.find((x) => x.company === "Bergen Arbeid AS")?.missing).toEqual([]);
    expect(await awardQuote(t.db, buyer, q?.id ?? "", "Best plan", ORIGIN)).toEqual({
      ok: false,
      reason: "awardPayoutsNotEnabled",
    });
  });

  it("the reserved-contract declaration a company makes is audited and shown to the buyer", async () => {
    const declared = await declareReservedEligibility(t.db, companyA, {
      mainPurposeIntegration: true,
      staffSharePercent: 35,
      declaredOn: osloToday(),
      evidenceReference: "Styreerklæring 2026",
      evidenceIssuedOn: osloToday(),
    });
    expect(declared.ok).toBe(true);
    expect(
      await t.db.auditEvent.count({
        where: { action: "supplier.reserved.declare", actorUserId: companyA.userId },
      }),
    ).toBe(1);
    const q = (await quotesOf(buyer, taskId)).quotes.find((x) => x.company === "Bergen Arbeid AS");
    expect([q?.staffInMeasurePercent, q?.reserved.ok, q?.reserved.declaration?.evidenceReference]).toEqual([
      35,
      true,
      "Styreerklæring 2026",
    ]);
    const profile = await supplierProfile(t.db, companyA);
    expect(profile.ok && profile.value.staffInMeasurePercent).toBe(35);
  });
});

describe("the order from award to payment, against the Stripe test double with the official SDK", () => {
  let orderId = "";

  it("connects the company's account; account.updated enables payouts", async () => {
    const link = await connectStripe(t.db, companyA, ORIGIN);
    if (!link.ok) throw new Error(link.reason);
    expect(link.value.url).toContain("/__double/onboard/");
    await finish(link.value.url);
    expect(
      (await t.db.stripeAccount.findUniqueOrThrow({ where: { organizationId: companyA.organizationId } }))
        .payoutsEnabled,
    ).toBe(true);
  });

  it("awards, delivers, accepts and pays; the signed webhook arrives twice and the order is paid once", async () => {
    const q = (await quotesOf(buyer, taskId)).quotes.find((x) => x.company === "Bergen Arbeid AS");
    const award = await awardQuote(t.db, buyer, q?.id ?? "", "Best plan for deltakere", ORIGIN);
    if (!award.ok) throw new Error(award.reason);
    orderId = award.value.orderId;
    const order = await t.db.order.findUniqueOrThrow({ where: { id: orderId } });
    // 150 000 kr + 25 % VAT = 187 500 kr; fee 3 % of 150 000 kr = 4 500 kr.
    expect([order.amountExVatOre, order.vatOre, order.totalOre, order.platformFeeOre]).toEqual([
      150_000_00, 37_500_00, 187_500_00, 4_500_00,
    ]);
    expect((await t.db.quote.findFirstOrThrow({ where: { companyId: companyB.organizationId } })).status).toBe(
      "NOT_AWARDED",
    );
    expect(await moveOrder(t.db, buyer, orderId, "deliver", ORIGIN)).toEqual({ ok: false, reason: "orderForSupplier" });
    expect(await moveOrder(t.db, companyA, orderId, "deliver", ORIGIN)).toEqual({ ok: true, value: null });
    expect(await startCheckout(t.db, buyer, orderId, ORIGIN)).toEqual({
      ok: false,
      reason: "orderStepNotNow",
      detail: { status: "DELIVERED" },
    });
    expect(await moveOrder(t.db, buyer, orderId, "accept", ORIGIN)).toEqual({ ok: true, value: null });
    const checkout = await startCheckout(t.db, buyer, orderId, ORIGIN);
    if (!checkout.ok) throw new Error(checkout.reason);
    expect(checkout.value.url).toContain("/__double/checkout/");
    const session = double.sentEvents.length;
    await finish(checkout.value.url);
    const completed = double.sentEvents.slice(session).filter((e) => e.type === "checkout.session.completed");
    expect(completed).toHaveLength(1);
    const stored = await t.db.stripeEvent.findMany({ where: { type: "checkout.session.completed" } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.processedAt).not.toBeNull();
    const paid = await getOrder(t.db, buyer, orderId);
    if (!paid.ok) throw new Error(paid.reason);
    expect(paid.value.status).toBe("PAID");
    expect(paid.value.stripePaymentIntentId).toMatch(/^pi_/);
    expect(await getOrder(t.db, business, orderId)).toEqual({ ok: false, reason: "notFound" });
  });

  it("a step is not found for anyone who is not a party, and refused with the order's status when it is not allowed now", async () => {
    const audited = await t.db.auditEvent.count({ where: { entityId: orderId } });
    // The business never was a party; Vestlandsbro quoted and lost: neither learns anything.
    expect(await moveOrder(t.db, business, orderId, "deliver", ORIGIN)).toEqual({ ok: false, reason: "notFound" });
    expect(await moveOrder(t.db, companyB, orderId, "start", ORIGIN)).toEqual({ ok: false, reason: "notFound" });
    // The supplier, once the order is paid: not now, and the reason names the status.
    expect(await moveOrder(t.db, companyA, orderId, "start", ORIGIN)).toEqual({
      ok: false,
      reason: "orderStepNotNow",
      detail: { status: "PAID" },
    });
    expect(await moveOrder(t.db, buyer, orderId, "accept", ORIGIN)).toEqual({
      ok: false,
      reason: "orderStepNotNow",
      detail: { status: "PAID" },
    });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PAID");
    expect(await t.db.auditEvent.count({ where: { entityId: orderId } })).toBe(audited);
  });

  it("a second order is paid by invoice with a due date; invoice.paid marks it paid once", async () => {
    const task = await createOpening(
      t.db,
      buyer,
      openingSchema.parse({
        kind: "TASK",
        title: "Vask av arbeidstøy",
        description: "Henting, vask og levering av arbeidstøy hver uke.",
        occupationCode: "9121",
        municipalityNumber: "4601",
        hoursPerWeek: "8",
        extent: "PART_TIME",
        quoteDeadline: "2027-12-31",
      }),
    );
    await publishOpening(t.db, buyer, task.id);
    const q = await submitQuote(t.db, companyA, task.id, quote({ priceExVatOre: 80_000_00 }));
    if (!q.ok) throw new Error(q.reason);
    const award = await awardQuote(t.db, buyer, q.value.id, "Eneste tilbud", ORIGIN);
    if (!award.ok) throw new Error(award.reason);
    const { orderId: invoiced } = award.value;
    await moveOrder(t.db, companyA, invoiced, "deliver", ORIGIN);
    await moveOrder(t.db, buyer, invoiced, "accept", ORIGIN);
    const invoice = await sendInvoice(t.db, buyer, invoiced, 30);
    if (!invoice.ok) throw new Error(invoice.reason);
    expect(invoice.value.url).toContain("/__double/invoice/");
    const order = await t.db.order.findUniqueOrThrow({ where: { id: invoiced } });
    expect(order.paymentMethod).toBe("INVOICE");
    await finish(invoice.value.url);
    const paid = await t.db.order.findUniqueOrThrow({ where: { id: invoiced } });
    expect(paid.status).toBe("PAID");
    expect(await t.db.stripeEvent.count({ where: { type: "invoice.paid" } })).toBe(1);
  });

  it("refuses a forged or stale signature with 400 and stores nothing", async () => {
    const payload = JSON.stringify({
      id: "evt_forged",
      object: "event",
      type: "checkout.session.completed",
      data: { object: { id: "cs_x", object: "checkout.session" } },
    });
    const signer = new Stripe("sk_test_x");
    const before = await t.db.stripeEvent.count();
    expect(
      (await handleWebhook(t.db, payload, signer.webhooks.generateTestHeaderString({ payload, secret: "whsec_wrong" })))
        .status,
    ).toBe(400);
    const stale = signer.webhooks.generateTestHeaderString({
      payload,
      secret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect((await handleWebhook(t.db, payload, stale)).status).toBe(400);
    expect((await handleWebhook(t.db, payload, null)).status).toBe(400);
    expect(await t.db.stripeEvent.count()).toBe(before);
  });

  it("stores and reports a webhook for an unknown order instead of crashing", async () => {
    const signer = new Stripe("sk_test_x");
    // A session the double knows, with an order id we do not.
    const stripeClient = new Stripe("sk_test_x", {
      host: new URL(double.url).hostname,
      port: new URL(double.url).port,
      protocol: "http",
    });
    const created = await stripeClient.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "nok", unit_amount: 100, product_data: { name: "x" } } }],
      metadata: { orderId: "no-such-order" },
      success_url: "http://x",
      cancel_url: "http://x",
    });
    const payload = JSON.stringify({
      id: "evt_unknown_order",
      object: "event",
      type: "checkout.session.completed",
      data: { object: created },
    });
    const result = await handleWebhook(
      t.db,
      payload,
      signer.webhooks.generateTestHeaderString({ payload, secret: SECRET }),
    );
    expect(result.status).toBe(200);
    const row = await t.db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_unknown_order" } });
    expect(row.lastError).toContain("unknown order");
  });

  it("a paid order is not cancelled by one side alone (disputes: order-disputes.test.ts)", async () => {
    expect(await cancelOrder(t.db, buyer, orderId, "Avlyst arrangement", ORIGIN)).toEqual({
      ok: false,
      reason: "orderDisputeRequired",
    });
    const order = await t.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect([order.status, order.stripeRefundId, order.refundedAt]).toEqual(["PAID", null, null]);
  });
});

describe("quote rules on an ordinary task", () => {
  let openTaskId = "";
  beforeAll(async () => {
    const task = await createOpening(
      t.db,
      buyer,
      openingSchema.parse({
        kind: "TASK",
        title: "Snømåking",
        description: "Snømåking ved tre barnehager gjennom vinteren.",
        occupationCode: "9214",
        municipalityNumber: "4601",
        hoursPerWeek: "5",
        extent: "PART_TIME",
        quoteDeadline: "2099-12-31",
      }),
    );
    await publishOpening(t.db, buyer, task.id);
    openTaskId = task.id;
  });

  it("an ordinary business may quote on a task that is not reserved, but not on its own", async () => {
    expect((await submitQuote(t.db, business, openTaskId, quote({ priceExVatOre: 20_000_00 }))).ok).toBe(true);
    const own = await createOpening(
      t.db,
      business,
      openingSchema.parse({
        kind: "TASK",
        title: "Vask av kafeen",
        description: "Vask av kafeen to ganger i uka gjennom året.",
        occupationCode: "9112",
        municipalityNumber: "4601",
        hoursPerWeek: "4",
        extent: "PART_TIME",
        quoteDeadline: "2099-12-31",
      }),
    );
    await publishOpening(t.db, business, own.id);
    expect(await submitQuote(t.db, business, own.id, quote())).toEqual({ ok: false, reason: "quoteOwnTask" });
  });

  it("refuses quotes after the quote deadline (Oslo calendar) and on tasks that are not published", async () => {
    await t.db.opening.update({ where: { id: openTaskId }, data: { quoteDeadline: new Date("2020-01-31T00:00:00Z") } });
    expect(await submitQuote(t.db, companyB, openTaskId, quote())).toEqual({
      ok: false,
      reason: "quoteDeadlinePassed",
    });
    await t.db.opening.update({ where: { id: openTaskId }, data: { quoteDeadline: new Date("2099-12-31T00:00:00Z") } });
    expect(await submitQuote(t.db, companyB, "no-such-task", quote())).toEqual({ ok: false, reason: "notFound" });
  });

  it("a company withdraws its own quote, may quote again, and cannot withdraw another's", async () => {
    const first = await submitQuote(t.db, companyB, openTaskId, quote({ priceExVatOre: 25_000_00 }));
    if (!first.ok) throw new Error(first.reason);
    const id = first.value.id;
    expect(await withdrawQuote(t.db, business, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await withdrawQuote(t.db, companyB, id)).toEqual({ ok: true, value: null });
    expect(await withdrawQuote(t.db, companyB, id)).toEqual({ ok: false, reason: "quoteNotWithdrawable" });
    const again = await submitQuote(t.db, companyB, openTaskId, quote({ priceExVatOre: 22_000_00 }));
    expect(again).toEqual({ ok: true, value: { id } });
    expect((await t.db.quote.findUniqueOrThrow({ where: { id } })).priceExVatOre).toBe(22_000_00);
  });

  it("two awards at the same moment: one order, the other refused", async () => {
    await t.db.stripeAccount.create({
      data: { organizationId: business.organizationId, stripeAccountId: "acct_business_test", payoutsEnabled: true },
    });
    await t.db.stripeAccount.upsert({
      where: { organizationId: companyB.organizationId },
      create: { organizationId: companyB.organizationId, stripeAccountId: "acct_b_test", payoutsEnabled: true },
      update: { payoutsEnabled: true },
    });
    const { quotes } = await quotesOf(buyer, openTaskId);
    expect(quotes).toHaveLength(2);
    const results = await Promise.all(quotes.map((q) => awardQuote(t.db, buyer, q.id, "Samtidig", ORIGIN)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "awardAlreadyAwarded" }]);
    expect(await t.db.order.count({ where: { taskId: openTaskId } })).toBe(1);
    expect(
      (await withdrawQuote(t.db, business, quotes.find((q) => q.company === "Vanlig Bedrift AS")?.id ?? "")).ok,
    ).toBe(false);
  });
});
