import { stripe } from "./stripe.server";

/**
 * Refunds a destination charge in full: the transfer to the company and the platform's fee are
 * reversed too, so nobody keeps money for a cancelled order. Keyed per order, so a retried
 * cancellation cannot refund twice.
 */
export async function refundPayment(paymentIntentId: string, orderId: string): Promise<string> {
  const refund = await stripe().refunds.create(
    { payment_intent: paymentIntentId, reverse_transfer: true, refund_application_fee: true, metadata: { orderId } },
    { idempotencyKey: `refund-order-${orderId}` },
  );
  return refund.id;
}
