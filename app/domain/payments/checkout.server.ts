import type { Actor } from "~/auth/actor";
import { sideOf } from "~/domain/procurement/order-side";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { ProcurementRefusal } from "~/i18n/procurement.nb";
import type { Db } from "~/lib/db.server";
import { stripe, stripeFailure, stripeRefusal } from "./stripe.server";

/** Where the buyer goes to pay, or why not: not theirs (404), not payable now, or Stripe failed (the page says so). */
export type PaymentStart = Result<{ url: string }, ProcurementRefusal>;

/** The buyer's accepted order with the company's connected account and no failed control: what both ways of paying start from. */
export function payableOrder<
  T extends {
    buyerId: string;
    companyId: string;
    status: string;
    company: { stripeAccount: { stripeAccountId: string } | null };
    controls: { status: string; documentation: string }[];
  },
>(buyer: Actor, order: T | null): Result<T & { destination: string }, ProcurementRefusal> {
  const side = order ? sideOf(buyer, order) : null;
  if (!order || !side) return notFound();
  if (side !== "buyer") return refuse("orderForBuyer");
  if (order.status !== "ACCEPTED") return refuse("orderStepNotNow", { detail: { status: order.status } });
  // A control that failed and is not yet put right holds payment (docs/decisions/0016).
  const failed = order.controls.find((c) => c.status === "FAILED");
  if (failed) return refuse("controlFailed", { detail: { documentation: failed.documentation } });
  if (!order.company.stripeAccount) return refuse("orderNotPayable");
  return ok({ ...order, destination: order.company.stripeAccount.stripeAccountId });
}

/**
 * Card payment of an accepted order: a Checkout session on the platform with a destination
 * charge, so the platform keeps its fee and the rest goes to the company's connected account.
 * The order is changed only after Stripe has answered with a session: a failing call leaves it
 * as it was.
 */
export async function startCheckout(db: Db, buyer: Actor, orderId: string, origin: string): Promise<PaymentStart> {
  const payable = payableOrder(
    buyer,
    await db.order.findUnique({
      where: { id: orderId },
      include: {
        quote: { select: { task: { select: { title: true } } } },
        company: { select: { stripeAccount: true } },
        controls: { select: { status: true, documentation: true } },
      },
    }),
  );
  if (!payable.ok) return payable;
  const order = payable.value;
  let session;
  try {
    session = await stripe().checkout.sessions.create({
      mode: "payment",
      currency: "nok",
      line_items: [
        {
          quantity: 1,
          price_data: { currency: "nok", unit_amount: order.totalOre, product_data: { name: order.quote.task.title } },
        },
      ],
      payment_intent_data: {
        application_fee_amount: order.platformFeeOre,
        transfer_data: { destination: order.destination },
        metadata: { orderId },
      },
      metadata: { orderId },
      success_url: `${origin}/bestillinger/${orderId}?melding=betalt`,
      cancel_url: `${origin}/bestillinger/${orderId}`,
    });
  } catch (err) {
    return stripeFailure(err, { orderId, call: "checkout.sessions.create" });
  }
  // A session without a page to send the buyer to cannot be paid: nothing is recorded.
  if (!session.url) return stripeRefusal("Stripe returned a Checkout session without a payment page.");
  await db.order.update({
    where: { id: orderId },
    data: { paymentMethod: "CHECKOUT", stripeCheckoutSessionId: session.id },
  });
  return ok({ url: session.url });
}
