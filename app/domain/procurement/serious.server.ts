import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { mailMembers } from "~/domain/notifications/notifications.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { ProcurementRefusal } from "~/i18n/procurement.nb";
import type { Db } from "~/lib/db.server";
import { dayToStored, osloToday, storedDay } from "~/lib/dates";
import { procurementNoticeMail, type ProcurementNotice } from "~/lib/mail-templates.server";
import type { Prisma } from "~/generated/prisma/client";
import { needsHmsCards } from "./contract-terms";
import { blockingControls, CONTROL_MOVES, documentationFor, type DocumentationKind } from "./controls";
import { hmsCardBlocker, workerRetentionCutoff } from "./hms-cards";
import { BEFORE_ACCEPTANCE, holdOn, type Hold } from "./order-lifecycle";
import { sideOf, type Side } from "./order-side";
import type { OrderStatus } from "~/generated/prisma/enums";
import { newestDeclaration, reservedStanding, type ReservedStanding } from "./reserved-contracts";

type Tx = Db | Prisma.TransactionClient;

/**
 * The serious-working-life side of procurement (docs/decisions/0016): reserved-contract
 * declarations, the workers a supplier assigns with their HMS cards, and the buyer's controls
 * during delivery. procurement.server.ts asks these functions at quote, award and each order step.
 */

/** The kind of SupplierDocument that holds a declaration's evidence (annual report, board statement). */
export const RESERVED_EVIDENCE_KIND = "RESERVED_EVIDENCE";

export type DeclarationInput = {
  mainPurposeIntegration: boolean;
  staffSharePercent: number;
  declaredOn: string;
  evidenceReference: string;
  evidenceIssuedOn: string;
};

/**
 * A company admin declares main purpose and staff share, with the evidence document; the newest
 * declaration is the one that counts. The share is also kept on the organisation for the
 * comparison and the statistics.
 */
export async function declareReservedEligibility(
  db: Db,
  actor: Actor,
  input: DeclarationInput,
): Promise<Result<{ id: string }>> {
  if (!can(actor, "supplier:manage")) return notFound();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
  return db.$transaction(async (tx) => {
    const evidence = await tx.supplierDocument.create({
      data: {
        companyId: actor.organizationId,
        kind: RESERVED_EVIDENCE_KIND,
        reference: input.evidenceReference,
        issuedOn: dayToStored(input.evidenceIssuedOn),
      },
    });
    const declaration = await tx.reservedContractDeclaration.create({
      data: {
        companyId: actor.organizationId,
        mainPurposeIntegration: input.mainPurposeIntegration,
        staffSharePercent: input.staffSharePercent,
        declaredOn: dayToStored(input.declaredOn),
        declaredById: actor.userId,
        declaredByName: user.name,
        evidenceDocumentId: evidence.id,
      },
    });
    await tx.organization.update({
      where: { id: actor.organizationId },
      data: { staffInMeasurePercent: input.staffSharePercent },
    });
    await auditBy(tx, actor, {
      action: "supplier.reserved.declare",
      entityType: "ReservedContractDeclaration",
      entityId: declaration.id,
      metadata: { percent: input.staffSharePercent, mainPurpose: input.mainPurposeIntegration },
    });
    return ok({ id: declaration.id });
  });
}

/** Whether a company may take part in a reserved contract on `today`, from its newest declaration. */
export async function reservedStandingOf(
  db: Tx,
  companyId: string,
  today: string = osloToday(),
): Promise<ReservedStanding> {
  const standings = await reservedStandingsOf(db, [companyId], today);
  return standings.get(companyId) ?? reservedStanding(null, today);
}

