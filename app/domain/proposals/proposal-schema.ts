import { z } from "zod";
import { checkbox, list } from "~/domain/forms/zod-fields";
import { consentMethods } from "~/domain/candidates/profile-options";
import { accommodationCategories } from "~/domain/openings/accommodations";
import { MAX_ASSISTANT_HOURS_PER_MONTH, MAX_MENTOR_HOURS_PER_MONTH } from "~/domain/measures/catalogue";

export const wageSubsidies = ["NONE", "MIDLERTIDIG_LONNSTILSKUDD", "VARIG_LONNSTILSKUDD"] as const;
export const otherMeasureCodes = [
  "ARBEIDSTRENING",
  "MENTOR",
  "INKLUDERINGSTILSKUDD",
  "FUNKSJONSASSISTANSE",
  "IPS_JOBBSTOTTE",
  "VTA_O",
] as const;
export const followUpFrequencies = ["WEEKLY", "BIWEEKLY", "MONTHLY"] as const;
export const employerTaxZones = ["1", "1a", "2", "3", "4", "4a", "5"] as const;

const optionalInt = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).optional();

/** Hours a month: more than 0 and at most the catalogue's limit (the same the server checks). */
const optionalHours = (max: number, message: string) =>
  z.coerce.number({ error: message }).gt(0, message).max(max, message).optional();

/**
 * The proposal form: one schema in the browser and on the server (Conform + Zod). The package's
 * measure rules (percentages, durations, combinations) are the catalogue's and are checked on the
 * server after this schema, with reasons in the reader's language.
 */
export const proposalSchema = z
  .object({
    wageSubsidy: z.enum(wageSubsidies).default("NONE"),
    subsidyPercent: optionalInt(0, 100, "errors.percentInvalid"),
    subsidyMonths: optionalInt(1, 60, "errors.monthsInvalid"),
    otherMeasures: list(otherMeasureCodes),
    supportMonths: z.coerce
      .number({ error: "errors.monthsInvalid" })
      .int("errors.monthsInvalid")
      .min(1, "errors.monthsInvalid")
      .max(60, "errors.monthsInvalid")
      .default(6),
    mentorHoursPerMonth: optionalHours(MAX_MENTOR_HOURS_PER_MONTH, "proposals.mentorHoursInvalid"),
    mentorHourlyWageNok: optionalInt(100, 2000, "errors.mentorWageInvalid"),
    extraCostsNok: optionalInt(0, 1_000_000, "errors.amountInvalid"),
    functionalAssistance: checkbox,
    assistantEmployedByEmployer: checkbox,
    assistantHoursPerMonth: optionalHours(MAX_ASSISTANT_HOURS_PER_MONTH, "proposals.assistantHoursInvalid"),
    assistantHourlyWageNok: optionalInt(100, 2000, "proposals.assistantWageInvalid"),
    permanentlyReducedWorkCapacity: checkbox,
    receivesDisabilityBenefit: checkbox,
    reducedWorkCapacity: checkbox,
    followUpFrequency: z.enum(followUpFrequencies, { error: "errors.followUpInvalid" }),
    contactPerson: z
      .string({ error: "errors.required" })
      .trim()
      .min(2, "errors.nameTooShort")
      .max(120, "errors.nameTooLong"),
    accommodations: list(accommodationCategories),
    trialPeriodWeeks: optionalInt(0, 26, "errors.trialWeeksInvalid"),
    monthlyWageNok: z.coerce
      .number({ error: "errors.wageInvalid" })
      .int("errors.wageInvalid")
      .min(0, "errors.wageInvalid")
      .max(200_000, "errors.wageInvalid"),
    employerTaxZone: z.enum(employerTaxZones).default("1"),
    message: z
      .string({ error: "errors.required" })
      .trim()
      .min(10, "errors.proposalMessageTooShort")
      .max(4000, "errors.proposalMessageTooLong"),
  })
  .superRefine((v, ctx) => {
    if (v.wageSubsidy !== "NONE") {
      if (v.subsidyPercent === undefined)
        ctx.addIssue({ code: "custom", path: ["subsidyPercent"], message: "errors.percentRequired" });
      if (v.subsidyMonths === undefined && v.wageSubsidy === "MIDLERTIDIG_LONNSTILSKUDD")
        ctx.addIssue({ code: "custom", path: ["subsidyMonths"], message: "errors.monthsRequired" });
    }
    if (
      v.otherMeasures.includes("MENTOR") &&
      (v.mentorHoursPerMonth === undefined || v.mentorHourlyWageNok === undefined)
    ) {
      ctx.addIssue({ code: "custom", path: ["mentorHoursPerMonth"], message: "errors.mentorDetailsRequired" });
    }
    if (
      v.otherMeasures.includes("FUNKSJONSASSISTANSE") &&
      v.assistantEmployedByEmployer &&
      (v.assistantHoursPerMonth === undefined || v.assistantHourlyWageNok === undefined)
    ) {
      ctx.addIssue({ code: "custom", path: ["assistantHoursPerMonth"], message: "proposals.assistantDetailsRequired" });
    }
    if (v.otherMeasures.includes("INKLUDERINGSTILSKUDD") && v.extraCostsNok === undefined) {
      ctx.addIssue({ code: "custom", path: ["extraCostsNok"], message: "errors.extraCostsRequired" });
    }
  });

export type ProposalInput = z.output<typeof proposalSchema>;

export const proposalStages = ["PROPOSED", "SHORTLISTED", "MEETING", "TRIAL", "HIRED", "REJECTED"] as const;

/**
 * The forms of a proposal's page and of an opening's pipeline, one per intent (the action
 * dispatches on `intent`). A stage move names its proposal, so the pipeline of many proposals
 * and the page of one post the same form.
 */
export const moveIntent = z.object({
  intent: z.literal("move"),
  proposalId: z.string().min(1).max(40),
  stage: z.enum(proposalStages, { error: "proposals.stageInvalid" }),
  reason: z.string().trim().max(500, "proposals.rejectionReasonTooLong").optional(),
});

export const messageIntent = z.object({
  intent: z.literal("message"),
  body: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .max(4000, "errors.proposalMessageTooLong"),
});

export const meetingIntent = z.object({ intent: z.literal("meeting") });

export const introConsentIntent = z.object({
  intent: z.literal("consent"),
  method: z.enum(consentMethods, { error: "errors.consentMethodRequired" }),
});

export const withdrawIntroConsentIntent = z.object({ intent: z.literal("withdraw") });
