import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy, recordAudit } from "~/domain/audit/audit.server";
import { spreadsheetCsv } from "~/domain/exports/spreadsheet-csv";
import { mailMembers } from "~/domain/notifications/notifications.server";
import type { Db } from "~/lib/db.server";
import type { ServiceArea } from "~/generated/prisma/enums";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { ProcurementRefusal } from "~/i18n/procurement.nb";
import { dayToStored, osloDay, osloToday, storedDay } from "~/lib/dates";
import { env } from "~/lib/env.server";
import { procurementNoticeMail } from "~/lib/mail-templates.server";
import { isCleaningTask } from "~/domain/registers/cleaning";
import { cleaningApproval, storedEntityRefusal } from "~/domain/registers/registers.server";
import { issueOrderInvoices } from "~/domain/invoicing/issue.server";
import { orderAmounts, vatOf } from "./money";
import type { OrderStep } from "./order-schema";
import { moves } from "./order-lifecycle";
import { otherParty, sideOf } from "./order-side";
import { unconfirmedTerms } from "./contract-terms";
import { holdOn } from "./order-lifecycle";
import type { ReservedStanding } from "./reserved-contracts";
import {
  hmsHoldOf,
  orderHoldFacts,
  reservedStandingOf,
  reservedStandingsOf,
  workersForQuotes,
  type WorkerView,
} from "./serious.server";
import { documentStatuses, missingRequired, type DocumentKind, type DocumentStatus } from "./supplier-documents";

export type QuoteInput = {
  priceExVatOre: number;
  deliveryPlan: string;
  teamSize: number;
  participantsInMeasure: number;
  startDate: string;
  /** The task's contract terms the supplier confirms; every one of them is needed (none: a task without terms) */
  confirmedTerms?: string[];
};

const notify = (db: Db, organizationId: string, n: Parameters<typeof procurementNoticeMail>[1]) =>
  mailMembers(db, organizationId, (locale) => procurementNoticeMail(locale, n));

/**
 * A quote on a published task before its quote deadline (Oslo date). A reserved contract takes
 * quotes from inclusion companies with a current declaration only (docs/decisions/0016); every
 * contract term of the task must be confirmed; a buyer never quotes on its own task. A company that
 * Enhetsregisteret last called bankrupt, deleted or in liquidation may not quote, and a cleaning
 * task takes quotes only from companies Renholdsregisteret approves today (asked now, stored).
 */
export async function submitQuote(
  db: Db,
  actor: Actor,
  taskId: string,
  input: QuoteInput,
): Promise<Result<{ id: string }, ProcurementRefusal>> {
  if (!can(actor, "quote:create")) return notFound();
  const task = await db.opening.findFirst({
    where: { id: taskId, kind: "TASK", status: "PUBLISHED" },
    select: {
      id: true,
      organizationId: true,
      reservedForInclusion: true,
      quoteDeadline: true,
      contractTerms: true,
      serviceArea: true,
      occupationCode: true,
    },
  });
  if (!task) return notFound();
  if (task.organizationId === actor.organizationId) return refuse("quoteOwnTask");
  if (task.quoteDeadline && storedDay(task.quoteDeadline) < osloToday()) return refuse("quoteDeadlinePassed");
  if (task.reservedForInclusion && !can(actor, "quote:reserved")) return refuse("quoteReservedForInclusion");
  // The law's absolute bars first (a bankrupt company, cleaning without Arbeidstilsynet's
  // approval), then the rules of this competition: the reserved-contract standing, the terms.
  const registers = await registersAllowQuote(db, actor.organizationId, task);
  if (!registers.ok) return registers;
  if (task.reservedForInclusion) {
    const standing = await reservedStandingOf(db, actor.organizationId);
    if (standing.problem) return refuse(standing.problem, reservedDetail(standing));
  }
  const confirmed = input.confirmedTerms ?? [];
  if (unconfirmedTerms(task.contractTerms, confirmed).length)
    return refuse("quoteTermsUnconfirmed", { field: "confirmedTerms" });
  const existing = await db.quote.findUnique({
    where: { taskId_companyId: { taskId, companyId: actor.organizationId } },
    select: { id: true, status: true },
  });
  if (existing && existing.status !== "WITHDRAWN") return refuse("quoteDuplicate");
  const data = {
    createdById: actor.userId,
    priceExVatOre: input.priceExVatOre,
    vatOre: vatOf(input.priceExVatOre),
    deliveryPlan: input.deliveryPlan,
    teamSize: input.teamSize,
    participantsInMeasure: input.participantsInMeasure,
    startDate: dayToStored(input.startDate),
    confirmedTerms: task.contractTerms.filter((term) => confirmed.includes(term)),
  };
  // One row per company and task: a withdrawn quote is replaced by the new one.
  const quote = existing
    ? await db.quote.update({
        where: { id: existing.id },
        data: { ...data, status: "SUBMITTED", createdAt: new Date() },
      })
    : await db.quote.create({ data: { ...data, taskId, companyId: actor.organizationId } });
  await auditBy(db, actor, { action: "quote.submit", entityType: "Quote", entityId: quote.id });
  return ok({ id: quote.id });
}

