import { z } from "zod";

/**
 * The forms of an order's page and of the platform admin's dispute list, one schema per intent
 * (the action dispatches on `intent`).
 */

/** A reason a person writes for an award, a cancellation or a decision; it is kept with the record. */
export const writtenReason = z
  .string({ error: "procurement.reasonRequired" })
  .trim()
  .min(3, "procurement.reasonRequired")
  .max(2000, "procurement.reasonTooLong");

/** The steps of an order's lifecycle that a party takes by pressing a button. */
export const orderSteps = ["start", "deliver", "accept"] as const;
export type OrderStep = (typeof orderSteps)[number];

export const stepIntent = z.object({ intent: z.enum(orderSteps) });
/** Card (Stripe Checkout) or invoice. */
export const payIntent = z.object({ intent: z.enum(["pay", "invoice"]) });
export const cancelIntent = z.object({ intent: z.literal("cancel"), reason: writtenReason });
export const disputeIntent = z.object({ intent: z.literal("dispute"), reason: writtenReason });
/** The other party's answer to a request to cancel: one reason, two buttons. */
export const answerIntent = z.object({
  intent: z.enum(["agree", "decline"]),
  disputeId: z.string().min(1),
  reason: writtenReason,
});
/** The platform admin's decision on a dispute: one reason, two buttons. */
export const decideIntent = z.object({
  intent: z.enum(["cancel", "keep"]),
  disputeId: z.string().min(1),
  reason: writtenReason,
});
