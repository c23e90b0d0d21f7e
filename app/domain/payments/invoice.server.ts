import type Stripe from "stripe";
import type { Actor } from "~/auth/actor";
import { ok } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { payableOrder, type PaymentStart } from "./checkout.server";
import { stripe, stripeFailure, stripeRefusal } from "./stripe.server";

/**
 * Payment by invoice, as municipalities pay: a Stripe invoice to the buyer with a due date, the
 * platform's fee kept and the rest transferred to the company. Returns the hosted invoice's URL.
 * Several calls make one invoice; when one fails, the invoice made so far is taken back (a draft
 * deleted, an open one voided) and the order is left as it was, so a second try starts clean.
 */
export async function sendInvoice(db: Db, buyer: Actor, orderId: string, daysUntilDue = 30): Promise<PaymentStart> {
  const payable = payableOrder(
    buyer,
    await db.order.findUnique({
      where: { id: orderId },
      include: {
        quote: { select: { task: { select: { title: true } } } },
        buyer: { select: { name: true, orgNumber: true } },
        company: { select: { stripeAccount: true } },
        controls: { select: { status: true, documentation: true } },
      },
    }),
  );
  if (!payable.ok) return payable;
  const { destination, ...order } = payable.value;
  let invoice: Stripe.Invoice | null = null;
  let finalized: Stripe.Invoice;
  try {
    const customer = await stripe().customers.create({
      name: order.buyer.name,
      metadata: { organizationId: order.buyerId, orgNumber: order.buyer.orgNumber },
    });
    invoice = await stripe().invoices.create({
      customer: customer.id,
      collection_method: "send_invoice",
      days_until_due: daysUntilDue,
      currency: "nok",
      application_fee_amount: order.platformFeeOre,
      transfer_data: { destination },
      metadata: { orderId },
    });
    await stripe().invoiceItems.create({
      customer: customer.id,
      invoice: invoice.id,
      amount: order.totalOre,
      currency: "nok",
      description: order.quote.task.title,
    });
    finalized = await stripe().invoices.finalizeInvoice(invoice.id ?? "");
    invoice = finalized;
    await stripe().invoices.sendInvoice(finalized.id ?? "");
  } catch (err) {
    const failure = stripeFailure(err, { orderId, call: "invoices" });
    if (invoice?.id) await takeBack(invoice, orderId);
    return failure;
  }
  await db.order.update({ where: { id: orderId }, data: { paymentMethod: "INVOICE", stripeInvoiceId: finalized.id } });
  return finalized.hosted_invoice_url
    ? ok({ url: finalized.hosted_invoice_url })
    : stripeRefusal("Stripe returned an invoice without a payment page.");
}

/** Best effort: an invoice that was not sent must not be payable later. A failure here is logged. */
async function takeBack(invoice: Stripe.Invoice, orderId: string): Promise<void> {
  try {
    if (invoice.status === "draft") await stripe().invoices.del(invoice.id ?? "");
    else await stripe().invoices.voidInvoice(invoice.id ?? "");
  } catch (err) {
    logger.error(
      { orderId, invoiceId: invoice.id, err: err instanceof Error ? err.message : String(err) },
      "unsent invoice could not be taken back",
    );
  }
}

/**
 * The payment intent that paid an invoice. Since API version 2025-03-31 an invoice no longer
 * names it directly; it is in the `payments` list, which must be expanded.
 */
export function paidPaymentIntent(invoice: Stripe.Invoice): string | null {
  const paid = invoice.payments?.data.find((p) => p.status === "paid" && p.payment.type === "payment_intent");
  const pi = paid?.payment.payment_intent;
  return typeof pi === "string" ? pi : (pi?.id ?? null);
}
