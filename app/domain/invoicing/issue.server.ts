import type { EhfPurpose, KidAlgorithm } from "~/generated/prisma/enums";
import type { Prisma } from "~/generated/prisma/client";
import { ok, type Refusal, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { addDays, dayToStored, osloToday, storedDay } from "~/lib/dates";
import { env } from "~/lib/env.server";
import { VAT_RATE_BASIS_POINTS } from "~/domain/procurement/money";
import { documentTotals } from "./amounts";
import { documentTexts } from "./document-texts";
import { makeKid } from "./kid";
import { nextInvoiceNumber, PLATFORM_SUPPLIER_KEY } from "./numbering.server";
import { EHF_CURRENCY, type UblDocument, type UblParty, type UblPayment } from "./ubl-types";
import { writeUbl, type UblRefusal } from "./ubl-write";

/**
 * Issues the EHF documents of an order (docs/decisions/0018). When the buyer accepts the delivery,
 * the supplier invoices the buyer for the task and the platform invoices the supplier for its fee;
 * when an invoiced order is cancelled, each invoice gets a credit note that references it. Every
 * document is written once, numbered in its issuer's gapless series in the same transaction, put in
 * the Peppol outbox, and never changed afterwards (nothing updates a document).
 */

/** Days from the issue date to the due date. */
export const PAYMENT_TERMS_DAYS = 30;

export type InvoicingRefusal = UblRefusal;

const orderSelect = {
  id: true,
  buyerId: true,
  companyId: true,
  amountExVatOre: true,
  platformFeeOre: true,
  buyerReference: true,
  quote: { select: { task: { select: { title: true } } } },
  buyer: { select: { orgNumber: true, name: true } },
  company: { select: { orgNumber: true, name: true, paymentDetails: true } },
} as const;
type OrderForInvoice = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

type Issued = { id: string; number: number };

function platformParty(): UblParty {
  const e = env();
  return {
    orgNumber: e.PLATFORM_ORG_NUMBER,
    name: e.PLATFORM_LEGAL_NAME,
    vatRegistered: true,
    foretaksregisteret: true,
  };
}

function companyParty(o: OrderForInvoice): UblParty {
  return {
    orgNumber: o.company.orgNumber,
    name: o.company.name,
    vatRegistered: true,
    foretaksregisteret: o.company.paymentDetails?.foretaksregisteret ?? true,
  };
}

/** Buyers are receivers only: their VAT and register status are not part of the invoice. */
const receiverParty = (org: { orgNumber: string; name: string }): UblParty => ({
  orgNumber: org.orgNumber,
  name: org.name,
  vatRegistered: false,
  foretaksregisteret: false,
});

function payment(accountNumber: string, kidAlgorithm: KidAlgorithm | null, number: number): UblPayment {
  return kidAlgorithm ? { accountNumber, kid: makeKid(number, kidAlgorithm) } : { accountNumber };
}

/** What one purpose of an order invoices: who to whom, for what, paid where. */
function invoiceShape(o: OrderForInvoice, purpose: EhfPurpose) {
  const task = o.quote.task.title;
  if (purpose === "ORDER") {
    const details = o.company.paymentDetails;
    return {
      supplierKey: o.companyId,
      receiverId: o.buyerId,
      supplier: companyParty(o),
      customer: receiverParty(o.buyer),
      buyerReference: o.buyerReference ?? undefined,
      note: documentTexts.orderNote,
      line: { name: task, netOre: o.amountExVatOre },
      pay: details ? (n: number) => payment(details.accountNumber, details.kidAlgorithm, n) : null,
    };
  }
  return {
    supplierKey: PLATFORM_SUPPLIER_KEY,
    receiverId: o.companyId,
    supplier: platformParty(),
    customer: receiverParty(o.company),
    buyerReference: undefined,
    note: documentTexts.feeDescription,
    line: { name: documentTexts.feeLine(task), netOre: o.platformFeeOre },
    pay: (n: number) => payment(env().PLATFORM_ACCOUNT_NUMBER, "MOD10", n),
  };
}

/**
 * Writes and stores one invoice in its issuer's series. Idempotent per order and purpose: an
 * order's invoice that exists is returned as it is.
 */
async function issueInvoice(
  tx: Prisma.TransactionClient,
  o: OrderForInvoice,
  purpose: EhfPurpose,
  today: string,
  currency: string,
): Promise<Result<Issued, InvoicingRefusal>> {
  const existing = await tx.ehfDocument.findUnique({
    where: { orderId_purpose_kind: { orderId: o.id, purpose, kind: "INVOICE" } },
    select: { id: true, number: true },
  });
  if (existing) return ok(existing);
  const shape = invoiceShape(o, purpose);
  const number = await nextInvoiceNumber(tx, shape.supplierKey);
  const pay = shape.pay?.(number);
  const doc: UblDocument = {
    kind: "INVOICE",
    number: String(number),
    issueDate: today,
    dueDate: addDays(today, PAYMENT_TERMS_DAYS),
    currency,
    buyerReference: shape.buyerReference,
    orderReference: o.id,
    note: shape.note,
    supplier: shape.supplier,
    customer: shape.customer,
    payment: pay,
    lines: [{ id: "1", name: shape.line.name, netOre: shape.line.netOre, vatRateBasisPoints: VAT_RATE_BASIS_POINTS }],
  };
  return store(tx, o.id, purpose, shape.supplierKey, shape.receiverId, doc, null);
}

async function store(
  tx: Prisma.TransactionClient,
  orderId: string,
  purpose: EhfPurpose,
  supplierKey: string,
  receiverId: string,
  doc: UblDocument,
  creditsId: string | null,
): Promise<Result<Issued, InvoicingRefusal>> {
  const xml = writeUbl(doc);
  if (!xml.ok) return xml;
  const totals = documentTotals(doc.lines);
  const created = await tx.ehfDocument.create({
    data: {
      orderId,
      kind: doc.kind,
      purpose,
      supplierKey,
      receiverId,
      number: Number(doc.number),
      issueDate: dayToStored(doc.issueDate),
      dueDate: doc.dueDate ? dayToStored(doc.dueDate) : null,
      amountExVatOre: totals.lineTotalOre,
      vatOre: totals.vatTotalOre,
      totalOre: totals.totalOre,
      kid: doc.payment?.kid ?? null,
      creditsId,
      xml: xml.value,
      outbox: { create: {} },
    },
    select: { id: true, number: true },
  });
  return ok(created);
}

/** Both invoices of an accepted order, in one transaction (a failure leaves no number used). */
export async function issueOrderInvoices(
  db: Db,
  orderId: string,
  options: { today?: string; currency?: string } = {},
): Promise<Result<{ invoice: Issued; feeInvoice: Issued | null }, InvoicingRefusal>> {
  const today = options.today ?? osloToday();
  const currency = options.currency ?? EHF_CURRENCY;
  return db
    .$transaction(async (tx) => {
      // Two issuers of one order (a retried acceptance, two instances): the second waits here and then
      // finds the first one's documents instead of taking a number it would have to give back.
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
      const o = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: orderSelect });
      // A refusal after a number was taken rolls the transaction back, which gives the number back.
      const invoice = await issueInvoice(tx, o, "ORDER", today, currency);
      if (!invoice.ok) throw new RefusedInTransaction(invoice);
      // No fee, no fee invoice (a platform that charges 0 % has nothing to invoice).
      const fee = o.platformFeeOre > 0 ? await issueInvoice(tx, o, "PLATFORM_FEE", today, currency) : null;
      if (fee && !fee.ok) throw new RefusedInTransaction(fee);
      return ok({ invoice: invoice.value, feeInvoice: fee?.value ?? null });
    })
    .catch((err: unknown) => {
      if (err instanceof RefusedInTransaction) return err.refusal;
      throw err;
    });
}

