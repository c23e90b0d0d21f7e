import { z } from "zod";
import { checkbox, isoDate, list, tags, wholeKroner } from "~/domain/forms/zod-fields";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { measureCodes } from "~/domain/measures/measure-codes";
import { accommodationCategories, cefrLevels, licenceClasses } from "./accommodations";
import { documentKinds } from "~/domain/procurement/supplier-documents";
import { contractTerms, HMS_CARD_AREAS, serviceAreas } from "~/domain/procurement/contract-terms";
import { isOccupationCode } from "./occupations";

const openingFields = z.object({
  kind: z.enum(["JOB", "TASK"], { error: "errors.openingKindInvalid" }),
  title: z.string({ error: "errors.required" }).trim().min(3, "errors.titleTooShort").max(120, "errors.titleTooLong"),
  description: z
    .string({ error: "errors.required" })
    .trim()
    .min(20, "errors.descriptionTooShort")
    .max(8000, "errors.descriptionTooLong"),
  occupationCode: z.string({ error: "errors.occupationInvalid" }).refine(isOccupationCode, "errors.occupationInvalid"),
  municipalityNumber: z
    .string({ error: "errors.municipalityInvalid" })
    .refine(isMunicipalityCode, "errors.municipalityInvalid"),
  address: z.string().trim().max(200).optional(),
  hoursPerWeek: z.coerce
    .number({ error: "errors.hoursInvalid" })
    .min(1, "errors.hoursInvalid")
    .max(60, "errors.hoursInvalid"),
  extent: z.enum(["FULL_TIME", "PART_TIME"], { error: "errors.extentInvalid" }),
  startDate: isoDate,
  applicationDeadline: isoDate,
  positions: z.coerce
    .number()
    .int("errors.positionsInvalid")
    .min(1, "errors.positionsInvalid")
    .max(500, "errors.positionsInvalid")
    .default(1),
  norwegianLevel: z.enum(cefrLevels).default("NONE"),
  licenceClass: z.enum(licenceClasses).default("NONE"),
  skills: tags,
  accommodations: list(accommodationCategories),
  accommodationNote: z.string().trim().max(1000).optional(),
  measures: list(measureCodes),
  budgetMinNok: wholeKroner().optional(),
  budgetMaxNok: wholeKroner().optional(),
  deliveryStart: isoDate,
  deliveryEnd: isoDate,
  deliveryPlace: z.string().trim().max(200).optional(),
  reservedForInclusion: checkbox,
  quoteDeadline: isoDate,
  requiredDocuments: list(documentKinds),
  serviceArea: z.enum(serviceAreas, { error: "serious.serviceAreaInvalid" }).optional(),
  contractTerms: list(contractTerms),
});

function openingRules(v: z.output<typeof openingFields>, ctx: z.RefinementCtx) {
  if (v.startDate && v.applicationDeadline && v.applicationDeadline > v.startDate) {
    ctx.addIssue({ code: "custom", path: ["applicationDeadline"], message: "errors.deadlineAfterStart" });
  }
  if (v.budgetMinNok !== undefined && v.budgetMaxNok !== undefined && v.budgetMinNok > v.budgetMaxNok) {
    ctx.addIssue({ code: "custom", path: ["budgetMaxNok"], message: "errors.budgetRange" });
  }
  if (v.deliveryStart && v.deliveryEnd && v.deliveryStart > v.deliveryEnd) {
    ctx.addIssue({ code: "custom", path: ["deliveryEnd"], message: "errors.deliveryRange" });
  }
  // Cleaning and building work: every worker must carry an HMS card, so the contract says so.
  if (
    v.kind === "TASK" &&
    v.serviceArea &&
    HMS_CARD_AREAS.includes(v.serviceArea) &&
    !v.contractTerms.includes("HMS_CARDS")
  ) {
    ctx.addIssue({ code: "custom", path: ["contractTerms"], message: "serious.hmsCardsRequired" });
  }
  if (v.kind === "JOB" && v.reservedForInclusion) {
    ctx.addIssue({ code: "custom", path: ["reservedForInclusion"], message: "errors.reservedOnlyForTasks" });
  }
}

/**
 * One schema for the opening form in the browser and on the server (Conform + Zod). Messages are
 * i18n keys. Money is entered in whole kroner and stored in øre.
 */
export const openingSchema = openingFields.superRefine(openingRules);

/** The opening form as it posts (new and edit page alike): the fields and its intent. */
export const saveOpeningIntent = openingFields.extend({ intent: z.literal("save") }).superRefine(openingRules);

/** The one-button forms of an opening's page. */
export const publishOpeningIntent = z.object({ intent: z.literal("publish") });
export const closeOpeningIntent = z.object({ intent: z.literal("close") });
export const duplicateOpeningIntent = z.object({ intent: z.literal("duplicate") });

export type OpeningInput = z.output<typeof openingSchema>;
