import { z } from "zod";
import { calendarDay } from "~/domain/forms/zod-fields";
import { documentKinds } from "./supplier-documents";

/** The forms of a company's supplier profile, one schema per intent (the action dispatches on `intent`). */
export const documentIntent = z.object({
  intent: z.literal("document"),
  kind: z.enum(documentKinds, { error: "procurement.kindRequired" }),
  reference: z
    .string({ error: "procurement.referenceTooShort" })
    .trim()
    .min(2, "procurement.referenceTooShort")
    .max(100, "procurement.referenceTooLong"),
  issuedOn: calendarDay(),
  validUntil: calendarDay().optional(),
});
export type DocumentInput = Omit<z.output<typeof documentIntent>, "intent">;

export const stripeIntent = z.object({ intent: z.literal("stripe") });

/** "Check the registers again" (Enhetsregisteret and the cleaning register). */
export const registersIntent = z.object({ intent: z.literal("registers") });