/** Carries a refusal out of a transaction so that the transaction rolls back. */
class RefusedInTransaction extends Error {
  constructor(readonly refusal: Refusal<InvoicingRefusal>) {
    super(refusal.reason);
  }
}

/**
 * A credit note for every invoice of the order that has none yet, each in its issuer's series and
 * referencing the invoice it credits (number and issue date). Idempotent.
 */
export async function creditOrderInvoices(
  db: Db,
  orderId: string,
  options: { today?: string } = {},
): Promise<Result<Issued[], InvoicingRefusal>> {
  const today = options.today ?? osloToday();
  return db
    .$transaction(async (tx) => {
      // Two issuers of one order (a retried acceptance, two instances): the second waits here and then
      // finds the first one's documents instead of taking a number it would have to give back.
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
      const o = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: orderSelect });
      const invoices = await tx.ehfDocument.findMany({
        where: { orderId, kind: "INVOICE", creditedBy: null },
        orderBy: { purpose: "asc" },
      });
      const issued: Issued[] = [];
      for (const inv of invoices) {
        const shape = invoiceShape(o, inv.purpose);
        const number = await nextInvoiceNumber(tx, inv.supplierKey);
        const doc: UblDocument = {
          kind: "CREDIT_NOTE",
          number: String(number),
          issueDate: today,
          currency: EHF_CURRENCY,
          buyerReference: shape.buyerReference,
          orderReference: o.id,
          credits: { number: String(inv.number), issueDate: storedDay(inv.issueDate) },
          note: documentTexts.creditNote(String(inv.number)),
          supplier: shape.supplier,
          customer: shape.customer,
          lines: [
            { id: "1", name: shape.line.name, netOre: inv.amountExVatOre, vatRateBasisPoints: VAT_RATE_BASIS_POINTS },
          ],
        };
        const stored = await store(tx, o.id, inv.purpose, inv.supplierKey, inv.receiverId, doc, inv.id);
        if (!stored.ok) throw new RefusedInTransaction(stored);
        issued.push(stored.value);
      }
      return ok(issued);
    })
    .catch((err: unknown) => {
      if (err instanceof RefusedInTransaction) return err.refusal;
      throw err;
    });
}

/**
 * Orders accepted without their invoice (an issue that failed after the acceptance was saved): the
 * scheduled Peppol job issues them, so every accepted order ends up invoiced.
 */
export async function issueMissingInvoices(db: Db, limit = 50): Promise<number> {
  const orders = await db.order.findMany({
    where: {
      status: { in: ["ACCEPTED", "PAID"] },
      ehfDocuments: { none: { kind: "INVOICE", purpose: "ORDER" } },
    },
    select: { id: true },
    take: limit,
  });
  let issued = 0;
  for (const o of orders) if ((await issueOrderInvoices(db, o.id)).ok) issued++;
  return issued;
}
