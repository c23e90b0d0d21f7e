import { z } from "zod";
import { calendarDay, checkbox } from "~/domain/forms/zod-fields";
import { documentationKinds } from "./controls";
import { writtenReason } from "./order-schema";

/** The forms of reserved-contract declarations, assigned workers and controls, one schema per intent. */

/** A company admin's reserved-contract declaration, with the evidence document it rests on. */
export const declarationIntent = z.object({
  intent: z.literal("declaration"),
  mainPurposeIntegration: checkbox,
  staffSharePercent: z.coerce
    .number({ error: "errors.percentInvalid" })
    .int("errors.percentInvalid")
    .min(0, "errors.percentInvalid")
    .max(100, "errors.percentInvalid"),
  declaredOn: calendarDay(),
  evidenceReference: z
    .string({ error: "procurement.referenceTooShort" })
    .trim()
    .min(2, "procurement.referenceTooShort")
    .max(100, "procurement.referenceTooLong"),
  evidenceIssuedOn: calendarDay(),
});

const personName = z
  .string({ error: "serious.workerNameInvalid" })
  .trim()
  .min(2, "serious.workerNameInvalid")
  .max(100, "serious.workerNameInvalid");
const cardNumber = z
  .string({ error: "serious.cardNumberInvalid" })
  .trim()
  .min(3, "serious.cardNumberInvalid")
  .max(40, "serious.cardNumberInvalid");

/** A worker on the task: name, HMS card number and expiry, nothing more. */
export const workerIntent = z.object({
  intent: z.literal("worker"),
  name: personName,
  cardNumber,
  cardExpiresOn: calendarDay(),
});
/** A renewed card for one worker. */
export const renewIntent = z.object({
  intent: z.literal("renew"),
  workerId: z.string().min(1),
  cardNumber,
  cardExpiresOn: calendarDay(),
});
export const removeWorkerIntent = z.object({ intent: z.literal("removeWorker"), workerId: z.string().min(1) });

/** The buyer asks for documentation of a term. */
export const controlRequestIntent = z.object({
  intent: z.literal("control"),
  documentation: z.enum(documentationKinds, { error: "serious.documentationRequired" }),
  note: writtenReason,
});
/** The buyer records a control's outcome, or that a failed one is put right. */
export const controlOutcomeIntent = z.object({
  intent: z.enum(["passed", "failed", "resolved"]),
  controlId: z.string().min(1),
  reason: writtenReason,
});