/** What the public registers say against this company quoting on this task. */
async function registersAllowQuote(
  db: Db,
  companyId: string,
  task: { serviceArea: ServiceArea | null; occupationCode: string },
): Promise<Result<null, ProcurementRefusal>> {
  const standing = await storedEntityRefusal(db, companyId);
  if (standing) return refuse(standing);
  if (isCleaningTask(task)) {
    const approval = await cleaningApproval(db, companyId);
    if (!approval.ok) return approval;
  }
  return ok();
}

/** The placeholders of a reserved-contract refusal: the share and the last valid day, when declared. */
function reservedDetail(standing: ReservedStanding): { detail?: Record<string, string | number> } {
  return standing.declaration
    ? { detail: { percent: standing.declaration.staffSharePercent, until: standing.validUntil ?? "" } }
    : {};
}

/** A published task as the quote form shows it; not found when it is not a published task. */
export async function taskForQuote(
  db: Db,
  taskId: string,
): Promise<
  Result<{ id: string; title: string; reservedForInclusion: boolean; quoteDeadline: string | null; cleaning: boolean }>
> {
  const task = await db.opening.findFirst({
    where: { id: taskId, kind: "TASK", status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      reservedForInclusion: true,
      quoteDeadline: true,
      occupationCode: true,
      serviceArea: true,
    },
  });
  if (!task) return notFound();
  const { occupationCode, serviceArea, ...shown } = task;
  return ok({
    ...shown,
    quoteDeadline: storedDay(task.quoteDeadline),
    cleaning: isCleaningTask({ occupationCode, serviceArea }),
  });
}

/** The company takes back its own quote while the task is still open for award. */
export async function withdrawQuote(db: Db, actor: Actor, quoteId: string): Promise<Result<null, ProcurementRefusal>> {
  const quote = await db.quote.findUnique({ where: { id: quoteId }, select: { companyId: true } });
  if (!quote || !can(actor, "quote:create", { organizationId: quote.companyId })) return notFound();
  const done = await db.quote.updateMany({
    where: { id: quoteId, status: "SUBMITTED" },
    data: { status: "WITHDRAWN" },
  });
  if (done.count !== 1) return refuse("quoteNotWithdrawable");
  await auditBy(db, actor, { action: "quote.withdraw", entityType: "Quote", entityId: quoteId });
  return ok();
}

/** The company's own quotes with their task, newest first. */
export function listOwnQuotes(db: Db, company: Actor) {
  return db.quote.findMany({
    where: { companyId: company.organizationId },
    orderBy: { createdAt: "desc" },
    take: 500,
    include: {
      task: { select: { id: true, title: true, quoteDeadline: true, status: true } },
      order: { select: { id: true, status: true } },
    },
  });
}

export type QuoteForBuyer = {
  id: string;
  company: string;
  companyKind: string;
  priceExVatOre: number;
  vatOre: number;
  deliveryPlan: string;
  teamSize: number;
  participantsInMeasure: number;
  startDate: string;
  status: string;
  documents: DocumentStatus[];
  missing: DocumentKind[];
  staffInMeasurePercent: number | null;
  /** The supplier's reserved-contract standing today (shown whether or not the task is reserved) */
  reserved: ReservedStanding;
  confirmedTerms: string[];
  workers: WorkerView[];
  payoutsEnabled: boolean;
  /** Cleaning tasks: the newest Renholdsregisteret answer about the company, and when it was asked */
  cleaningCheck: { outcome: string; checkedAt: string } | null;
};