/** The reserved-contract standing of several companies in one query (the buyer's comparison). */
export async function reservedStandingsOf(
  db: Tx,
  companyIds: readonly string[],
  today: string = osloToday(),
): Promise<Map<string, ReservedStanding>> {
  const rows = await db.reservedContractDeclaration.findMany({
    where: { companyId: { in: [...companyIds] } },
    orderBy: [{ declaredOn: "desc" }, { createdAt: "desc" }],
    include: { evidence: { select: { reference: true } } },
  });
  return new Map(
    companyIds.map((companyId) => {
      const own = rows.filter((r) => r.companyId === companyId).slice(0, 5);
      const newest = newestDeclaration(own.map((r) => ({ ...r, declaredOn: storedDay(r.declaredOn) })));
      const standing = reservedStanding(
        newest && {
          mainPurposeIntegration: newest.mainPurposeIntegration,
          staffSharePercent: newest.staffSharePercent,
          declaredOn: newest.declaredOn,
          declaredByName: newest.declaredByName,
          evidenceReference: newest.evidence.reference,
        },
        today,
      );
      return [companyId, standing] as const;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Assigned workers and their HMS cards

export type WorkerInput = { name: string; cardNumber: string; cardExpiresOn: string };

/** The quote's workers may change while it is open and while its order is not yet accepted. */
async function ownChangeableQuote(db: Db, actor: Actor, quoteId: string) {
  const quote = await db.quote.findUnique({
    where: { id: quoteId },
    select: { id: true, companyId: true, status: true, order: { select: { status: true } } },
  });
  if (!quote || !can(actor, "quote:create", { organizationId: quote.companyId })) return null;
  return quote;
}

const changeable = (q: { status: string; order: { status: (typeof BEFORE_ACCEPTANCE)[number] | string } | null }) =>
  q.order ? (BEFORE_ACCEPTANCE as readonly string[]).includes(q.order.status) : q.status === "SUBMITTED";

export async function assignWorker(
  db: Db,
  actor: Actor,
  quoteId: string,
  input: WorkerInput,
): Promise<Result<{ id: string }, ProcurementRefusal>> {
  const quote = await ownChangeableQuote(db, actor, quoteId);
  if (!quote) return notFound();
  if (!changeable(quote)) return refuse("workersLocked");
  const worker = await db.assignedWorker.create({
    data: {
      quoteId,
      name: input.name,
      cardNumber: input.cardNumber,
      cardExpiresOn: dayToStored(input.cardExpiresOn),
    },
  });
  await auditBy(db, actor, { action: "quote.worker.assign", entityType: "AssignedWorker", entityId: worker.id });
  return ok({ id: worker.id });
}

/** A renewed card: the new expiry (and number, when the card was replaced); the expiry notice may come again. */
export async function renewWorkerCard(
  db: Db,
  actor: Actor,
  workerId: string,
  input: { cardNumber: string; cardExpiresOn: string },
): Promise<Result<null, ProcurementRefusal>> {
  const worker = await db.assignedWorker.findUnique({ where: { id: workerId }, select: { quoteId: true } });
  const quote = worker ? await ownChangeableQuote(db, actor, worker.quoteId) : null;
  if (!quote) return notFound();
  if (!changeable(quote)) return refuse("workersLocked");
  await db.assignedWorker.update({
    where: { id: workerId },
    data: { cardNumber: input.cardNumber, cardExpiresOn: dayToStored(input.cardExpiresOn), expiryNotifiedAt: null },
  });
  await auditBy(db, actor, { action: "quote.worker.renew", entityType: "AssignedWorker", entityId: workerId });
  return ok();
}

export async function removeWorker(db: Db, actor: Actor, workerId: string): Promise<Result<null, ProcurementRefusal>> {
  const worker = await db.assignedWorker.findUnique({ where: { id: workerId }, select: { quoteId: true } });
  const quote = worker ? await ownChangeableQuote(db, actor, worker.quoteId) : null;
  if (!quote) return notFound();
  if (!changeable(quote)) return refuse("workersLocked");
  await db.assignedWorker.delete({ where: { id: workerId } });
  await auditBy(db, actor, { action: "quote.worker.remove", entityType: "AssignedWorker", entityId: workerId });
  return ok();
}

export type WorkerView = { id: string; name: string; cardNumber: string; cardExpiresOn: string; valid: boolean };

async function workersOf(db: Tx, quoteId: string, today: string): Promise<WorkerView[]> {
  const rows = await db.assignedWorker.findMany({ where: { quoteId }, orderBy: { createdAt: "asc" } });
  return rows.map((w) => {
    const cardExpiresOn = storedDay(w.cardExpiresOn);
    return { id: w.id, name: w.name, cardNumber: w.cardNumber, cardExpiresOn, valid: cardExpiresOn >= today };
  });
}

/** What holds an award or a start on a task that needs HMS cards: no workers, or cards that have expired. */
export async function hmsHoldOf(
  db: Tx,
  quoteId: string,
  task: { serviceArea: Parameters<typeof needsHmsCards>[0]["serviceArea"]; contractTerms: string[] },
  today: string = osloToday(),
) {
  const needed = needsHmsCards(task);
  return hmsCardBlocker(needed, needed ? await workersOf(db, quoteId, today) : [], today);
}

/**
 * What the quote page shows a company about a task: its terms, whether it needs HMS cards, the
 * company's reserved standing when the task is reserved, and its own quote with its workers.
 */
export async function quotePageFacts(db: Db, actor: Actor, taskId: string, today: string = osloToday()) {
  const task = await db.opening.findFirst({
    where: { id: taskId, kind: "TASK" },
    select: { title: true, serviceArea: true, contractTerms: true, reservedForInclusion: true },
  });
  if (!task) return null;
  const quote = await db.quote.findUnique({
    where: { taskId_companyId: { taskId, companyId: actor.organizationId } },
    select: { id: true, status: true, confirmedTerms: true, order: { select: { id: true, status: true } } },
  });
  return {
    title: task.title,
    serviceArea: task.serviceArea,
    contractTerms: task.contractTerms,
    needsHmsCards: needsHmsCards(task),
    // Only an inclusion company can be eligible; others get the plain "reserved" refusal instead.
    reserved:
      task.reservedForInclusion && can(actor, "quote:reserved")
        ? await reservedStandingOf(db, actor.organizationId, today)
        : null,
    quote: quote && {
      ...quote,
      workers: await workersOf(db, quote.id, today),
      workersChangeable: changeable(quote),
    },
  };
}

/** The workers of every quote on a task, for the buyer's comparison. */
export async function workersForQuotes(db: Db, quoteIds: string[], today: string = osloToday()) {
  const entries = await Promise.all(quoteIds.map(async (id) => [id, await workersOf(db, id, today)] as const));
  return new Map(entries);
}

// ---------------------------------------------------------------------------------------------
// Controls during delivery

export type ControlView = {
  id: string;
  documentation: string;
  requestNote: string;
  requestedAt: string;
  status: string;
  outcomeNote: string | null;
  outcomeAt: string | null;
  resolvedNote: string | null;
  resolvedAt: string | null;
};

export async function listControls(db: Tx, orderId: string): Promise<ControlView[]> {
  const rows = await db.contractControl.findMany({ where: { orderId }, orderBy: { requestedAt: "asc" } });
  return rows.map((c) => ({
    id: c.id,
    documentation: c.documentation,
    requestNote: c.requestNote,
    requestedAt: c.requestedAt.toISOString(),
    status: c.status,
    outcomeNote: c.outcomeNote,
    outcomeAt: c.outcomeAt?.toISOString() ?? null,
    resolvedNote: c.resolvedNote,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
  }));
}

const noticeBoth = async (db: Db, order: { buyerId: string; companyId: string }, n: ProcurementNotice) => {
  for (const org of [order.buyerId, order.companyId])
    await mailMembers(db, org, (locale) => procurementNoticeMail(locale, n));
};

/** The buyer's order before acceptance, or why not (not a party: not found). */
async function buyersOpenOrder(db: Db, actor: Actor, orderId: string) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { quote: { select: { task: { select: { title: true, contractTerms: true } } } } },
  });
  const side = order ? sideOf(actor, order) : null;
  if (!order || !side) return notFound();
  if (side !== "buyer" || !can(actor, "quote:award", { organizationId: order.buyerId }))
    return refuse("controlForBuyer");
  return ok(order);
}

/**
 * The buyer asks the supplier for documentation of a term (timesheets, pay slips, the apprentice
 * list): only what the task's terms cover, and only until the delivery is accepted.
 */
export async function requestControl(
  db: Db,
  actor: Actor,
  orderId: string,
  input: { documentation: DocumentationKind; note: string },
  origin: string,
): Promise<Result<{ id: string }, ProcurementRefusal>> {
  const found = await buyersOpenOrder(db, actor, orderId);
  if (!found.ok) return found;
  const order = found.value;
  if (!BEFORE_ACCEPTANCE.includes(order.status)) return refuse("orderStepNotNow", { detail: { status: order.status } });
  if (!documentationFor(order.quote.task.contractTerms).includes(input.documentation))
    return refuse("controlNotInTerms", { field: "documentation" });
  const control = await db.contractControl.create({
    data: { orderId, documentation: input.documentation, requestNote: input.note, requestedById: actor.userId },
  });
  await auditBy(db, actor, { action: "order.control.request", entityType: "ContractControl", entityId: control.id });
  await mailMembers(db, order.companyId, (locale) =>
    procurementNoticeMail(locale, {
      kind: "controlRequested",
      task: order.quote.task.title,
      link: `${origin}/bestillinger/${orderId}`,
    }),
  );
  return ok({ id: control.id });
}

/** The buyer records a control's outcome (passed or failed), or that a failed one is put right. */
export async function recordControl(
  db: Db,
  actor: Actor,
  orderId: string,
  controlId: string,
  outcome: keyof typeof CONTROL_MOVES,
  note: string,
  origin: string,
): Promise<Result<null, ProcurementRefusal>> {
  const found = await buyersOpenOrder(db, actor, orderId);
  if (!found.ok) return found;
  const order = found.value;
  const move = CONTROL_MOVES[outcome];
  const at = new Date();
  const data =
    outcome === "resolved"
      ? { status: move.to, resolvedNote: note, resolvedById: actor.userId, resolvedAt: at }
      : { status: move.to, outcomeNote: note, outcomeById: actor.userId, outcomeAt: at };
  const done = await db.contractControl.updateMany({ where: { id: controlId, orderId, status: move.from }, data });
  if (done.count !== 1) {
    const exists = await db.contractControl.findFirst({ where: { id: controlId, orderId }, select: { id: true } });
    return exists ? refuse("controlChanged") : notFound();
  }
  await auditBy(db, actor, {
    action: `order.control.${outcome}`,
    entityType: "ContractControl",
    entityId: controlId,
  });
  if (outcome !== "passed")
    await noticeBoth(db, order, {
      kind: outcome === "failed" ? "controlFailed" : "controlResolved",
      task: order.quote.task.title,
      link: `${origin}/bestillinger/${orderId}`,
    });
  return ok();
}

/** The facts the order's holds are decided from (order-lifecycle holdOn). */
export async function orderHoldFacts(
  db: Tx,
  order: { id: string; quoteId: string },
  task: { serviceArea: Parameters<typeof needsHmsCards>[0]["serviceArea"]; contractTerms: string[] },
  today: string = osloToday(),
) {
  const controls = await db.contractControl.findMany({
    where: { orderId: order.id, status: "FAILED" },
    select: { documentation: true, status: true },
  });
  return { failedControls: blockingControls(controls), hms: await hmsHoldOf(db, order.quoteId, task, today) };
}

// ---------------------------------------------------------------------------------------------
// Scheduled jobs

/**
 * Cards that expire during delivery: both sides are told once per card (renewing it lets the
 * notice come again). Orders not yet started count too: their start is held until renewal.
 */
export async function notifyExpiredCards(db: Db, origin: string, today: string = osloToday()): Promise<number> {
  const expired = await db.assignedWorker.findMany({
    where: {
      cardExpiresOn: { lt: dayToStored(today) },
      expiryNotifiedAt: null,
      quote: { order: { status: { in: ["AWARDED", "IN_DELIVERY", "DELIVERED"] } } },
    },
    select: {
      id: true,
      quote: {
        select: { task: { select: { title: true } }, order: { select: { id: true, buyerId: true, companyId: true } } },
      },
    },
  });
  const byOrder = new Map<string, { ids: string[]; title: string; buyerId: string; companyId: string }>();
  for (const w of expired) {
    const order = w.quote.order;
    if (!order) continue;
    const entry = byOrder.get(order.id) ?? { ids: [], title: w.quote.task.title, ...order };
    entry.ids.push(w.id);
    byOrder.set(order.id, entry);
  }
  for (const [orderId, entry] of byOrder) {
    // Marked first: a mail that fails is not worth a second notice about the same card every minute.
    await db.assignedWorker.updateMany({ where: { id: { in: entry.ids } }, data: { expiryNotifiedAt: new Date() } });
    await noticeBoth(db, entry, { kind: "cardExpired", task: entry.title, link: `${origin}/bestillinger/${orderId}` });
  }
  return expired.length;
}

/**
 * Workers' names and cards go when they are no longer needed: at once for quotes that were not
 * awarded or were withdrawn, three months after an order was paid or cancelled.
 */
export async function applyWorkerRetention(db: Db, today: string = osloToday()): Promise<number> {
  const cutoff = dayToStored(workerRetentionCutoff(today));
  const done = await db.assignedWorker.deleteMany({
    where: {
      OR: [
        { quote: { status: { in: ["NOT_AWARDED", "WITHDRAWN"] } } },
        { quote: { order: { status: "PAID", paidAt: { lt: cutoff } } } },
        { quote: { order: { status: "CANCELLED", cancelledAt: { lt: cutoff } } } },
      ],
    },
  });
  return done.count;
}

/**
 * The serious-working-life part of an order's page, the same facts for both sides: what holds the
 * order now, the assigned workers (on tasks that need HMS cards) and the controls; the buyer also
 * gets the documentation it may ask for.
 */
export async function orderSeriousView(
  db: Db,
  order: { id: string; quoteId: string; status: OrderStatus },
  side: Side,
  today: string = osloToday(),
) {
  const task = await db.quote.findUniqueOrThrow({
    where: { id: order.quoteId },
    select: { task: { select: { id: true, serviceArea: true, contractTerms: true } } },
  });
  const facts = await orderHoldFacts(db, order, task.task, today);
  const holds: Hold[] = [];
  if (order.status === "AWARDED") {
    const start = holdOn("start", facts);
    if (start) holds.push(start);
  }
  if (order.status !== "CANCELLED" && order.status !== "PAID") {
    const accept = holdOn("accept", facts);
    if (accept) holds.push(accept);
  }
  const open = BEFORE_ACCEPTANCE.includes(order.status);
  return {
    side,
    taskId: task.task.id,
    holds,
    workers: needsHmsCards(task.task) ? await workersOf(db, order.quoteId, today) : null,
    controls: await listControls(db, order.id),
    documentation: side === "buyer" && open ? documentationFor(task.task.contractTerms) : [],
    buyerMayRecord: side === "buyer" && order.status !== "CANCELLED",
  };
}
