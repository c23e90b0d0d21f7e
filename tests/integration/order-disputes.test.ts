import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import type { Viewer } from "~/auth/viewer";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import {
  answerDispute,
  awardQuote,
  cancelOrder,
  connectStripe,
  decideDispute,
  listOrderDisputes,
  listUnresolvedDisputes,
  moveOrder,
  openDispute,
  sendInvoice,
  startCheckout,
  submitQuote,
} from "~/domain/procurement/procurement.server";
import { resetEnvCache } from "~/lib/env.server";
import { startStripeHarness } from "../support/stripe-harness";
import { makeMember, makeOrgAdmin, makeOrganization } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

/**
 * Money moves back only by agreement (issue 11, item 6) and a failing Stripe call changes nothing
 * (item 12): the domain rules against the Stripe test double, with the refund calls counted on
 * the double itself.
 */
let t: TestDb;
let buyerAdmin: Actor;
let buyerMember: Actor;
let companyAdmin: Actor;
let companyMember: Actor;
let platformAdmin: { userId: string };
let harness: Awaited<ReturnType<typeof startStripeHarness>>;
const ORIGIN = "http://localhost";
let seq = 0;

const double = () => harness.double;
const control = async (path: string) => {
  const res = await fetch(`${double().url}/__double/${path}`, { method: "POST" });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
};
const refundCalls = () => double().requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds").length;
const orderOf = (id: string) => t.db.order.findUniqueOrThrow({ where: { id } });
const done = { ok: true, value: null };
const adminsOnly = { ok: false, reason: "orderAdminsOnly" };
const changed = { ok: false, reason: "orderChanged" };
const viewer = (role: "ADMIN" | "MEMBER"): Viewer => ({
  userId: "u",
  name: "x",
  isPlatformAdmin: false,
  organization: { id: "o", name: "x", kind: "MUNICIPALITY", role, approved: true },
});

/** A task, a quote, an award; then moved on to the wanted state through the domain. */
async function order(state: "AWARDED" | "ACCEPTED" | "PAID"): Promise<string> {
  seq += 1;
  const task = await createOpening(
    t.db,
    buyerAdmin,
    openingSchema.parse({
      kind: "TASK",
      title: `Vedlikehold ${seq}`,
      description: "Vedlikehold av grøntarealer rundt skolen.",
      occupationCode: "9214",
      municipalityNumber: "4601",
      hoursPerWeek: "6",
      extent: "PART_TIME",
      quoteDeadline: "2099-12-31",
    }),
  );
  await publishOpening(t.db, buyerAdmin, task.id);
  const q = await submitQuote(t.db, companyAdmin, task.id, {
    priceExVatOre: 10_000_00,
    deliveryPlan: "To personer to dager i uka.",
    teamSize: 2,
    participantsInMeasure: 2,
    startDate: "2027-03-01",
  });
  if (!q.ok) throw new Error(q.reason);
  const award = await awardQuote(t.db, buyerAdmin, q.value.id, "Eneste tilbud", ORIGIN);
  if (!award.ok) throw new Error(award.reason);
  const { orderId } = award.value;
  if (state === "AWARDED") return orderId;
  expect(await moveOrder(t.db, companyMember, orderId, "deliver", ORIGIN)).toEqual(done);
  expect(await moveOrder(t.db, buyerMember, orderId, "accept", ORIGIN)).toEqual(done);
  if (state === "ACCEPTED") return orderId;
  const checkout = await startCheckout(t.db, buyerMember, orderId, ORIGIN);
  if (!checkout.ok) throw new Error(checkout.reason);
  await control(`complete-checkout/${new URL(checkout.value.url).pathname.split("/").pop() ?? ""}`);
  expect((await orderOf(orderId)).status).toBe("PAID");
  return orderId;
}

async function disputeOf(orderId: string) {
  return t.db.orderDispute.findFirstOrThrow({ where: { orderId }, orderBy: { openedAt: "desc" } });
}

