import type { Db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import type { Actor } from "./connect.server";
import { stripe } from "./stripe.server";

/**
 * Card payment of an accepted order: a Checkout session on the platform with a destination
 * charge, so the platform keeps its fee and the rest goes to the company's connected account.
 * Returns the hosted page's URL; null when the order is not this buyer's or not payable now.
 */
export async function startCheckout(db: Db, buyer: Actor, orderId: string, origin: string): Promise<string | null> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { quote: { select: { task: { select: { title: true } } } }, company: { select: { stripeAccount: true } } } });
  if (!order || order.buyerId !== buyer.organizationId || order.status !== "ACCEPTED" || !order.company.stripeAccount) return null;
  const session = await stripe().checkout.sessions.create({
    mode: "payment",
    currency: "nok",
    line_items: [{ quantity: 1, price_data: { currency: "nok", unit_amount: order.totalOre, product_data: { name: order.quote.task.title } } }],
    payment_intent_data: { application_fee_amount: order.platformFeeOre, transfer_data: { destination: order.company.stripeAccount.stripeAccountId }, metadata: { orderId } },
    metadata: { orderId },
    success_url: `${origin}/bestillinger/${orderId}?melding=betalt`,
    cancel_url: `${origin}/bestillinger/${orderId}`,
  });
  await db.order.update({ where: { id: orderId }, data: { paymentMethod: "CHECKOUT", stripeCheckoutSessionId: session.id } });
  if (!session.url) logger.warn({ orderId }, "checkout session without a url");
  return session.url;
}
