import type { DisputeStatus, OrderStatus } from "~/generated/prisma/enums";
import type { OrderStep } from "./order-schema";
import type { Side } from "./order-side";

/**
 * An order's lifecycle as data (docs/decisions/0010): which party takes which step from which
 * status, and which way of cancelling each party has. The domain functions enforce it; the order's
 * page offers exactly the forms it allows.
 */
export const moves: Record<
  OrderStep,
  { side: Side; from: readonly OrderStatus[]; to: OrderStatus; at: "deliveryStartedAt" | "deliveredAt" | "acceptedAt" }
> = {
  start: { side: "company", from: ["AWARDED"], to: "IN_DELIVERY", at: "deliveryStartedAt" },
  deliver: { side: "company", from: ["AWARDED", "IN_DELIVERY"], to: "DELIVERED", at: "deliveredAt" },
  accept: { side: "buyer", from: ["DELIVERED"], to: "ACCEPTED", at: "acceptedAt" },
};

export const BEFORE_ACCEPTANCE: readonly OrderStatus[] = ["AWARDED", "IN_DELIVERY", "DELIVERED"];
export const AFTER_ACCEPTANCE: readonly OrderStatus[] = ["ACCEPTED", "PAID"];
/** A dispute still waiting: for the other side (OPEN) or for the platform admin (DECLINED). */
export const UNRESOLVED: readonly DisputeStatus[] = ["OPEN", "DECLINED"];

/** The steps a party may take now. */
export function stepsFor(side: Side, status: OrderStatus): OrderStep[] {
  return (Object.keys(moves) as OrderStep[]).filter(
    (step) => moves[step].side === side && moves[step].from.includes(status),
  );
}

/** Only the buyer pays, and only an accepted order. */
export const payableBy = (side: Side, status: OrderStatus): boolean => side === "buyer" && status === "ACCEPTED";

/**
 * The way this party's member has to cancel now: cancel alone before acceptance; after it, ask
 * the other party (one request at a time) or answer the other party's request. Plain members only
 * see that admins do this.
 */
export type Cancellation =
  | { kind: "cancelled" }
  | { kind: "adminsOnly" }
  | { kind: "cancel" }
  | { kind: "dispute" }
  | { kind: "answer"; disputeId: string }
  | { kind: "waiting" };

export function cancellationFor(
  order: { status: OrderStatus; side: Side },
  isAdmin: boolean,
  disputes: readonly { id: string; status: DisputeStatus; openedBySide: Side }[],
): Cancellation {
  if (order.status === "CANCELLED") return { kind: "cancelled" };
  if (!isAdmin) return { kind: "adminsOnly" };
  if (BEFORE_ACCEPTANCE.includes(order.status)) return { kind: "cancel" };
  const waiting = disputes.find((d) => UNRESOLVED.includes(d.status));
  if (!waiting) return { kind: "dispute" };
  return waiting.status === "OPEN" && waiting.openedBySide !== order.side
    ? { kind: "answer", disputeId: waiting.id }
    : { kind: "waiting" };
}

/** The intent a cancellation form's answers are tagged with (agree and decline share the answer form). */
export const cancellationIntent = (c: Cancellation): string | null =>
  c.kind === "cancel" || c.kind === "dispute" || c.kind === "answer" ? c.kind : null;

/** What stands in the way of a step or of payment: a failed control, or a worker without a valid HMS card. */
export type Hold =
  | { reason: "controlFailed"; documentation: string }
  | { reason: "hmsNoWorkers" }
  | { reason: "hmsCardExpired"; workers: string };

/**
 * The hold on an action now, if any (docs/decisions/0016): starting waits for every assigned
 * worker to have a valid HMS card; accepting and paying wait for every failed control to be
 * resolved. Both sides see the same hold on the order's page.
 */
export function holdOn(
  action: OrderStep | "pay",
  facts: {
    failedControls: readonly { documentation: string }[];
    hms: { reason: "hmsNoWorkers" } | { reason: "hmsCardExpired"; workers: string } | null;
  },
): Hold | null {
  if (action === "start") return facts.hms;
  if ((action === "accept" || action === "pay") && facts.failedControls.length)
    return { reason: "controlFailed", documentation: facts.failedControls.map((c) => c.documentation).join(",") };
  return null;
}
