import type { Db } from "~/lib/db.server";
import type { Actor } from "./connect.server";
import { stripe, stripeFailure, type StripeFailure } from "./stripe.server";

/** Where the buyer goes to pay, or why not: not payable now (409), or Stripe failed (the page says so). */
export type PaymentStart = { ok: true; url: string } | { ok: false; error: "notPayable" } | StripeFailure;

/**
 * Card payment of an accepted order: a Checkout session on the platform with a destination
 * charge, so the platform keeps its fee and the rest goes to the company's connected account.
 * The order is changed only after Stripe has answered with a session: a failing call leaves it
 * as it was.
 */
export async function startCheckout(db: Db, buyer: Actor, orderId: string, origin: string): Promise<PaymentStart> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { quote: { select: { task: { select: { title: true } } } }, company: { select: { stripeAccount: true } } } });
  if (!order || order.buyerId !== buyer.organizationId || order.status !== "ACCEPTED" || !order.company.stripeAccount) return { ok: false, error: "notPayable" };
  let session;
  try {
    session = await stripe().checkout.sessions.create({
      mode: "payment",
      currency: "nok",
      line_items: [{ quantity: 1, price_data: { currency: "nok", unit_amount: order.totalOre, product_data: { name: order.quote.task.title } } }],
      payment_intent_data: { application_fee_amount: order.platformFeeOre, transfer_data: { destination: order.company.stripeAccount.stripeAccountId }, metadata: { orderId } },
      metadata: { orderId },
      success_url: `${origin}/bestillinger/${orderId}?melding=betalt`,
      cancel_url: `${origin}/bestillinger/${orderId}`,
    });
  } catch (err) {
    return stripeFailure(err, { orderId, call: "checkout.sessions.create" });
  }
  // A session without a page to send the buyer to cannot be paid: nothing is recorded.
  if (!session.url) return { ok: false, error: "stripe", message: "Stripe returned a Checkout session without a payment page." };
  await db.order.update({ where: { id: orderId }, data: { paymentMethod: "CHECKOUT", stripeCheckoutSessionId: session.id } });
  return { ok: true, url: session.url };
}