export type TaskQuotes = {
  task: {
    id: string;
    title: string;
    requiredDocuments: string[];
    reservedForInclusion: boolean;
    awarded: boolean;
    cleaning: boolean;
    contractTerms: string[];
    serviceArea: ServiceArea | null;
  };
  quotes: QuoteForBuyer[];
};

/** What of a task the award rules read: its documents, reservation, kind of work and terms. */
const taskRulesSelect = {
  id: true,
  title: true,
  organizationId: true,
  requiredDocuments: true,
  reservedForInclusion: true,
  occupationCode: true,
  contractTerms: true,
  serviceArea: true,
} as const;

/** The buyer's side-by-side comparison; not found when the task is another organisation's. */
export async function listQuotesForTask(db: Db, buyer: Actor, taskId: string): Promise<Result<TaskQuotes>> {
  const task = await db.opening.findFirst({
    where: { id: taskId, kind: "TASK" },
    select: taskRulesSelect,
  });
  if (!task || !can(buyer, "quote:award", { organizationId: task.organizationId })) return notFound();
  const cleaning = isCleaningTask(task);
  const quotes = await db.quote.findMany({
    where: { taskId },
    orderBy: { priceExVatOre: "asc" },
    include: {
      company: {
        select: {
          name: true,
          kind: true,
          staffInMeasurePercent: true,
          supplierDocuments: true,
          stripeAccount: { select: { payoutsEnabled: true } },
        },
      },
    },
  });
  const today = osloToday();
  const cleaningChecks = cleaning
    ? await db.registerCheck.findMany({
        where: { organizationId: { in: quotes.map((q) => q.companyId) }, register: "RENHOLDSREGISTERET" },
        orderBy: { checkedAt: "desc" },
        distinct: ["organizationId"],
        select: { organizationId: true, outcome: true, checkedAt: true },
      })
    : [];
  const cleaningCheckOf = (companyId: string) => {
    const c = cleaningChecks.find((check) => check.organizationId === companyId);
    return c ? { outcome: c.outcome, checkedAt: c.checkedAt.toISOString() } : null;
  };
  const workers = await workersForQuotes(
    db,
    quotes.map((q) => q.id),
    today,
  );
  const standings = await reservedStandingsOf(
    db,
    quotes.map((q) => q.companyId),
    today,
  );
  return ok({
    task: {
      id: task.id,
      title: task.title,
      requiredDocuments: task.requiredDocuments,
      reservedForInclusion: task.reservedForInclusion,
      awarded: quotes.some((q) => q.status === "AWARDED"),
      cleaning,
      contractTerms: task.contractTerms,
      serviceArea: task.serviceArea,
    },
    quotes: quotes.map((q) => {
      const documents = documentStatuses(q.company.supplierDocuments, today);
      return {
        id: q.id,
        company: q.company.name,
        companyKind: q.company.kind,
        priceExVatOre: q.priceExVatOre,
        vatOre: q.vatOre,
        deliveryPlan: q.deliveryPlan,
        teamSize: q.teamSize,
        participantsInMeasure: q.participantsInMeasure,
        startDate: storedDay(q.startDate),
        status: q.status,
        documents,
        missing: missingRequired(task.requiredDocuments, documents),
        staffInMeasurePercent: q.company.staffInMeasurePercent,
        reserved: standings.get(q.companyId) ?? {
          ok: false,
          problem: "reservedNoDeclaration",
          validUntil: null,
          declaration: null,
        },
        confirmedTerms: q.confirmedTerms,
        workers: workers.get(q.id) ?? [],
        payoutsEnabled: q.company.stripeAccount?.payoutsEnabled ?? false,
        cleaningCheck: cleaning ? cleaningCheckOf(q.companyId) : null,
      };
    }),
  });
}

/**
 * Awards one quote with a written reason. Refused while a document the task requires is missing
 * or expired (the refusal's `docs` lists their kinds, comma-separated, for the page to name),
 * while a reserved task's supplier has no current declaration, while a cleaning company is not
 * approved in Renholdsregisteret on the day of the award (asked again now: an approval can be
 * withdrawn after the quote), while an assigned worker on a cleaning or building task has no valid
 * HMS card, or while the company cannot receive payouts
 * (a paid order must be payable).
 */