beforeAll(async () => {
  t = await createTestDb();
  harness = await startStripeHarness(() => t.db, { secret: "whsec_test_disputes", feeBasisPoints: 300 });
  const makeOrg = async (seed: number, kind: "MUNICIPALITY" | "INCLUSION_COMPANY", name: string) => {
    const org = await makeOrganization(t.db, seed, {
      kind,
      name,
      staffInMeasurePercent: kind === "INCLUSION_COMPANY" ? 50 : null,
    });
    const person = (role: "ADMIN" | "MEMBER") =>
      makeMember(t.db, org.id, {
        email: `d${seed}${role}@x.no`,
        name: `${role === "ADMIN" ? "Admin" : "Medlem"} ${name}`,
        role,
        emailNotifications: false,
      });
    return { admin: await person("ADMIN"), member: await person("MEMBER") };
  };
  const buyer = await makeOrg(91, "MUNICIPALITY", "Bergen kommune");
  const company = await makeOrg(92, "INCLUSION_COMPANY", "Grønn Inkludering AS");
  [buyerAdmin, buyerMember, companyAdmin, companyMember] = [buyer.admin, buyer.member, company.admin, company.member];
  platformAdmin = {
    userId: (
      await t.db.user.create({
        data: { email: "plattform@x.no", name: "Plattform", passwordHash: "x", isPlatformAdmin: true },
      })
    ).id,
  };
  const link = await connectStripe(t.db, companyAdmin, ORIGIN);
  if (!link.ok) throw new Error(link.reason);
  const { stripeAccountId } = await t.db.stripeAccount.findUniqueOrThrow({
    where: { organizationId: companyAdmin.organizationId },
  });
  await control(`enable-payouts/${stripeAccountId}`);
});
beforeEach(() => control("fail/clear"));
afterAll(async () => {
  await harness.close();
  delete process.env.PLATFORM_FEE_BASIS_POINTS;
  resetEnvCache();
  await t.close();
});

describe("only organisation admins cancel", () => {
  it("the permission table grants order:cancel to admins only, and order:decide to the platform admin", () => {
    expect(can(viewer("MEMBER"), "order:cancel")).toBe(false);
    expect(can(viewer("ADMIN"), "order:cancel")).toBe(true);
    expect(can(viewer("ADMIN"), "order:decide")).toBe(false);
    expect(can({ ...viewer("ADMIN"), isPlatformAdmin: true, organization: null }, "order:decide")).toBe(true);
  });

  it("a plain member of either side cannot cancel or open a dispute, even if a route let them through", async () => {
    const awarded = await order("AWARDED");
    expect(await cancelOrder(t.db, buyerMember, awarded, "Trenger det ikke", ORIGIN)).toEqual(adminsOnly);
    expect(await cancelOrder(t.db, companyMember, awarded, "Har ikke folk", ORIGIN)).toEqual(adminsOnly);
    const paid = await order("PAID");
    expect(await openDispute(t.db, buyerMember, paid, "Ikke fornøyd", ORIGIN)).toEqual(adminsOnly);
    expect((await orderOf(awarded)).status).toBe("AWARDED");
    expect(await t.db.orderDispute.count({ where: { orderId: paid } })).toBe(0);
  });

  it("before acceptance an admin of either side cancels with a reason, and it is audited", async () => {
    const awarded = await order("AWARDED");
    expect(await cancelOrder(t.db, companyAdmin, awarded, "Kan ikke stille med team", ORIGIN)).toEqual(done);
    const o = await orderOf(awarded);
    expect([o.status, o.cancelReason]).toEqual(["CANCELLED", "Kan ikke stille med team"]);
    expect(
      await t.db.auditEvent.count({
        where: { entityId: awarded, action: "order.cancel", actorUserId: companyAdmin.userId },
      }),
    ).toBe(1);
  });
});

