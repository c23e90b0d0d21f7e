import type { PackageMeasureInput, Reason } from "~/domain/measures/catalogue";
import { isSensitiveMeasure } from "~/domain/measures/measure-codes";
import {
  assistantReasons,
  eligibilityReason,
  validatePackage,
  validatePackageMeasure,
} from "~/domain/measures/catalogue";
import { estimateEmployerCost, type CostEstimate, type EmployerTaxZone } from "~/domain/measures/cost";
import type { ProposalInput } from "./proposal-schema";

/** The form's flat fields as the catalogue's measure list. */
export function packageMeasures(input: ProposalInput): PackageMeasureInput[] {
  const base = { reducedWorkCapacity: input.reducedWorkCapacity };
  const out: PackageMeasureInput[] = [];
  if (input.wageSubsidy !== "NONE") {
    out.push({
      ...base,
      code: input.wageSubsidy,
      percent: input.subsidyPercent ?? null,
      months: input.subsidyMonths ?? null,
      ...(input.wageSubsidy === "VARIG_LONNSTILSKUDD"
        ? { permanentlyReducedWorkCapacity: input.permanentlyReducedWorkCapacity }
        : {}),
    });
  }
  for (const code of input.otherMeasures) {
    const months = code === "IPS_JOBBSTOTTE" || code === "VTA_O" ? null : input.supportMonths;
    out.push({
      ...base,
      code,
      percent: null,
      months,
      mentorHoursPerMonth: code === "MENTOR" ? (input.mentorHoursPerMonth ?? null) : null,
      mentorHourlyWageOre:
        code === "MENTOR" && input.mentorHourlyWageNok !== undefined ? input.mentorHourlyWageNok * 100 : null,
      extraCostsOre:
        code === "INKLUDERINGSTILSKUDD" && input.extraCostsNok !== undefined ? input.extraCostsNok * 100 : null,
      meetsFunctionalAssistanceCriteria: code === "FUNKSJONSASSISTANSE" ? input.functionalAssistance : undefined,
      ...(code === "FUNKSJONSASSISTANSE"
        ? {
            assistantEmployedByEmployer: input.assistantEmployedByEmployer,
            assistantHoursPerMonth: input.assistantEmployedByEmployer ? (input.assistantHoursPerMonth ?? null) : null,
            assistantHourlyWageOre:
              input.assistantEmployedByEmployer && input.assistantHourlyWageNok !== undefined
                ? input.assistantHourlyWageNok * 100
                : null,
          }
        : {}),
      ...(code === "VTA_O" ? { receivesDisabilityBenefit: input.receivesDisabilityBenefit } : {}),
    });
  }
  return out;
}

export type PackageErrors = { fieldErrors: Record<string, string[]>; formErrors: string[] };

/** The form's box that confirms each measure's condition on the participant. */
const eligibilityField: Partial<Record<PackageMeasureInput["code"], keyof ProposalInput>> = {
  VARIG_LONNSTILSKUDD: "permanentlyReducedWorkCapacity",
  VTA_O: "receivesDisabilityBenefit",
  FUNKSJONSASSISTANSE: "functionalAssistance",
};

