import type Stripe from "stripe";
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { logger } from "~/lib/logger.server";
import { applyAccount } from "./connect.server";
import { paidPaymentIntent } from "./invoice.server";
import { refundPayment } from "./refunds.server";
import { stripe } from "./stripe.server";

export type WebhookResult = { status: 200 | 400 | 500; body: string };

/**
 * Stripe's webhook, exactly once. The signature is checked with the official SDK (a forged or
 * stale one is refused with 400 and changes nothing). The event is inserted by its id with
 * ON CONFLICT DO NOTHING before it is applied: only the delivery whose insert won applies it, so a
 * redelivery, even one arriving at the same moment, is acknowledged and ignored. (A delivery
 * after a failed attempt applies it again; every handler is a conditional update, so a repeat
 * changes nothing.) Each handler reads the current object from the API rather than trusting the
 * event's snapshot, because events arrive out of order. A failure keeps the row with its error
 * for retryFailedEvents; an event that cannot be matched is stored with the reason, not thrown.
 */
export async function handleWebhook(db: Db, rawBody: string, signature: string | null): Promise<WebhookResult> {
  let event: Stripe.Event;
  try {
    event = stripe().webhooks.constructEvent(rawBody, signature ?? "", env().STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, "stripe webhook refused: bad signature");
    return { status: 400, body: "invalid signature" };
  }
  const inserted = await db.stripeEvent.createMany({
    data: [{ id: event.id, type: event.type, payload: JSON.parse(rawBody) as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    const stored = await db.stripeEvent.findUnique({
      where: { id: event.id },
      select: { processedAt: true, attempts: true },
    });
    // Applied, or being applied by the delivery that inserted it: nothing to do.
    if (!stored || stored.processedAt || stored.attempts === 0) return { status: 200, body: "duplicate" };
  }
  return applyStored(db, event.id, event);
}

async function applyStored(db: Db, id: string, event: Stripe.Event): Promise<WebhookResult> {
  try {
    const outcome = await apply(db, event);
    await db.stripeEvent.update({
      where: { id },
      data: {
        processedAt: new Date(),
        attempts: { increment: 1 },
        lastError: outcome.error ?? null,
        orderId: outcome.orderId ?? null,
      },
    });
    if (outcome.error)
      logger.warn({ eventId: id, type: event.type, error: outcome.error }, "stripe event stored but not applied");
    return { status: 200, body: outcome.error ?? "ok" };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db.stripeEvent.update({ where: { id }, data: { attempts: { increment: 1 }, lastError: message } });
    logger.error({ eventId: id, type: event.type, err: message }, "stripe event failed; it will be retried");
    return { status: 500, body: "retry" };
  }
}

export type Outcome = { orderId?: string; error?: string };

const idOf = (ref: string | { id: string } | null | undefined): string | null =>
  typeof ref === "string" ? ref : (ref?.id ?? null);

/**
 * A payment has succeeded for an order: an accepted order becomes paid (once, by a conditional
 * update); a payment for an order cancelled meanwhile is refunded at once instead of kept.
 */
async function paymentSucceeded(db: Db, orderId: string | undefined, paymentIntent: string | null): Promise<Outcome> {
  const order = orderId
    ? await db.order.findUnique({ where: { id: orderId }, select: { id: true, status: true, refundedAt: true } })
    : null;
  if (!order) return { error: `unknown order ${orderId ?? "(none)"}` };
  const paid = await db.order.updateMany({
    where: { id: order.id, status: "ACCEPTED" },
    data: { status: "PAID", paidAt: new Date(), stripePaymentIntentId: paymentIntent },
  });
  if (paid.count === 0 && order.status === "CANCELLED" && !order.refundedAt && paymentIntent) {
    const refundId = await refundPayment(paymentIntent, order.id);
    await db.order.updateMany({
      where: { id: order.id, refundedAt: null },
      data: { stripePaymentIntentId: paymentIntent, stripeRefundId: refundId, refundedAt: new Date() },
    });
    return { orderId: order.id, error: "paid after cancellation: refunded" };
  }
  return { orderId: order.id };
}

/**
 * A Checkout session as the API returns it now: paid means the order is paid. Also used by the
 * demo seed, which pays through the double before the app (and so its webhook) runs.
 */
export async function applyCheckoutSession(db: Db, sessionId: string): Promise<Outcome> {
  const session = await stripe().checkout.sessions.retrieve(sessionId);
  if (session.payment_status !== "paid") {
    const known = session.metadata?.orderId
      ? await db.order.findUnique({ where: { id: session.metadata.orderId }, select: { id: true } })
      : null;
    return known ? { orderId: known.id } : { error: `unknown order ${session.metadata?.orderId ?? "(none)"}` };
  }
  return paymentSucceeded(db, session.metadata?.orderId, idOf(session.payment_intent));
}

async function apply(db: Db, event: Stripe.Event): Promise<Outcome> {
  switch (event.type) {
    case "checkout.session.completed":
      return applyCheckoutSession(db, event.data.object.id);
    case "invoice.paid": {
      const invoice = await stripe().invoices.retrieve(event.data.object.id ?? "", { expand: ["payments"] });
      if (invoice.status !== "paid") {
        const known = invoice.metadata?.orderId
          ? await db.order.findUnique({ where: { id: invoice.metadata.orderId }, select: { id: true } })
          : null;
        return known ? { orderId: known.id } : { error: `unknown order ${invoice.metadata?.orderId ?? "(none)"}` };
      }
      return paymentSucceeded(db, invoice.metadata?.orderId, paidPaymentIntent(invoice));
    }
    case "account.updated": {
      const account = await stripe().accounts.retrieve(event.data.object.id);
      return (await applyAccount(db, account)) ? {} : { error: `unknown account ${account.id}` };
    }
    case "charge.refunded": {
      const charge = await stripe().charges.retrieve(event.data.object.id);
      const paymentIntent = idOf(charge.payment_intent);
      if (!paymentIntent) return { error: "refund without a payment intent" };
      if (!charge.refunded) return {};
      const order = await db.order.findFirst({ where: { stripePaymentIntentId: paymentIntent }, select: { id: true } });
      if (!order) return { error: `no order for ${paymentIntent}` };
      // Also a refund made in Stripe's dashboard is recorded; one made by cancelOrder already is.
      await db.order.updateMany({ where: { id: order.id, refundedAt: null }, data: { refundedAt: new Date() } });
      return { orderId: order.id };
    }
    default:
      return { error: `not handled: ${event.type}` };
  }
}

/**
 * The scheduled retry of events that failed, and of events whose first delivery stopped between
 * storing and applying (a crash) – not of those stored as unmatched: they need a person.
 */
export async function retryFailedEvents(db: Db, maxAttempts = 8, now = new Date()): Promise<number> {
  const stuckBefore = new Date(now.getTime() - 5 * 60_000);
  const failed = await db.stripeEvent.findMany({
    where: {
      processedAt: null,
      attempts: { lt: maxAttempts },
      OR: [{ attempts: { gt: 0 } }, { receivedAt: { lt: stuckBefore } }],
    },
    orderBy: { receivedAt: "asc" },
    take: 50,
  });
  for (const row of failed) await applyStored(db, row.id, row.payload as unknown as Stripe.Event);
  return failed.length;
}

export function recentEvents(db: Db, take = 100) {
  return db.stripeEvent.findMany({
    orderBy: { receivedAt: "desc" },
    take,
    select: {
      id: true,
      type: true,
      receivedAt: true,
      processedAt: true,
      attempts: true,
      lastError: true,
      orderId: true,
    },
  });
}
