import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import type { DisputeStatus, OrderSide } from "~/generated/prisma/enums";
import { auditBy, recordAudit } from "~/domain/audit/audit.server";
import { mailMembers } from "~/domain/notifications/notifications.server";
import { creditOrderInvoices } from "~/domain/invoicing/issue.server";
import { refundPayment } from "~/domain/payments/refunds.server";
import { stripeFailure } from "~/domain/payments/stripe.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { ProcurementRefusal } from "~/i18n/procurement.nb";
import type { Db } from "~/lib/db.server";
import { procurementNoticeMail } from "~/lib/mail-templates.server";
import { AFTER_ACCEPTANCE, BEFORE_ACCEPTANCE, UNRESOLVED } from "./order-lifecycle";
import { otherParty, sideOf, type Side } from "./order-side";

/**
 * Money moves back only by agreement (docs/decisions/0010, "Cancellation and disputes").
 * Before the buyer has accepted the delivery, an admin of either side cancels with a reason.
 * From acceptance on (ACCEPTED, PAID) neither side can: an admin of one side opens a dispute, an
 * admin of the other side agrees (the order is cancelled, and refunded if paid) or declines, and
 * the platform admin may decide an open or declined dispute either way. Every step keeps who, when
 * and why, and is written to the audit log (ids only; the reasons stay on the dispute row).
 */

export type CancelOutcome = Result<null, ProcurementRefusal>;

const sideKey = (side: OrderSide): Side => (side === "BUYER" ? "buyer" : "company");
const orderSide = (side: Side): OrderSide => (side === "buyer" ? "BUYER" : "COMPANY");

/**
 * An admin of the buyer or of the company, and which side they act for: the domain's own check
 * (the permission table, for that party's organisation), whatever the route let through.
 */
function adminOfSide(actor: Actor, order: { buyerId: string; companyId: string }): Result<Side, ProcurementRefusal> {
  const side = sideOf(actor, order);
  if (!side) return notFound();
  return can(actor, "order:cancel", { organizationId: side === "buyer" ? order.buyerId : order.companyId })
    ? ok(side)
    : refuse("orderAdminsOnly");
}

async function tell(db: Db, organizationIds: string[], orderId: string, origin: string): Promise<void> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { quote: { select: { task: { select: { title: true } } } } },
  });
  if (!order) return;
  // The notice says only that the order has a new status; the page shows the dispute.
  for (const id of organizationIds)
    await mailMembers(db, id, (locale) =>
      procurementNoticeMail(locale, {
        kind: "delivered",
        task: order.quote.task.title,
        link: `${origin}/bestillinger/${orderId}`,
      }),
    );
}

const partyColumns = { id: true, status: true, buyerId: true, companyId: true } as const;

/** The order and the side an admin of one of its parties acts for; not found for anyone else. */
async function adminParty(db: Db, actor: Actor, orderId: string) {
  const order = await db.order.findUnique({ where: { id: orderId }, select: partyColumns });
  if (!order) return notFound();
  const side = adminOfSide(actor, order);
  return side.ok ? ok({ order, side: side.value }) : side;
}

/** Cancellation by one side alone: only before acceptance, and only by an admin of a party. */
export async function cancelOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  reason: string,
  origin: string,
): Promise<CancelOutcome> {
  const party = await adminParty(db, actor, orderId);
  if (!party.ok) return party;
  const { order, side } = party.value;
  if (AFTER_ACCEPTANCE.includes(order.status)) return refuse("orderDisputeRequired");
  // Conditional on a status before acceptance: an acceptance at the same moment wins, and the
  // canceller is told that it now takes a dispute.
  const done = await db.order.updateMany({
    where: { id: orderId, status: { in: [...BEFORE_ACCEPTANCE] } },
    data: { status: "CANCELLED", cancelReason: reason, cancelledAt: new Date() },
  });
  if (done.count !== 1) {
    const now = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } });
    return refuse(AFTER_ACCEPTANCE.includes(now.status) ? "orderDisputeRequired" : "orderChanged");
  }
  await auditBy(db, actor, {
    action: "order.cancel",
    entityType: "Order",
    entityId: orderId,
    metadata: { side, refunded: false },
  });
  await tell(db, [otherParty(side, order)], orderId, origin);
  return ok();
}

