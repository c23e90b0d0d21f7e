import { z } from "zod";
import { checkbox, isoDate, list, tags, wholeKroner } from "~/domain/forms/zod-fields";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { measureCodes } from "~/domain/measures/measure-codes";
import { accommodationCategories, cefrLevels, licenceClasses } from "./accommodations";
import { documentKinds } from "~/domain/procurement/supplier-documents";
import { contractTerms, HMS_CARD_AREAS, serviceAreas } from "~/domain/procurement/contract-terms";
import { isOccupationCode } from "./occupations";
import { isTrainingKind, openingKinds, SUMMER_AGE_MAX, SUMMER_AGE_MIN } from "./opening-kinds";
import { getTrade, programmeAreaCodes, tradeCodes } from "./trades";

const age = z.coerce
  .number({ error: "youth.errors.ageInvalid" })
  .int("youth.errors.ageInvalid")
  .min(SUMMER_AGE_MIN, "youth.errors.ageInvalid")
  .max(SUMMER_AGE_MAX, "youth.errors.ageInvalid")
  .optional();

const openingFields = z.object({
  kind: z.enum(openingKinds, { error: "errors.openingKindInvalid" }),
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
  programmeArea: z.enum(programmeAreaCodes, { error: "youth.errors.programmeAreaInvalid" }).optional(),
  tradeCode: z.enum(tradeCodes as [string, ...string[]], { error: "youth.errors.tradeInvalid" }).optional(),
  trainingMonths: z.coerce
    .number({ error: "youth.errors.trainingMonthsInvalid" })
    .int("youth.errors.trainingMonthsInvalid")
    .min(1, "youth.errors.trainingMonthsInvalid")
    .max(48, "youth.errors.trainingMonthsInvalid")
    .optional(),
  approvedTrainingCompany: checkbox,
  endDate: isoDate,
  ageMin: age,
  ageMax: age,
});

/** Each youth kind's own fields: what the search, JSON-LD and matching read must be there. */
function youthRules(v: z.output<typeof openingFields>, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (isTrainingKind(v.kind)) {
    if (!v.programmeArea) issue("programmeArea", "youth.errors.programmeAreaRequired");
    if (!v.tradeCode) issue("tradeCode", "youth.errors.tradeRequired");
    else if (v.programmeArea && getTrade(v.tradeCode)?.area !== v.programmeArea)
      issue("tradeCode", "youth.errors.tradeNotInArea");
    if (v.trainingMonths === undefined) issue("trainingMonths", "youth.errors.trainingMonthsRequired");
  }
  if (v.kind === "SUMMER_JOB") {
    if (!v.startDate) issue("startDate", "youth.errors.startRequired");
    if (!v.endDate) issue("endDate", "youth.errors.endRequired");
    if (v.ageMin === undefined) issue("ageMin", "youth.errors.ageRequired");
    if (v.ageMax === undefined) issue("ageMax", "youth.errors.ageRequired");
    if (v.ageMin !== undefined && v.ageMax !== undefined && v.ageMin > v.ageMax)
      issue("ageMax", "youth.errors.ageRange");
  }
  if (v.startDate && v.endDate && v.endDate < v.startDate) issue("endDate", "youth.errors.endBeforeStart");
}

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
  youthRules(v, ctx);
  if (v.kind !== "TASK" && v.reservedForInclusion) {
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
