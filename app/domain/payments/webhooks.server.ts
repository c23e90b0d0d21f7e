import type Stripe from "stripe";
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { logger } from "~/lib/logger.server";
import { stripe } from "./stripe.server";

export type WebhookResult = { status: 200 | 400 | 500; body: string };

/**
 * Stripe's webhook, exactly once. The signature is checked with the official SDK (a forged or
 * stale one is refused with 400 and changes nothing); the event is stored by its id before it is
 * applied, so a redelivery of an applied event is acknowledged and ignored; each handler reads the
 * current object from the API rather than trusting the event's snapshot (events arrive out of
 * order), and changes state with conditional updates, so even two deliveries at the same moment
 * change it once. A failure keeps the row with its error for retryFailedEvents.
 */
export async function handleWebhook(db: Db, rawBody: string, signature: string | null): Promise<WebhookResult> {
  let event: Stripe.Event;
  try {
    event = stripe().webhooks.constructEvent(rawBody, signature ?? "", env().STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, "stripe webhook refused: bad signature");
    return { status: 400, body: "invalid signature" };
  }
  const stored = await db.stripeEvent.upsert({ where: { id: event.id }, create: { id: event.id, type: event.type, payload: JSON.parse(rawBody) as Prisma.InputJsonValue }, update: {} });
  if (stored.processedAt) return { status: 200, body: "duplicate" };
  return applyStored(db, event.id, event);
}

async function applyStored(db: Db, id: string, event: Stripe.Event): Promise<WebhookResult> {
  try {
    const outcome = await apply(db, event);
    await db.stripeEvent.update({ where: { id }, data: { processedAt: new Date(), attempts: { increment: 1 }, lastError: outcome.error ?? null, orderId: outcome.orderId ?? null } });
    if (outcome.error) logger.warn({ eventId: id, type: event.type, error: outcome.error }, "stripe event stored but not applied");
    return { status: 200, body: outcome.error ?? "ok" };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db.stripeEvent.update({ where: { id }, data: { attempts: { increment: 1 }, lastError: message } });
    logger.error({ eventId: id, type: event.type, err }, "stripe event failed; it will be retried");
    return { status: 500, body: "retry" };
  }
}

type Outcome = { orderId?: string; error?: string };

async function apply(db: Db, event: Stripe.Event): Promise<Outcome> {
  switch (event.type) {
    case "checkout.session.completed": {
      const session = await stripe().checkout.sessions.retrieve((event.data.object as Stripe.Checkout.Session).id);
      const orderId = session.metadata?.orderId;
      const order = orderId ? await db.order.findUnique({ where: { id: orderId }, select: { id: true } }) : null;
      if (!order) return { error: `unknown order ${orderId ?? "(none)"}` };
      if (session.payment_status !== "paid") return { orderId: order.id };
      const paymentIntent = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
      await db.order.updateMany({ where: { id: order.id, status: "ACCEPTED" }, data: { status: "PAID", paidAt: new Date(), stripePaymentIntentId: paymentIntent } });
      return { orderId: order.id };
    }
    case "invoice.paid": {
      const invoice = await stripe().invoices.retrieve((event.data.object as Stripe.Invoice).id ?? "");
      const orderId = invoice.metadata?.orderId;
      const order = orderId ? await db.order.findUnique({ where: { id: orderId }, select: { id: true } }) : null;
      if (!order) return { error: `unknown order ${orderId ?? "(none)"}` };
      if (invoice.status !== "paid") return { orderId: order.id };
      const raw = (invoice as unknown as { payment_intent?: string | { id: string } | null }).payment_intent;
      const paymentIntent = typeof raw === "string" ? raw : (raw?.id ?? null);
      await db.order.updateMany({ where: { id: order.id, status: "ACCEPTED" }, data: { status: "PAID", paidAt: new Date(), stripePaymentIntentId: paymentIntent } });
      return { orderId: order.id };
    }
    case "account.updated": {
      const account = await stripe().accounts.retrieve((event.data.object as Stripe.Account).id);
      const updated = await db.stripeAccount.updateMany({ where: { stripeAccountId: account.id }, data: { chargesEnabled: account.charges_enabled, payoutsEnabled: account.payouts_enabled, detailsSubmitted: account.details_submitted } });
      return updated.count ? {} : { error: `unknown account ${account.id}` };
    }
    case "charge.refunded": {
      const charge = event.data.object as Stripe.Charge;
      const paymentIntent = typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null);
      if (!paymentIntent) return { error: "refund without a payment intent" };
      const updated = await db.order.updateMany({ where: { stripePaymentIntentId: paymentIntent, refundedAt: null }, data: { refundedAt: new Date() } });
      return updated.count ? {} : { error: `no unrefunded order for ${paymentIntent}` };
    }
    default:
      return { error: `not handled: ${event.type}` };
  }
}

/** The scheduled retry of events that failed (not of those stored as unknown: they need a person). */
export async function retryFailedEvents(db: Db, maxAttempts = 8): Promise<number> {
  const failed = await db.stripeEvent.findMany({ where: { processedAt: null, attempts: { gt: 0, lt: maxAttempts } }, take: 50 });
  for (const row of failed) await applyStored(db, row.id, row.payload as unknown as Stripe.Event);
  return failed.length;
}

export function recentEvents(db: Db, take = 100) {
  return db.stripeEvent.findMany({ orderBy: { receivedAt: "desc" }, take, select: { id: true, type: true, receivedAt: true, processedAt: true, attempts: true, lastError: true, orderId: true } });
}
