import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { refundPayment } from "~/domain/payments/refunds.server";
import { handleWebhook, retryFailedEvents } from "~/domain/payments/webhooks.server";
import {
  answerDispute,
  awardQuote,
  connectStripe,
  moveOrder,
  openDispute,
  sendInvoice,
  startCheckout,
  submitQuote,
} from "~/domain/procurement/procurement.server";
import { resetEnvCache } from "~/lib/env.server";
import { startStripeHarness } from "../support/stripe-harness";
import { createTestDb, type TestDb } from "../support/test-db";
import type { Actor } from "~/auth/actor";
import { makeOrgAdmin } from "../support/members";

/**
 * The Stripe side on its own: webhooks delivered at the same moment, out of order, for unknown
 * objects, failing and retried; payments after a cancellation. Real SDK, real signatures, the
 * local double on a free port.
 */
let t: TestDb;
let buyer: Actor;
let company: Actor;
let double: Awaited<ReturnType<typeof startStripeHarness>>["double"];
let harness: Awaited<ReturnType<typeof startStripeHarness>>;
const SECRET = "whsec_test_payments";
const ORIGIN = "http://localhost";
const signer = new Stripe("sk_test_signer");
const sign = (payload: string) => signer.webhooks.generateTestHeaderString({ payload, secret: SECRET });
const control = async (path: string) => {
  const res = await fetch(`${double.url}/__double/${path}`, { method: "POST" });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
};
let seq = 0;
/** The hosted page of a payment that was started; fails the test with the reason otherwise. */
const urlOf = (started: { ok: true; value: { url: string } } | { ok: false; reason: string }) => {
  if (!started.ok) throw new Error(started.reason);
  return started.value.url;
};

/** A published task, one quote, awarded, delivered and accepted: ready for payment. */
async function acceptedOrder(priceExVatOre = 10_000_00): Promise<string> {
  seq += 1;
  const task = await createOpening(
    t.db,
    buyer,
    openingSchema.parse({
      kind: "TASK",
      title: `Oppdrag ${seq}`,
      description: "Vedlikehold av grøntarealer rundt skolen.",
      occupationCode: "9214",
      municipalityNumber: "0301",
      hoursPerWeek: "6",
      extent: "PART_TIME",
      quoteDeadline: "2099-12-31",
    }),
  );
  await publishOpening(t.db, buyer, task.id);
  const q = await submitQuote(t.db, company, task.id, {
    priceExVatOre,
    deliveryPlan: "To personer to dager i uka.",
    teamSize: 2,
    participantsInMeasure: 2,
    startDate: "2027-03-01",
  });
  if (!q.ok) throw new Error(q.reason);
  const award = await awardQuote(t.db, buyer, q.value.id, "Eneste tilbud", ORIGIN);
  if (!award.ok) throw new Error(award.reason);
  const { orderId } = award.value;
  expect((await moveOrder(t.db, company, orderId, "deliver", ORIGIN)).ok).toBe(true);
  expect((await moveOrder(t.db, buyer, orderId, "accept", ORIGIN)).ok).toBe(true);
  return orderId;
}

beforeAll(async () => {
  t = await createTestDb();
  harness = await startStripeHarness(() => t.db, { secret: SECRET, feeBasisPoints: 500 });
  double = harness.double;

  const makeOrg = (seed: number, kind: "MUNICIPALITY" | "INCLUSION_COMPANY", name: string) =>
    makeOrgAdmin(t.db, seed, {
      kind,
      name,
      municipalityNumber: "0301",
      staffInMeasurePercent: kind === "INCLUSION_COMPANY" ? 45 : null,
      email: `p${seed}@x.no`,
      emailNotifications: false,
    });
  buyer = await makeOrg(71, "MUNICIPALITY", "Oslo kommune");
  company = await makeOrg(72, "INCLUSION_COMPANY", "Grønn Inkludering AS");
  const account = await t.db.stripeAccount.findUnique({ where: { organizationId: company.organizationId } });
  expect(account).toBeNull();
  await connectStripe(t.db, company, ORIGIN);
  const { stripeAccountId } = await t.db.stripeAccount.findUniqueOrThrow({
    where: { organizationId: company.organizationId },
  });
  await control(`enable-payouts/${stripeAccountId}`);
});
afterAll(async () => {
  await harness.close();
  delete process.env.PLATFORM_FEE_BASIS_POINTS;
  resetEnvCache();
  await t.close();
});

