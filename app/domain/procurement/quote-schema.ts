import { z } from "zod";

/** The quote form: one schema in the browser and on the server. Prices in whole kroner excluding VAT. */
export const quoteSchema = z.object({
  priceNok: z.coerce.number({ error: "errors.amountInvalid" }).int("errors.amountInvalid").min(1, "errors.amountInvalid").max(100_000_000, "errors.amountInvalid"),
  deliveryPlan: z.string({ error: "errors.required" }).trim().min(10, "errors.proposalMessageTooShort").max(4000, "errors.proposalMessageTooLong"),
  teamSize: z.coerce.number({ error: "errors.required" }).int().min(1).max(500),
  participantsInMeasure: z.coerce.number({ error: "errors.required" }).int().min(0).max(500),
  startDate: z.string({ error: "errors.dateInvalid" }).regex(/^\d{4}-\d{2}-\d{2}$/, "errors.dateInvalid"),
});
