import type Stripe from "stripe";
import type { Db } from "~/lib/db.server";
import type { Actor } from "./connect.server";
import { stripe } from "./stripe.server";

/**
 * Payment by invoice, as municipalities pay: a Stripe invoice to the buyer with a due date, the
 * platform's fee kept and the rest transferred to the company. Returns the hosted invoice's URL;
 * null when the order is not this buyer's or not payable now.
 */
export async function sendInvoice(db: Db, buyer: Actor, orderId: string, daysUntilDue = 30): Promise<string | null> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { quote: { select: { task: { select: { title: true } } } }, buyer: { select: { name: true, orgNumber: true } }, company: { select: { stripeAccount: true } } } });
  if (!order || order.buyerId !== buyer.organizationId || order.status !== "ACCEPTED" || !order.company.stripeAccount) return null;
  const customer = await stripe().customers.create({ name: order.buyer.name, metadata: { organizationId: order.buyerId, orgNumber: order.buyer.orgNumber } });
  const invoice = await stripe().invoices.create({
    customer: customer.id,
    collection_method: "send_invoice",
    days_until_due: daysUntilDue,
    currency: "nok",
    application_fee_amount: order.platformFeeOre,
    transfer_data: { destination: order.company.stripeAccount.stripeAccountId },
    metadata: { orderId },
  });
  await stripe().invoiceItems.create({ customer: customer.id, invoice: invoice.id, amount: order.totalOre, currency: "nok", description: order.quote.task.title });
  const finalized = await stripe().invoices.finalizeInvoice(invoice.id ?? "");
  await stripe().invoices.sendInvoice(finalized.id ?? "");
  await db.order.update({ where: { id: orderId }, data: { paymentMethod: "INVOICE", stripeInvoiceId: finalized.id } });
  return finalized.hosted_invoice_url ?? null;
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
