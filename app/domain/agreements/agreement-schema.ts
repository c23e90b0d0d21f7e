import { z } from "zod";
import { emailField, personNameField } from "~/auth/login-schema";
import { calendarDay, wholeKroner } from "~/domain/forms/zod-fields";

/** The forms of agreements: one schema each, in the browser and on the server. Amounts in whole kroner. */

export const legalBases = ["RESERVED_COMPETITION", "IN_HOUSE"] as const;
export const priceUnits = ["HOUR", "DAY", "MONTH", "PARTICIPANT_MONTH", "DELIVERY"] as const;
export type PriceUnit = (typeof priceUnits)[number];

const text = (min: number, max: number) =>
  z
    .string({ error: "agreements.errors.textLength" })
    .trim()
    .min(min, "agreements.errors.textLength")
    .max(max, "agreements.errors.textLength");

const whole = (min: number, max: number) =>
  z.coerce
    .number({ error: "agreements.errors.wholeNumber" })
    .int("agreements.errors.wholeNumber")
    .min(min, "agreements.errors.wholeNumber")
    .max(max, "agreements.errors.wholeNumber");

const priceLine = {
  service: text(2, 120),
  unit: z.enum(priceUnits, { error: "agreements.errors.unit" }),
  priceNok: wholeKroner({ min: 1, max: 1_000_000 }),
};

/** A new agreement with its first line of the price list (more lines are added on its page). */
export const agreementSchema = z
  .object({
    title: text(3, 120),
    legalBasis: z.enum(legalBases, { error: "agreements.errors.legalBasis" }),
    companyIds: z
      .union([z.string().min(1), z.array(z.string().min(1))], { error: "agreements.errors.companies" })
      .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
      .refine((v) => v.length >= 1 && v.length <= 20, "agreements.errors.companies"),
    ceilingNok: wholeKroner({ min: 1 }),
    startsOn: calendarDay(),
    endsOn: calendarDay(),
    optionsLeft: whole(0, 4),
    optionMonths: whole(1, 48),
    buyerContactName: personNameField,
    buyerContactEmail: emailField,
    ...priceLine,
  })
  .refine((v) => v.endsOn > v.startsOn, { path: ["endsOn"], message: "agreements.errors.endBeforeStart" });
export type AgreementInput = z.output<typeof agreementSchema>;

export const priceIntent = z.object({ intent: z.literal("price"), ...priceLine });

export const callOffIntent = z.object({
  intent: z.literal("callOff"),
  title: text(3, 120),
  supplierId: z.string({ error: "agreements.errors.supplier" }).min(1, "agreements.errors.supplier"),
  priceId: z.string({ error: "agreements.errors.price" }).min(1, "agreements.errors.price"),
  quantity: whole(1, 100_000),
});
export type CallOffInput = Omit<z.output<typeof callOffIntent>, "intent">;

export const extendIntent = z.object({ intent: z.literal("extend") });

export const contactIntent = z.object({
  intent: z.literal("contact"),
  contactName: personNameField,
  contactEmail: emailField,
});

/** A municipality records its share of a company it owns (0 removes it). */
export const ownershipIntent = z.object({
  intent: z.literal("ownership"),
  companyId: z.string({ error: "agreements.errors.company" }).min(1, "agreements.errors.company"),
  sharePercent: whole(0, 100),
});
