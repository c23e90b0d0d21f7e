import { z } from "zod";
import { queryEnum, queryInt, queryNumber, queryText } from "~/domain/forms/url-params";
import { validatePackage, type PackageMeasureInput, type Reason } from "~/domain/measures/catalogue";
import { estimateEmployerCost, type CostEstimate } from "~/domain/measures/cost";
import { employerTaxZones, wageSubsidies } from "./proposal-schema";

const box = () => queryText(3).transform((v) => v === "on");

/** The cost calculator's state, read from the URL (a GET form: shareable, works without JavaScript); never fails. */
export const calculatorParams = z.object({
  wageKind: queryEnum(["monthly", "hourly"], "monthly"),
  monthlyWageNok: queryNumber(0, 500_000, 32_000),
  hourlyWageNok: queryNumber(0, 5_000, 200),
  hoursPerWeek: queryNumber(1, 60, 37.5),
  holidayPayPercent: queryNumber(10.2, 12, 12),
  pensionPercent: queryNumber(2, 30, 2),
  zone: queryEnum(employerTaxZones, "1"),
  wageSubsidy: queryEnum(wageSubsidies, "MIDLERTIDIG_LONNSTILSKUDD"),
  percent: queryNumber(0, 100, 40),
  permanentlyReducedWorkCapacity: box(),
  reducedWorkCapacity: box(),
  months: queryInt(1, 60, 12),
  // Ticking it states the person meets the conditions; the catalogue's sentence stands beside it.
  functionalAssistance: box(),
  assistantEmployedByEmployer: box(),
  // Wider than the catalogue allows, so that too many hours get the catalogue's reason, not a silent default.
  assistantHoursPerMonth: queryNumber(0, 1000, 20),
  assistantHourlyWageNok: queryNumber(0, 5_000, 250),
  vtaO: box(),
  receivesDisabilityBenefit: box(),
});

export type CalculatorParams = z.output<typeof calculatorParams>;

/** The calculator's measures: one wage subsidy or none, funksjonsassistanse, VTA-O. */
export function calculatorMeasures(p: CalculatorParams): PackageMeasureInput[] {
  const base = { percent: null, reducedWorkCapacity: p.reducedWorkCapacity };
  const measures: PackageMeasureInput[] = [];
  if (p.wageSubsidy !== "NONE")
    measures.push({
      ...base,
      code: p.wageSubsidy,
      percent: p.percent,
      months: p.wageSubsidy === "VARIG_LONNSTILSKUDD" ? null : p.months,
      ...(p.wageSubsidy === "VARIG_LONNSTILSKUDD"
        ? { permanentlyReducedWorkCapacity: p.permanentlyReducedWorkCapacity }
        : {}),
    });
  if (p.functionalAssistance)
    measures.push({
      ...base,
      code: "FUNKSJONSASSISTANSE",
      // Granted a year at a time: the estimate shows at most one grant.
      months: Math.min(12, p.months),
      meetsFunctionalAssistanceCriteria: true,
      assistantEmployedByEmployer: p.assistantEmployedByEmployer,
      assistantHoursPerMonth: p.assistantHoursPerMonth,
      assistantHourlyWageOre: Math.round(p.assistantHourlyWageNok * 100),
    });
  if (p.vtaO)
    measures.push({ ...base, code: "VTA_O", months: null, receivesDisabilityBenefit: p.receivesDisabilityBenefit });
  return measures;
}

/**
 * The employer's cost with the chosen measures, or the catalogue's reasons why NAV would not pay
 * them (in both languages, for the reader's): no figures for a package NAV refuses.
 */
export function calculatorEstimate(
  p: CalculatorParams,
  on: Date,
): { ok: true; estimate: CostEstimate } | { ok: false; reasons: Reason[] } {
  const measures = calculatorMeasures(p);
  const reasons = validatePackage(measures, on);
  if (reasons.length) return { ok: false, reasons };
  return {
    ok: true,
    estimate: estimateEmployerCost({
      wage:
        p.wageKind === "monthly"
          ? { kind: "monthly", monthlyOre: Math.round(p.monthlyWageNok * 100) }
          : { kind: "hourly", hourlyOre: Math.round(p.hourlyWageNok * 100), hoursPerWeek: p.hoursPerWeek },
      holidayPayRate: p.holidayPayPercent / 100,
      employerTaxZone: p.zone,
      pensionRate: p.pensionPercent / 100,
      measures,
      months: p.months,
      on,
    }),
  };
}