describe("webhooks", () => {
  it("applies account.updated from the current account, not from a stale snapshot that arrives late", async () => {
    const account = await t.db.stripeAccount.findUniqueOrThrow({ where: { organizationId: company.organizationId } });
    expect(account.payoutsEnabled).toBe(true);
    // An older event (payouts still off) delivered after the newer one.
    const payload = JSON.stringify({
      id: "evt_stale_account",
      object: "event",
      type: "account.updated",
      created: 1,
      data: {
        object: {
          id: account.stripeAccountId,
          object: "account",
          charges_enabled: false,
          payouts_enabled: false,
          details_submitted: false,
        },
      },
    });
    expect((await handleWebhook(t.db, payload, sign(payload))).status).toBe(200);
    expect((await t.db.stripeAccount.findUniqueOrThrow({ where: { id: account.id } })).payoutsEnabled).toBe(true);
  });

  it("the same event delivered three times at the same moment is stored once and pays the order once", async () => {
    const orderId = await acceptedOrder();
    const url = urlOf(await startCheckout(t.db, buyer, orderId, ORIGIN));
    const sessionId = new URL(url).pathname.split("/").pop() ?? "";
    const before = double.sentEvents.length;
    await control(`complete-checkout/${sessionId}?deliveries=0`);
    const event = double.sentEvents.slice(before).find((e) => e.type === "checkout.session.completed");
    const payload = JSON.stringify(event);
    const results = await Promise.all([1, 2, 3].map(() => handleWebhook(t.db, payload, sign(payload))));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.filter((r) => r.body === "ok")).toHaveLength(1);
    expect(await t.db.stripeEvent.count({ where: { id: event?.id } })).toBe(1);
    const order = await t.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("PAID");
    expect(order.stripePaymentIntentId).toMatch(/^pi_/);
    // A later redelivery is acknowledged and changes nothing.
    const paidAt = order.paidAt;
    expect(await handleWebhook(t.db, payload, sign(payload))).toEqual({ status: 200, body: "duplicate" });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).paidAt).toEqual(paidAt);
  });

  it("an invoice payment records the payment intent from the invoice's expanded payments", async () => {
    const orderId = await acceptedOrder(2_500_00);
    const url = urlOf(await sendInvoice(t.db, buyer, orderId, 14));
    const invoiceId = new URL(url).pathname.split("/").pop() ?? "";
    await control(`pay-invoice/${invoiceId}`);
    const order = await t.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("PAID");
    expect(order.stripePaymentIntentId).toMatch(/^pi_/);
    // 2 500 kr + 625 kr VAT; fee 5 % of 2 500 kr.
    expect([order.totalOre, order.platformFeeOre]).toEqual([3_125_00, 125_00]);
  });

  it("keeps a failing event with its error and retries it on schedule", async () => {
    // An account the API does not know: retrieving it fails, so the event cannot be applied yet.
    const payload = JSON.stringify({
      id: "evt_fails",
      object: "event",
      type: "account.updated",
      created: 1,
      data: { object: { id: "acct_missing", object: "account" } },
    });
    expect((await handleWebhook(t.db, payload, sign(payload))).status).toBe(500);
    let row = await t.db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_fails" } });
    expect([row.processedAt, row.attempts]).toEqual([null, 1]);
    expect(row.lastError).toContain("No such account");
    expect(await retryFailedEvents(t.db)).toBe(1);
    row = await t.db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_fails" } });
    expect(row.attempts).toBe(2);
    // Stripe redelivering it also tries again (it has failed before, so it is not "in progress").
    expect((await handleWebhook(t.db, payload, sign(payload))).status).toBe(500);
    expect((await t.db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_fails" } })).attempts).toBe(3);
    expect(await retryFailedEvents(t.db, 3)).toBe(0);
  });

  it("retries an event whose first delivery stopped between storing and applying", async () => {
    const payload = JSON.stringify({
      id: "evt_stuck",
      object: "event",
      type: "customer.created",
      created: 1,
      data: { object: { id: "cus_x", object: "customer" } },
    });
    await t.db.stripeEvent.create({
      data: {
        id: "evt_stuck",
        type: "customer.created",
        payload: JSON.parse(payload) as object,
        receivedAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    expect(await handleWebhook(t.db, payload, sign(payload))).toEqual({ status: 200, body: "duplicate" });
    await retryFailedEvents(t.db);
    const row = await t.db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_stuck" } });
    expect(row.processedAt).not.toBeNull();
    expect(row.lastError).toBe("not handled: customer.created");
  });
});

describe("cancellation and refunds", () => {
  it("a payment completed after the order was cancelled is refunded, and the order stays cancelled", async () => {
    const orderId = await acceptedOrder();
    const url = urlOf(await startCheckout(t.db, buyer, orderId, ORIGIN));
    // Accepted: cancelled by agreement (the company asks, the buyer agrees) while Checkout is open.
    expect(await openDispute(t.db, company, orderId, "Kan ikke levere likevel", ORIGIN)).toEqual({
      ok: true,
      value: null,
    });
    const dispute = await t.db.orderDispute.findFirstOrThrow({ where: { orderId } });
    expect(await answerDispute(t.db, buyer, dispute.id, "agree", "Greit for oss", ORIGIN)).toEqual({
      ok: true,
      value: null,
    });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("CANCELLED");
    const sessionId = new URL(url).pathname.split("/").pop() ?? "";
    await control(`complete-checkout/${sessionId}`);
    const order = await t.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("CANCELLED");
    expect(order.stripeRefundId).toMatch(/^re_/);
    expect(order.refundedAt).not.toBeNull();
    const row = await t.db.stripeEvent.findFirstOrThrow({ where: { orderId, type: "checkout.session.completed" } });
    expect(row.lastError).toBe("paid after cancellation: refunded");
  });

  it("a refund is keyed per order: asking twice refunds once", async () => {
    const orderId = await acceptedOrder();
    const url = urlOf(await startCheckout(t.db, buyer, orderId, ORIGIN));
    await control(`complete-checkout/${new URL(url).pathname.split("/").pop() ?? ""}`);
    const { stripePaymentIntentId } = await t.db.order.findUniqueOrThrow({ where: { id: orderId } });
    const first = await refundPayment(stripePaymentIntentId ?? "", orderId);
    expect(await refundPayment(stripePaymentIntentId ?? "", orderId)).toBe(first);
    // The charge.refunded webhook (sent by the double after its answer) records it on the order.
    await vi.waitFor(async () =>
      expect((await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).refundedAt).not.toBeNull(),
    );
    expect(await t.db.stripeEvent.count({ where: { type: "charge.refunded", orderId } })).toBe(1);
  });
});
