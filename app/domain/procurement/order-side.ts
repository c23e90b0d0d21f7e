import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";

export type Side = "buyer" | "company";

/**
 * Which party of an order the actor acts for, asked of the permission table with the order's
 * organisations; null when the actor is neither (not theirs: the caller answers "not found").
 */
export function sideOf(actor: Actor, order: { buyerId: string; companyId: string }): Side | null {
  if (can(actor, "order:read", { organizationId: order.buyerId })) return "buyer";
  if (can(actor, "order:read", { organizationId: order.companyId })) return "company";
  return null;
}

/** The organisation of the other party. */
export const otherParty = (side: Side, order: { buyerId: string; companyId: string }): string =>
  side === "buyer" ? order.companyId : order.buyerId;
