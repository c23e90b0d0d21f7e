import { z } from "zod";
import { calendarDay } from "~/domain/forms/zod-fields";
import { measureCodes } from "~/domain/measures/measure-codes";
import { percentMeasures } from "./approved-package";

export const navOutcomes = ["APPROVED", "DECLINED"] as const;

/**
 * NAV's decision on one measure: approved with its period (and a wage subsidy's percentage), or
 * declined with a reason; the day it was made. One schema in the browser and on the server; the
 * catalogue's own rules (highest percentage, longest period) are checked by the domain after it.
 */
export const decisionIntent = z
  .object({
    intent: z.literal("decide"),
    measureCode: z.enum(measureCodes, { error: "navOffice.measureInvalid" }),
    outcome: z.enum(navOutcomes, { error: "navOffice.outcomeRequired" }),
    percent: z.coerce
      .number({ error: "errors.percentInvalid" })
      .int("errors.percentInvalid")
      .min(1, "errors.percentInvalid")
      .max(100, "errors.percentInvalid")
      .optional(),
    periodFrom: calendarDay().optional(),
    periodTo: calendarDay().optional(),
    reason: z.string().trim().max(1000, "navOffice.reasonTooLong").optional(),
    decidedOn: calendarDay(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "APPROVED") {
      if (!v.periodFrom) ctx.addIssue({ code: "custom", path: ["periodFrom"], message: "navOffice.periodRequired" });
      if (!v.periodTo) ctx.addIssue({ code: "custom", path: ["periodTo"], message: "navOffice.periodRequired" });
      if (v.periodFrom && v.periodTo && v.periodTo < v.periodFrom)
        ctx.addIssue({ code: "custom", path: ["periodTo"], message: "navOffice.periodBackwards" });
      if (percentMeasures.includes(v.measureCode) && v.percent === undefined)
        ctx.addIssue({ code: "custom", path: ["percent"], message: "errors.percentRequired" });
    }
    if (v.outcome === "DECLINED" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "navOffice.reasonRequired" });
  });

export type DecisionInput = z.output<typeof decisionIntent>;

/** The company invites a NAV office serving the candidate's or the opening's municipality. */
export const inviteNavIntent = z.object({
  intent: z.literal("inviteNav"),
  navOfficeId: z
    .string({ error: "navOffice.officeRequired" })
    .min(1, "navOffice.officeRequired")
    .max(40, "navOffice.officeRequired"),
});