export async function awardQuote(
  db: Db,
  buyer: Actor,
  quoteId: string,
  reason: string,
  origin: string,
  /** The buyer's own reference for its invoice ("innkjøpsreferanse"), written on the EHF invoice */
  buyerReference?: string,
): Promise<Result<{ orderId: string }, ProcurementRefusal>> {
  const quote = await db.quote.findUnique({
    where: { id: quoteId },
    include: {
      task: { select: taskRulesSelect },
      company: { select: { id: true, supplierDocuments: true, stripeAccount: { select: { payoutsEnabled: true } } } },
    },
  });
  if (!quote || !can(buyer, "quote:award", { organizationId: quote.task.organizationId })) return notFound();
  if (await db.quote.findFirst({ where: { taskId: quote.taskId, status: "AWARDED" }, select: { id: true } }))
    return refuse("awardAlreadyAwarded");
  const missing = missingRequired(
    quote.task.requiredDocuments,
    documentStatuses(quote.company.supplierDocuments, osloToday()),
  );
  if (missing.length) return refuse("awardMissingDocuments", { detail: { docs: missing.join(",") } });
  if (quote.task.reservedForInclusion) {
    const standing = await reservedStandingOf(db, quote.companyId);
    if (standing.problem) return refuse(standing.problem, reservedDetail(standing));
  }
  if (isCleaningTask(quote.task)) {
    const approval = await cleaningApproval(db, quote.companyId);
    if (!approval.ok) return approval;
  }
  const hms = await hmsHoldOf(db, quote.id, quote.task);
  if (hms) return refuse(hms.reason, hms.reason === "hmsCardExpired" ? { detail: { workers: hms.workers } } : {});
  if (!quote.company.stripeAccount?.payoutsEnabled) return refuse("awardPayoutsNotEnabled");
  const amounts = orderAmounts(quote.priceExVatOre, env().PLATFORM_FEE_BASIS_POINTS);
  const order = await db.$transaction(async (tx) => {
    // Two buyers' members awarding at once: the task row is locked so the second sees the first award.
    await tx.$queryRaw`SELECT id FROM "Opening" WHERE id = ${quote.taskId} FOR UPDATE`;
    if (await tx.quote.findFirst({ where: { taskId: quote.taskId, status: "AWARDED" }, select: { id: true } }))
      return null;
    const claimed = await tx.quote.updateMany({
      where: { id: quoteId, status: "SUBMITTED" },
      data: { status: "AWARDED" },
    });
    if (claimed.count !== 1) return null;
    await tx.quote.updateMany({
      where: { taskId: quote.taskId, id: { not: quoteId }, status: "SUBMITTED" },
      data: { status: "NOT_AWARDED" },
    });
    const created = await tx.order.create({
      data: {
        quoteId,
        taskId: quote.taskId,
        buyerId: buyer.organizationId,
        companyId: quote.companyId,
        amountExVatOre: amounts.amountExVatOre,
        vatOre: amounts.vatOre,
        totalOre: amounts.totalOre,
        platformFeeOre: amounts.platformFeeOre,
        awardReason: reason,
        buyerReference: buyerReference || null,
      },
    });
    await recordAudit(tx, {
      actorUserId: buyer.userId,
      actorOrganizationId: buyer.organizationId,
      action: "quote.award",
      entityType: "Order",
      entityId: created.id,
      metadata: { quoteId },
    });
    return created;
  });
  if (!order) return refuse("awardAlreadyAwarded");
  await notify(db, quote.companyId, {
    kind: "awarded",
    task: quote.task.title,
    link: `${origin}/bestillinger/${order.id}`,
  });
  const others = await db.quote.findMany({
    where: { taskId: quote.taskId, status: "NOT_AWARDED" },
    select: { companyId: true },
  });
  for (const o of others)
    await notify(db, o.companyId, {
      kind: "notAwarded",
      task: quote.task.title,
      link: `${origin}/oppdrag/${quote.taskId}/tilbud`,
    });
  return ok({ orderId: order.id });
}

/**
 * A step of the order's lifecycle by the party it belongs to. Not found for anyone who is not a
 * party; refused when the step is the other party's, or when the order's status does not allow
 * it now (the refusal names the status the order has).
 */