/** An admin of one side asks to cancel an accepted or paid order; one unresolved dispute per order. */
export async function openDispute(
  db: Db,
  actor: Actor,
  orderId: string,
  reason: string,
  origin: string,
): Promise<CancelOutcome> {
  const party = await adminParty(db, actor, orderId);
  if (!party.ok) return party;
  const { order, side } = party.value;
  if (!AFTER_ACCEPTANCE.includes(order.status)) return refuse("orderChanged");
  const created = await db.$transaction(async (tx) => {
    // Both sides opening at the same moment: the order row is locked so the second sees the first.
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
    if (await tx.orderDispute.findFirst({ where: { orderId, status: { in: [...UNRESOLVED] } }, select: { id: true } }))
      return null;
    const dispute = await tx.orderDispute.create({
      data: { orderId, openedBySide: orderSide(side), openedByUserId: actor.userId, reason },
    });
    await auditBy(tx, actor, {
      action: "order.dispute.open",
      entityType: "Order",
      entityId: orderId,
      metadata: { disputeId: dispute.id, side },
    });
    return dispute;
  });
  if (!created) return refuse("disputeAlreadyOpen");
  await tell(db, [otherParty(side, order)], orderId, origin);
  return ok();
}

/**
 * Cancels an order after acceptance, refunding it first if it is paid. The refund is keyed per
 * order, so however often this runs, Stripe refunds once. A payment that lands between reading
 * and writing (ACCEPTED → PAID) makes the conditional update miss; the loop then reads again and
 * refunds. Throws what the Stripe SDK throws; the caller turns it into a message.
 */
async function cancelAccepted(db: Db, orderId: string, reason: string): Promise<{ refunded: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const order = await db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { status: true, stripePaymentIntentId: true, refundedAt: true },
    });
    if (order.status === "CANCELLED") return { refunded: Boolean(order.refundedAt) };
    const refundId =
      order.status === "PAID" && order.stripePaymentIntentId && !order.refundedAt
        ? await refundPayment(order.stripePaymentIntentId, orderId)
        : null;
    const done = await db.order.updateMany({
      where: { id: orderId, status: order.status },
      data: {
        status: "CANCELLED",
        cancelReason: reason,
        cancelledAt: new Date(),
        ...(refundId ? { stripeRefundId: refundId, refundedAt: new Date() } : {}),
      },
    });
    if (done.count === 1) {
      // An invoiced order is corrected the one way an issued invoice can be: credit notes.
      await creditOrderInvoices(db, orderId);
      return { refunded: Boolean(refundId ?? order.refundedAt) };
    }
  }
  throw new Error(`order ${orderId} kept changing while it was being cancelled`);
}

type Resolution =
  | { status: "AGREED"; fields: { answeredByUserId: string; answerReason: string; answeredAt: Date } }
  | { status: "DECIDED_CANCEL"; fields: { decidedByUserId: string; decisionReason: string; decidedAt: Date } };

/**
 * Claims the dispute for a cancelling resolution first (a conditional update, so two resolutions
 * at the same moment cannot both act), then cancels and refunds. If Stripe fails the claim is
 * undone: the dispute waits as before, the order is unchanged, and the page shows Stripe's message.
 */