describe("after acceptance money moves back only by agreement", () => {
  it("a buyer admin cannot cancel an accepted or a paid order alone, and no refund is asked for", async () => {
    const accepted = await order("ACCEPTED");
    const paid = await order("PAID");
    const before = refundCalls();
    const disputeRequired = { ok: false, reason: "orderDisputeRequired" };
    expect(await cancelOrder(t.db, buyerAdmin, accepted, "Ombestemt oss", ORIGIN)).toEqual(disputeRequired);
    expect(await cancelOrder(t.db, buyerAdmin, paid, "Vil ha pengene tilbake", ORIGIN)).toEqual(disputeRequired);
    expect(await cancelOrder(t.db, companyAdmin, paid, "Vil heller ikke", ORIGIN)).toEqual(disputeRequired);
    expect(refundCalls()).toBe(before);
    expect((await orderOf(accepted)).status).toBe("ACCEPTED");
    const p = await orderOf(paid);
    expect([p.status, p.refundedAt, p.stripeRefundId]).toEqual(["PAID", null, null]);
  });

  it("the other side's agreement cancels and refunds the paid order once; every step is recorded", async () => {
    const paid = await order("PAID");
    const before = refundCalls();
    expect(await openDispute(t.db, buyerAdmin, paid, "Leveransen var mangelfull", ORIGIN)).toEqual(done);
    expect(await openDispute(t.db, companyAdmin, paid, "Vi vil også", ORIGIN)).toEqual({
      ok: false,
      reason: "disputeAlreadyOpen",
    });
    const dispute = await disputeOf(paid);
    expect(await answerDispute(t.db, buyerAdmin, dispute.id, "agree", "Vi er enige med oss selv", ORIGIN)).toEqual({
      ok: false,
      reason: "disputeOwn",
    });
    expect(await answerDispute(t.db, companyMember, dispute.id, "agree", "Greit", ORIGIN)).toEqual(adminsOnly);
    expect(refundCalls()).toBe(before);
    expect(await answerDispute(t.db, companyAdmin, dispute.id, "agree", "Vi beklager og refunderer", ORIGIN)).toEqual(
      done,
    );
    expect(await answerDispute(t.db, companyAdmin, dispute.id, "agree", "En gang til", ORIGIN)).toEqual(changed);
    expect(refundCalls()).toBe(before + 1);
    const o = await orderOf(paid);
    expect([o.status, o.cancelReason]).toEqual(["CANCELLED", "Leveransen var mangelfull"]);
    expect(o.stripeRefundId).toMatch(/^re_/);
    expect(o.refundedAt).not.toBeNull();
    const [view] = await listOrderDisputes(t.db, paid);
    expect(view).toMatchObject({
      status: "AGREED",
      openedBySide: "buyer",
      openedBy: "Admin Bergen kommune",
      reason: "Leveransen var mangelfull",
      answeredBy: "Admin Grønn Inkludering AS",
      answerReason: "Vi beklager og refunderer",
      refunded: true,
    });
    expect(view?.answeredAt).not.toBeNull();
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: paid, action: { startsWith: "order.dispute." } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ["order.dispute.open", buyerAdmin.userId],
      ["order.dispute.agree", companyAdmin.userId],
    ]);
  });

  it("a declined dispute leaves the order paid; the platform admin's decision then refunds once", async () => {
    const paid = await order("PAID");
    const before = refundCalls();
    expect(await openDispute(t.db, companyAdmin, paid, "Oppdragsgiver har endret omfanget", ORIGIN)).toEqual(done);
    const dispute = await disputeOf(paid);
    expect(await answerDispute(t.db, buyerAdmin, dispute.id, "decline", "Omfanget er som avtalt", ORIGIN)).toEqual(
      done,
    );
    expect((await orderOf(paid)).status).toBe("PAID");
    expect((await disputeOf(paid)).status).toBe("DECLINED");
    expect(refundCalls()).toBe(before);
    // Declined disputes wait for the platform admin; nobody else decides.
    expect((await listUnresolvedDisputes(t.db)).map((d) => d.id)).toContain(dispute.id);
    expect(await decideDispute(t.db, buyerAdmin, dispute.id, "cancel", "Jeg bestemmer", ORIGIN)).toEqual({
      ok: false,
      reason: "disputeDecidersOnly",
    });
    expect(await answerDispute(t.db, buyerAdmin, dispute.id, "agree", "Likevel", ORIGIN)).toEqual(changed);
    expect(
      await decideDispute(t.db, platformAdmin, dispute.id, "cancel", "Dokumentasjonen viser endret omfang", ORIGIN),
    ).toEqual(done);
    expect(await decideDispute(t.db, platformAdmin, dispute.id, "cancel", "Igjen", ORIGIN)).toEqual(changed);
    expect(refundCalls()).toBe(before + 1);
    const o = await orderOf(paid);
    expect(o.status).toBe("CANCELLED");
    expect(o.refundedAt).not.toBeNull();
    expect(await disputeOf(paid)).toMatchObject({
      status: "DECIDED_CANCEL",
      decidedByUserId: platformAdmin.userId,
      decisionReason: "Dokumentasjonen viser endret omfang",
      refunded: true,
    });
    expect(
      await t.db.auditEvent.count({
        where: { entityId: paid, action: "order.dispute.decide", actorUserId: platformAdmin.userId },
      }),
    ).toBe(1);
    expect((await listUnresolvedDisputes(t.db)).map((d) => d.id)).not.toContain(dispute.id);
  });

  it("the platform admin may let the order stand: no refund, and a new dispute may be opened later", async () => {
    const paid = await order("PAID");
    const before = refundCalls();
    await openDispute(t.db, buyerAdmin, paid, "Forsinket oppstart", ORIGIN);
    const dispute = await disputeOf(paid);
    expect(await decideDispute(t.db, platformAdmin, dispute.id, "keep", "Forsinkelsen var avtalt", ORIGIN)).toEqual(
      done,
    );
    expect((await orderOf(paid)).status).toBe("PAID");
    expect(refundCalls()).toBe(before);
    expect(await openDispute(t.db, buyerAdmin, paid, "Nytt avvik", ORIGIN)).toEqual(done);
  });

  it("an agreed dispute on an accepted, unpaid order cancels it without a refund", async () => {
    const accepted = await order("ACCEPTED");
    const before = refundCalls();
    await openDispute(t.db, buyerAdmin, accepted, "Behovet falt bort", ORIGIN);
    expect(await answerDispute(t.db, companyAdmin, (await disputeOf(accepted)).id, "agree", "Greit", ORIGIN)).toEqual(
      done,
    );
    expect((await orderOf(accepted)).status).toBe("CANCELLED");
    expect(refundCalls()).toBe(before);
  });
});