export async function moveOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  step: OrderStep,
  origin: string,
): Promise<Result<null, ProcurementRefusal>> {
  const move = moves[step];
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { quote: { select: { task: { select: { title: true, serviceArea: true, contractTerms: true } } } } },
  });
  const side = order ? sideOf(actor, order) : null;
  if (!order || !side) return notFound();
  if (side !== move.side) return refuse(move.side === "company" ? "orderForSupplier" : "orderForBuyer");
  const hold = holdOn(step, await orderHoldFacts(db, order, order.quote.task));
  if (hold) return refuse(hold.reason, holdDetail(hold));
  const done = await db.order.updateMany({
    where: { id: orderId, status: { in: [...move.from] } },
    data: { status: move.to, [move.at]: new Date() },
  });
  if (done.count !== 1) {
    const now = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } });
    return refuse("orderStepNotNow", { detail: { status: now.status } });
  }
  await auditBy(db, actor, { action: `order.${step}`, entityType: "Order", entityId: orderId });
  // Acceptance is when the supplier may invoice: the EHF invoice and the platform's fee invoice.
  if (step === "accept") await issueOrderInvoices(db, orderId);
  await notify(db, otherParty(side, order), {
    kind: step === "accept" ? "accepted" : "delivered",
    task: order.quote.task.title,
    link: `${origin}/bestillinger/${orderId}`,
  });
  return ok();
}

/** A hold's placeholders for its message: the first failed control's documentation, or the workers. */
export function holdDetail(hold: NonNullable<ReturnType<typeof holdOn>>): { detail?: Record<string, string> } {
  if (hold.reason === "controlFailed") return { detail: { documentation: hold.documentation.split(",")[0] ?? "" } };
  if (hold.reason === "hmsCardExpired") return { detail: { workers: hold.workers } };
  return {};
}

const orderView = {
  quote: { select: { task: { select: { id: true, title: true } } } },
  buyer: { select: { name: true } },
  company: { select: { name: true } },
} as const;

/** An order for one of its parties, with the side the actor is on; not found for anyone else. */
export async function getOrder(db: Db, actor: Actor, orderId: string) {
  const o = await db.order.findUnique({ where: { id: orderId }, include: orderView });
  const side = o ? sideOf(actor, o) : null;
  return o && side ? ok({ ...o, side }) : notFound();
}

export async function listOrders(db: Db, actor: Actor) {
  return db.order.findMany({
    where: { OR: [{ buyerId: actor.organizationId }, { companyId: actor.organizationId }] },
    // The supplier's invoice to the buyer: both parties know its number (the fee invoice is the supplier's alone).
    include: { ...orderView, ehfDocuments: { where: { kind: "INVOICE", purpose: "ORDER" }, select: { number: true } } },
    orderBy: { awardedAt: "desc" },
    take: 500,
  });
}

/** The order history as CSV for either side: amounts in kroner with two decimals. */
export function ordersCsv(orders: Awaited<ReturnType<typeof listOrders>>): string {
  const kr = (ore: number) => (ore / 100).toFixed(2);
  const day = (d: Date | null) => (d ? osloDay(d) : "");
  return spreadsheetCsv([
    [
      "order",
      "task",
      "buyer",
      "supplier",
      "status",
      "invoice_number",
      "buyer_reference",
      "amount_ex_vat_nok",
      "vat_nok",
      "total_nok",
      "platform_fee_nok",
      "awarded",
      "delivered",
      "accepted",
      "paid",
      "cancelled",
    ],
    ...orders.map((o) => [
      o.id,
      o.quote.task.title,
      o.buyer.name,
      o.company.name,
      o.status,
      o.ehfDocuments[0]?.number ?? "",
      o.buyerReference ?? "",
      kr(o.amountExVatOre),
      kr(o.vatOre),
      kr(o.totalOre),
      kr(o.platformFeeOre),
      day(o.awardedAt),
      day(o.deliveredAt),
      day(o.acceptedAt),
      day(o.paidAt),
      day(o.cancelledAt),
    ]),
  ]);
}

// The Stripe side lives in app/domain/payments; re-exported so that routes import one module.
export { connectStripe } from "~/domain/payments/connect.server";
export { startCheckout } from "~/domain/payments/checkout.server";
export { sendInvoice } from "~/domain/payments/invoice.server";
export {
  answerDispute,
  cancelOrder,
  decideDispute,
  listOrderDisputes,
  listUnresolvedDisputes,
  openDispute,
} from "./cancellation.server";
