import { z } from "zod";
import { queryEnum, queryInt, queryNumber, queryText } from "~/domain/forms/url-params";
import { validatePackage, type PackageMeasureInput, type Reason } from "~/domain/measures/catalogue";
import { estimateEmployerCost, type CostEstimate } from "~/domain/measures/cost";
import { employerTaxZones, wageSubsidies } from "./proposal-schema";

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
  reducedWorkCapacity: queryText(3).transform((v) => v === "on"),
  months: queryInt(1, 60, 12),
});

export type CalculatorParams = z.output<typeof calculatorParams>;

/**
 * The employer's cost with one wage subsidy, or the catalogue's reasons why NAV would not pay
 * that subsidy (in both languages, for the reader's): no figures for a package NAV refuses.
 */
export function calculatorEstimate(
  p: CalculatorParams,
  on: Date,
): { ok: true; estimate: CostEstimate } | { ok: false; reasons: Reason[] } {
  const measures: PackageMeasureInput[] =
    p.wageSubsidy === "NONE"
      ? []
      : [
          {
            code: p.wageSubsidy,
            percent: p.percent,
            months: p.wageSubsidy === "VARIG_LONNSTILSKUDD" ? null : p.months,
            reducedWorkCapacity: p.reducedWorkCapacity,
          },
        ];
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