/** The catalogue's reasons, in the reader's language, on the field they are about. */
export function checkPackage(input: ProposalInput, on: Date, lang: "nb" | "en"): PackageErrors | null {
  const measures = packageMeasures(input);
  const fieldErrors: Record<string, string[]> = {};
  const shown = new Set<string>();
  const add = (field: string, reasons: Reason[]) => {
    if (!reasons.length) return;
    fieldErrors[field] = [...(fieldErrors[field] ?? []), ...reasons.map((r) => r[lang])];
    reasons.forEach((r) => shown.add(r.en));
  };
  for (const m of measures) {
    // A condition on the participant goes on the box that confirms it, with the rule's sentence;
    // the assistant's hours and wage on theirs; the rest on the measure's main field.
    const eligibility = eligibilityReason(m);
    const assistant = assistantReasons(m);
    const own = new Set([eligibility, ...assistant].filter((r) => r !== null).map((r) => r.en));
    const reasons = validatePackageMeasure(m, on).filter((r) => !own.has(r.en));
    if (eligibility) add(eligibilityField[m.code] ?? "otherMeasures", [eligibility]);
    add("assistantHoursPerMonth", assistant);
    if (m.code === "MIDLERTIDIG_LONNSTILSKUDD" || m.code === "VARIG_LONNSTILSKUDD") add("subsidyPercent", reasons);
    else if (m.code === "MENTOR") add("mentorHoursPerMonth", reasons);
    else if (m.code === "INKLUDERINGSTILSKUDD") add("extraCostsNok", reasons);
    else add("otherMeasures", reasons);
  }
  const formErrors = validatePackage(measures, on)
    .filter((r) => !shown.has(r.en))
    .map((r) => r[lang]);
  return Object.keys(fieldErrors).length || formErrors.length ? { fieldErrors, formErrors } : null;
}

/**
 * Accommodation needs and sensitive measures (measureSensitivity) go to the employer only with
 * the candidate's consent to share them. Without it, each field that holds them is refused with
 * an i18n key that says why; null = nothing to refuse.
 */
export function sharingProblems(input: ProposalInput, sharesSensitive: boolean): PackageErrors | null {
  if (sharesSensitive) return null;
  const fieldErrors: Record<string, string[]> = {};
  for (const m of packageMeasures(input)) {
    if (!isSensitiveMeasure(m.code)) continue;
    const field =
      m.code === "MIDLERTIDIG_LONNSTILSKUDD" || m.code === "VARIG_LONNSTILSKUDD" ? "wageSubsidy" : "otherMeasures";
    fieldErrors[field] = ["proposals.sensitiveMeasureNeedsConsent"];
  }
  if (input.accommodations.length) fieldErrors.accommodations = ["proposals.accommodationsNeedConsent"];
  return Object.keys(fieldErrors).length ? { fieldErrors, formErrors: [] } : null;
}

/**
 * Everything wrong with a package before it is proposed, on the fields it is about: the
 * catalogue's rules first, then what the candidate has not consented to share. createProposal
 * enforces the sharing rule again; this names every field at once for the form.
 */
export function proposalProblems(
  input: ProposalInput,
  sharesSensitive: boolean,
  on: Date,
  lang: "nb" | "en",
): PackageErrors | null {
  return checkPackage(input, on, lang) ?? sharingProblems(input, sharesSensitive);
}

/** How long the estimate runs: the longest measure with an end, else a year. */
export function estimateMonths(measures: PackageMeasureInput[]): number {
  const ends = measures.map((m) => m.months).filter((m): m is number => typeof m === "number");
  return Math.min(60, Math.max(12, ...ends));
}

/**
 * The estimate of a stored package. Null when the catalogue no longer accepts it (its dated
 * configuration changed after the proposal was made): the page then shows no figures rather than
 * figures NAV would not pay.
 */
export function packageCost(
  p: { measures: PackageMeasureInput[]; estimatedMonthlyWageOre: number; employerTaxZone: string },
  on: Date,
): CostEstimate | null {
  try {
    return estimate(p, on);
  } catch {
    return null;
  }
}

function estimate(
  p: { measures: PackageMeasureInput[]; estimatedMonthlyWageOre: number; employerTaxZone: string },
  on: Date,
): CostEstimate {
  return estimateEmployerCost({
    wage: { kind: "monthly", monthlyOre: p.estimatedMonthlyWageOre },
    holidayPayRate: 0.12,
    employerTaxZone: p.employerTaxZone as EmployerTaxZone,
    pensionRate: 0.02,
    measures: p.measures,
    months: estimateMonths(p.measures),
    on,
  });
}