describe("a failing call to Stripe changes nothing and says why", () => {
  it("a refund Stripe refuses: the agreement answers Stripe's message, the dispute still waits, the order stays paid", async () => {
    const paid = await order("PAID");
    await openDispute(t.db, buyerAdmin, paid, "Feil leveranse", ORIGIN);
    const dispute = await disputeOf(paid);
    await control(`fail?path=/v1/refunds&message=${encodeURIComponent("No such payment_intent: 'pi_x'")}`);
    const stripeSaid = { ok: false, reason: "stripeFailed", detail: { message: "No such payment_intent: 'pi_x'" } };
    expect(await answerDispute(t.db, companyAdmin, dispute.id, "agree", "Ok", ORIGIN)).toEqual(stripeSaid);
    expect(await decideDispute(t.db, platformAdmin, dispute.id, "cancel", "Refunder", ORIGIN)).toEqual(stripeSaid);
    const o = await orderOf(paid);
    expect([o.status, o.refundedAt, o.cancelledAt]).toEqual(["PAID", null, null]);
    expect(await disputeOf(paid)).toMatchObject({
      status: "OPEN",
      answeredByUserId: null,
      answeredAt: null,
      decidedByUserId: null,
      decidedAt: null,
      refunded: false,
    });
    expect(
      await t.db.auditEvent.count({
        where: { entityId: paid, action: { in: ["order.dispute.agree", "order.dispute.decide"] } },
      }),
    ).toBe(0);
    await control("fail/clear");
    expect(await answerDispute(t.db, companyAdmin, dispute.id, "agree", "Ok", ORIGIN)).toEqual(done);
    expect((await orderOf(paid)).status).toBe("CANCELLED");
  });

  it("a Checkout session Stripe refuses: Stripe's message, and the order records no payment", async () => {
    const accepted = await order("ACCEPTED");
    await control(`fail?path=/v1/checkout/sessions&status=400&message=${encodeURIComponent("Invalid currency: xyz")}`);
    expect(await startCheckout(t.db, buyerMember, accepted, ORIGIN)).toEqual({
      ok: false,
      reason: "stripeFailed",
      detail: { message: "Invalid currency: xyz" },
    });
    const o = await orderOf(accepted);
    expect([o.status, o.paymentMethod, o.stripeCheckoutSessionId]).toEqual(["ACCEPTED", null, null]);
  });

  it("an invoice that cannot be sent: Stripe's message, the finalized invoice is voided, the order records nothing", async () => {
    const accepted = await order("ACCEPTED");
    const from = double().requests.length;
    await control(
      `fail?path=/send&status=402&type=invalid_request_error&message=${encodeURIComponent("The customer has no e-mail address.")}`,
    );
    expect(await sendInvoice(t.db, buyerMember, accepted, 30)).toEqual({
      ok: false,
      reason: "stripeFailed",
      detail: { message: "The customer has no e-mail address." },
    });
    expect(
      double()
        .requests.slice(from)
        .some((r) => r.method === "POST" && /^\/v1\/invoices\/in_[0-9a-f]+\/void$/.test(r.path)),
    ).toBe(true);
    const o = await orderOf(accepted);
    expect([o.status, o.paymentMethod, o.stripeInvoiceId]).toEqual(["ACCEPTED", null, null]);
  });

  it("Connect onboarding Stripe refuses: Stripe's message, and no account is stored", async () => {
    const newcomer = await makeOrgAdmin(t.db, 93, {
      kind: "INCLUSION_COMPANY",
      name: "Ny Inkludering AS",
      email: "ny@x.no",
    });
    await control(
      `fail?path=/v1/accounts&status=400&message=${encodeURIComponent("Connect is not enabled for this platform.")}`,
    );
    expect(await connectStripe(t.db, newcomer, ORIGIN)).toEqual({
      ok: false,
      reason: "stripeFailed",
      detail: { message: "Connect is not enabled for this platform." },
    });
    expect(await t.db.stripeAccount.findUnique({ where: { organizationId: newcomer.organizationId } })).toBeNull();
  });
});
