import { z } from "zod";
import { checkbox } from "~/domain/forms/zod-fields";
import { isValidAccountNumber, normalizeAccountNumber } from "./account-number";

export const kidChoices = ["NONE", "MOD10", "MOD11"] as const;

/** The supplier profile's payment details for EHF invoices: one schema in the browser and on the server. */
export const paymentDetailsIntent = z.object({
  intent: z.literal("payment"),
  accountNumber: z
    .string({ error: "invoices.payment.accountInvalid" })
    .trim()
    .refine(isValidAccountNumber, "invoices.payment.accountInvalid")
    .transform(normalizeAccountNumber),
  kid: z.enum(kidChoices, { error: "invoices.payment.kidInvalid" }),
  foretaksregisteret: checkbox,
});
export type PaymentDetailsInput = Omit<z.output<typeof paymentDetailsIntent>, "intent">;
