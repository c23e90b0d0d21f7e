import { z } from "zod";
import { calendarDay, list, wholeKroner } from "~/domain/forms/zod-fields";
import { contractTerms } from "./contract-terms";
import { writtenReason } from "./order-schema";

/** The quote form: one schema in the browser and on the server. Prices in whole kroner excluding VAT. */
export const quoteSchema = z.object({
  priceNok: wholeKroner({ min: 1 }),
  deliveryPlan: z
    .string({ error: "errors.required" })
    .trim()
    .min(10, "errors.proposalMessageTooShort")
    .max(4000, "errors.proposalMessageTooLong"),
  teamSize: z.coerce.number({ error: "errors.required" }).int().min(1).max(500),
  participantsInMeasure: z.coerce.number({ error: "errors.required" }).int().min(0).max(500),
  startDate: calendarDay(),
  /** The task's contract terms the supplier confirms (the domain checks that none is left out) */
  confirmedTerms: list(contractTerms),
});

/**
 * The buyer awards one quote with a written reason (a form per quote), and may give its own
 * reference for the invoice ("innkjøpsreferanse"; many municipalities' accounting requires one).
 */
export const awardSchema = z.object({
  quoteId: z.string().min(1),
  reason: writtenReason,
  buyerReference: z.string().trim().max(100, "invoices.buyerReferenceTooLong").optional(),
});