async function resolveByCancelling(
  db: Db,
  disputeId: string,
  from: DisputeStatus,
  resolution: Resolution,
): Promise<Result<{ refunded: boolean }, ProcurementRefusal>> {
  const claimed = await db.orderDispute.updateMany({
    where: { id: disputeId, status: from },
    data: { status: resolution.status, ...resolution.fields },
  });
  if (claimed.count !== 1) return refuse("orderChanged");
  const dispute = await db.orderDispute.findUniqueOrThrow({
    where: { id: disputeId },
    select: { orderId: true, reason: true },
  });
  try {
    const { refunded } = await cancelAccepted(db, dispute.orderId, dispute.reason);
    if (refunded) await db.orderDispute.update({ where: { id: disputeId }, data: { refunded: true } });
    return ok({ refunded });
  } catch (err) {
    const undo =
      resolution.status === "AGREED"
        ? { answeredByUserId: null, answerReason: null, answeredAt: null }
        : { decidedByUserId: null, decisionReason: null, decidedAt: null };
    await db.orderDispute.updateMany({
      where: { id: disputeId, status: resolution.status },
      data: { status: from, ...undo },
    });
    return stripeFailure(err, { orderId: dispute.orderId, disputeId, call: "refunds.create" });
  }
}

/** An admin of the other side agrees (cancel, refund if paid) or declines (the order stands; the platform admin may decide). */
export async function answerDispute(
  db: Db,
  actor: Actor,
  disputeId: string,
  answer: "agree" | "decline",
  reason: string,
  origin: string,
): Promise<CancelOutcome> {
  const dispute = await db.orderDispute.findUnique({
    where: { id: disputeId },
    select: { id: true, status: true, openedBySide: true, order: { select: partyColumns } },
  });
  if (!dispute) return notFound();
  const admin = adminOfSide(actor, dispute.order);
  if (!admin.ok) return admin;
  if (admin.value === sideKey(dispute.openedBySide)) return refuse("disputeOwn");
  if (dispute.status !== "OPEN") return refuse("orderChanged");
  const fields = { answeredByUserId: actor.userId, answerReason: reason, answeredAt: new Date() };
  let refunded = false;
  if (answer === "decline") {
    const done = await db.orderDispute.updateMany({
      where: { id: disputeId, status: "OPEN" },
      data: { status: "DECLINED", ...fields },
    });
    if (done.count !== 1) return refuse("orderChanged");
  } else {
    const outcome = await resolveByCancelling(db, disputeId, "OPEN", { status: "AGREED", fields });
    if (!outcome.ok) return outcome;
    refunded = outcome.value.refunded;
  }
  await auditBy(db, actor, {
    action: `order.dispute.${answer}`,
    entityType: "Order",
    entityId: dispute.order.id,
    metadata: { disputeId, side: admin.value, refunded },
  });
  await tell(db, [otherParty(admin.value, dispute.order)], dispute.order.id, origin);
  return ok();
}

/**
 * The platform admin decides an open or declined dispute: cancel (refund if paid) or keep the
 * order as it is. The decider is a person, not a member acting for an organisation; whether they
 * are a platform admin is read from their account here, whatever the route let through.
 */
export async function decideDispute(
  db: Db,
  decider: Pick<Actor, "userId">,
  disputeId: string,
  decision: "cancel" | "keep",
  reason: string,
  origin: string,
): Promise<CancelOutcome> {
  const user = await db.user.findUnique({ where: { id: decider.userId }, select: { isPlatformAdmin: true } });
  if (!user?.isPlatformAdmin) return refuse("disputeDecidersOnly");
  const dispute = await db.orderDispute.findUnique({
    where: { id: disputeId },
    select: { id: true, status: true, order: { select: { id: true, buyerId: true, companyId: true } } },
  });
  if (!dispute) return notFound();
  if (!UNRESOLVED.includes(dispute.status)) return refuse("orderChanged");
  const fields = { decidedByUserId: decider.userId, decisionReason: reason, decidedAt: new Date() };
  let refunded = false;
  if (decision === "keep") {
    const done = await db.orderDispute.updateMany({
      where: { id: disputeId, status: dispute.status },
      data: { status: "DECIDED_KEEP", ...fields },
    });
    if (done.count !== 1) return refuse("orderChanged");
  } else {
    const outcome = await resolveByCancelling(db, disputeId, dispute.status, { status: "DECIDED_CANCEL", fields });
    if (!outcome.ok) return outcome;
    refunded = outcome.value.refunded;
  }
  await recordAudit(db, {
    actorUserId: decider.userId,
    actorOrganizationId: null,
    action: "order.dispute.decide",
    entityType: "Order",
    entityId: dispute.order.id,
    metadata: { disputeId, decision, refunded },
  });
  await tell(db, [dispute.order.buyerId, dispute.order.companyId], dispute.order.id, origin);
  return ok();
}

