import { z } from "zod";
import { calendarDay, checkbox, isoDate, list, tags } from "~/domain/forms/zod-fields";
import { measureCodes } from "~/domain/measures/measure-codes";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { accommodationCategories, cefrLevels, licenceClasses } from "~/domain/openings/accommodations";
import { isOccupationCode } from "~/domain/openings/occupations";
import {
  consentMethods,
  languageCodes,
  targetGroups,
  travelModes,
  candidateStatuses,
  consentKinds,
} from "./profile-options";

const codes = (check: (code: string) => boolean, message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))])
    .refine((v) => v.every(check), message);

const thisYear = new Date().getUTCFullYear();

const languageRow = {
  code: z.enum(languageCodes).optional(),
  level: z.enum(cefrLevels).optional(),
};

/**
 * One schema for the candidate form in the browser and on the server (Conform + Zod). Messages
 * are i18n keys. Three language rows keep the form flat, which works without JavaScript.
 */
export const candidateSchema = z
  .object({
    fullName: z
      .string({ error: "errors.required" })
      .trim()
      .min(2, "errors.nameTooShort")
      .max(120, "errors.nameTooLong"),
    birthYear: z.coerce
      .number({ error: "errors.birthYearInvalid" })
      .int("errors.birthYearInvalid")
      .min(thisYear - 80, "errors.birthYearInvalid")
      .max(thisYear - 15, "errors.birthYearInvalid")
      .optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ]{8,15}$/, "errors.phoneInvalid")
      .optional(),
    email: z.email("errors.emailInvalid").trim().toLowerCase().optional(),
    notes: z.string().trim().max(4000, "errors.notesTooLong").optional(),
    occupationCodes: codes(isOccupationCode, "errors.occupationInvalid").refine(
      (v) => v.length >= 1 && v.length <= 5,
      "errors.occupationsCount",
    ),
    skills: tags,
    summary: z.string().trim().max(2000, "errors.summaryTooLong").optional().default(""),
    confirmSummary: checkbox,
    municipalityNumber: z
      .string({ error: "errors.municipalityInvalid" })
      .refine(isMunicipalityCode, "errors.municipalityInvalid"),
    travelMode: z.enum(travelModes, { error: "errors.travelModeInvalid" }).default("OWN_MUNICIPALITY"),
    workMunicipalities: codes(isMunicipalityCode, "errors.municipalityInvalid"),
    hoursPerWeek: z.coerce
      .number({ error: "errors.hoursInvalid" })
      .int("errors.hoursInvalid")
      .min(1, "errors.hoursInvalid")
      .max(60, "errors.hoursInvalid"),
    earliestStart: isoDate,
    norwegianLevel: z.enum(cefrLevels).default("NONE"),
    language1: languageRow.code,
    language1Level: languageRow.level,
    language2: languageRow.code,
    language2Level: languageRow.level,
    language3: languageRow.code,
    language3Level: languageRow.level,
    licences: list(licenceClasses),
    accommodations: list(accommodationCategories),
    targetGroups: list(targetGroups),
    measures: list(measureCodes),
    // Consent at creation (the edit page records and withdraws consents on its own).
    listingConsent: checkbox,
    shareAccommodationsConsent: checkbox,
    consentGivenOn: isoDate,
    consentMethod: z.enum(consentMethods).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.travelMode === "LISTED" && v.workMunicipalities.length === 0) {
      ctx.addIssue({ code: "custom", path: ["workMunicipalities"], message: "errors.workMunicipalitiesRequired" });
    }
    for (const i of [1, 2, 3] as const) {
      const code = v[`language${i}`];
      const level = v[`language${i}Level`];
      if (code && !level)
        ctx.addIssue({ code: "custom", path: [`language${i}Level`], message: "errors.languageLevelRequired" });
    }
    if (v.listingConsent || v.shareAccommodationsConsent) {
      if (!v.consentGivenOn)
        ctx.addIssue({ code: "custom", path: ["consentGivenOn"], message: "errors.consentDateRequired" });
      if (!v.consentMethod)
        ctx.addIssue({ code: "custom", path: ["consentMethod"], message: "errors.consentMethodRequired" });
    }
    if (v.shareAccommodationsConsent && !v.listingConsent) {
      ctx.addIssue({
        code: "custom",
        path: ["shareAccommodationsConsent"],
        message: "errors.accommodationConsentNeedsListing",
      });
    }
  });

export type CandidateInput = z.output<typeof candidateSchema>;

/** The three language rows as one list, the first row for a language winning. */
export function languagesOf(
  input: CandidateInput,
): { code: (typeof languageCodes)[number]; level: (typeof cefrLevels)[number] }[] {
  const out = new Map<string, { code: (typeof languageCodes)[number]; level: (typeof cefrLevels)[number] }>();
  for (const i of [1, 2, 3] as const) {
    const code = input[`language${i}`];
    const level = input[`language${i}Level`];
    if (code && level && !out.has(code)) out.set(code, { code, level });
  }
  return [...out.values()];
}

export const consentSchema = z.object({
  kind: z.enum(consentKinds, { error: "errors.consentKindRequired" }),
  givenOn: calendarDay("errors.consentDateRequired"),
  method: z.enum(consentMethods, { error: "errors.consentMethodRequired" }),
});

/** The forms of a candidate's page, one per intent (the action dispatches on `intent`). */
export const statusIntent = z.object({ intent: z.literal("status"), status: z.enum(candidateStatuses) });
export const recordConsentIntent = consentSchema.extend({ intent: z.literal("consent") });
export const withdrawConsentIntent = z.object({ intent: z.literal("withdraw"), kind: z.enum(consentKinds) });
export const eraseIntent = z.object({
  intent: z.literal("erase"),
  confirm: z.literal("on", { error: "candidates.eraseNeedsConfirm" }),
});

export const inquirySchema = z.object({
  message: z
    .string({ error: "errors.required" })
    .trim()
    .min(10, "errors.inquiryTooShort")
    .max(2000, "errors.inquiryTooLong"),
});