export type DisputeView = {
  id: string;
  status: DisputeStatus;
  openedBySide: "buyer" | "company";
  openedBy: string;
  openedAt: string;
  reason: string;
  answeredBy: string | null;
  answerReason: string | null;
  answeredAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  decidedAt: string | null;
  refunded: boolean;
};

const disputeColumns = {
  id: true,
  status: true,
  openedBySide: true,
  openedByUserId: true,
  openedAt: true,
  reason: true,
  answeredByUserId: true,
  answerReason: true,
  answeredAt: true,
  decidedByUserId: true,
  decisionReason: true,
  decidedAt: true,
  refunded: true,
} as const;

async function toViews(
  db: Db,
  rows: {
    id: string;
    status: DisputeStatus;
    openedBySide: OrderSide;
    openedByUserId: string;
    openedAt: Date;
    reason: string;
    answeredByUserId: string | null;
    answerReason: string | null;
    answeredAt: Date | null;
    decidedByUserId: string | null;
    decisionReason: string | null;
    decidedAt: Date | null;
    refunded: boolean;
  }[],
): Promise<DisputeView[]> {
  const ids = [
    ...new Set(
      rows
        .flatMap((r) => [r.openedByUserId, r.answeredByUserId, r.decidedByUserId])
        .filter((x): x is string => Boolean(x)),
    ),
  ];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const name = (id: string | null) => (id ? (names.get(id) ?? "") : null);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    openedBySide: sideKey(r.openedBySide),
    openedBy: names.get(r.openedByUserId) ?? "",
    openedAt: r.openedAt.toISOString(),
    reason: r.reason,
    answeredBy: name(r.answeredByUserId),
    answerReason: r.answerReason,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    decidedBy: name(r.decidedByUserId),
    decisionReason: r.decisionReason,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    refunded: r.refunded,
  }));
}

/** The disputes of an order both sides see on its page, oldest first (the caller has checked the reader is a party). */
export async function listOrderDisputes(db: Db, orderId: string): Promise<DisputeView[]> {
  return toViews(
    db,
    await db.orderDispute.findMany({ where: { orderId }, orderBy: { openedAt: "asc" }, select: disputeColumns }),
  );
}

/** The platform admin's list: disputes waiting for the other side or for a decision, oldest first. */
export async function listUnresolvedDisputes(db: Db) {
  const rows = await db.orderDispute.findMany({
    where: { status: { in: [...UNRESOLVED] } },
    orderBy: { openedAt: "asc" },
    take: 200,
    select: {
      ...disputeColumns,
      order: {
        select: {
          id: true,
          status: true,
          totalOre: true,
          quote: { select: { task: { select: { title: true } } } },
          buyer: { select: { name: true } },
          company: { select: { name: true } },
        },
      },
    },
  });
  const views = new Map((await toViews(db, rows)).map((v) => [v.id, v]));
  return rows.flatMap((r) => {
    const view = views.get(r.id);
    return view
      ? [
          {
            ...view,
            order: {
              id: r.order.id,
              status: r.order.status,
              totalOre: r.order.totalOre,
              task: r.order.quote.task.title,
              buyer: r.order.buyer.name,
              company: r.order.company.name,
            },
          },
        ]
      : [];
  });
}
