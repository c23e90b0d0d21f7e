import { measureCatalogue, subsidyPercentForMonth, validatePackage, type PackageMeasureInput } from "./catalogue";
import { gOn, inclusionGrantCapOn, vtaOGrantOn, type DatedAmount } from "./rates";

export type EmployerTaxZone = "1" | "1a" | "2" | "3" | "4" | "4a" | "5";

/** Arbeidsgiveravgift by zone, as a fraction of the wage. */
export const employerTaxRates: Record<EmployerTaxZone, number> = {
  "1": 0.141,
  "1a": 0.106,
  "2": 0.106,
  "3": 0.064,
  "4": 0.051,
  "4a": 0.079,
  "5": 0,
};

export const HOLIDAY_PAY_RATE_MIN = 0.102;
export const HOLIDAY_PAY_RATE_MAX = 0.12;
/** Obligatorisk tjenestepensjon: the law's minimum contribution. */
export const PENSION_RATE_MIN = 0.02;
export const ESTIMATE_MONTHS_MAX = 60;

export type Wage =
  { kind: "monthly"; monthlyOre: number } | { kind: "hourly"; hourlyOre: number; hoursPerWeek: number };

export type CostInput = {
  wage: Wage;
  holidayPayRate: number;
  employerTaxZone: EmployerTaxZone;
  pensionRate: number;
  measures: PackageMeasureInput[];
  months: number;
  on: Date;
};

export type CostPeriod = {
  fromMonth: number;
  toMonth: number;
  /** The participant's wage cost */
  monthlyWageCostOre: number;
  /** Lønnstilskudd */
  monthlySubsidyOre: number;
  /** The VTA-O grant: a fixed monthly amount to the employer */
  monthlyVtaOGrantOre: number;
  /** Funksjonsassistanse: the assistant's wage cost, when the employer employs the assistant… */
  monthlyAssistantCostOre: number;
  /** …and NAV's refund of it to the employer */
  monthlyAssistanceGrantOre: number;
  /** Mentor hours and inkluderingstilskudd: refunds of costs the estimate does not count (net zero) */
  monthlyPublicOtherOre: number;
  /** wage + assistant − lønnstilskudd − VTA-O grant − assistance refund */
  monthlyEmployerCostOre: number;
};

/** A dated amount the estimate used, so the reader sees its date, its source and whether it is confirmed. */
export type UsedRate = { kind: "G" | "inclusionGrantCap" | "vtaOGrant" } & DatedAmount;

export type CostEstimate = {
  monthlyWageCostOre: number;
  periods: CostPeriod[];
  totalWageCostOre: number;
  totalPublicOre: number;
  totalEmployerOre: number;
  /** The dated amounts behind the figures; any provisional one makes the estimate provisional */
  rates: UsedRate[];
  provisional: boolean;
};

function assertNonNegative(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number ≥ 0, got ${value}`);
}

/** Hourly wages become monthly with 52 weeks spread over 12 months. */
export function monthlyWageOre(wage: Wage): number {
  if (wage.kind === "monthly") {
    assertNonNegative(wage.monthlyOre, "monthlyOre");
    return Math.round(wage.monthlyOre);
  }
  assertNonNegative(wage.hourlyOre, "hourlyOre");
  assertNonNegative(wage.hoursPerWeek, "hoursPerWeek");
  return Math.round((wage.hourlyOre * wage.hoursPerWeek * 52) / 12);
}

/**
 * The employer's full monthly cost of the wage, unrounded: wage + holiday pay, employer tax on
 * both, + OTP on the wage. It is also the base NAV's lønnstilskudd is a percent of: NAV computes
 * the subsidy on the wage including feriepenger, arbeidsgiveravgift and OTP, not on the bare wage.
 */
function exactWageCost(wageOre: number, holidayPayRate: number, taxRate: number, pensionRate: number): number {
  const holidayPay = wageOre * holidayPayRate;
  return (wageOre + holidayPay) * (1 + taxRate) + wageOre * pensionRate;
}

function validateCostInput(input: CostInput): void {
  const { holidayPayRate, pensionRate, months, on, employerTaxZone } = input;
  if (
    !Number.isFinite(holidayPayRate) ||
    holidayPayRate < HOLIDAY_PAY_RATE_MIN ||
    holidayPayRate > HOLIDAY_PAY_RATE_MAX
  ) {
    throw new RangeError(
      `holidayPayRate must be between ${HOLIDAY_PAY_RATE_MIN} and ${HOLIDAY_PAY_RATE_MAX}, got ${holidayPayRate}`,
    );
  }
  if (!Number.isFinite(pensionRate) || pensionRate < PENSION_RATE_MIN || pensionRate > 1) {
    throw new RangeError(`pensionRate must be at least ${PENSION_RATE_MIN} (OTP), got ${pensionRate}`);
  }
  if (!Number.isInteger(months) || months < 1 || months > ESTIMATE_MONTHS_MAX) {
    throw new RangeError(`months must be a whole number from 1 to ${ESTIMATE_MONTHS_MAX}, got ${months}`);
  }
  if (!(employerTaxZone in employerTaxRates))
    throw new RangeError(`Unknown employer tax zone ${String(employerTaxZone)}`);
  if (Number.isNaN(on.getTime())) throw new RangeError("on must be a valid date");
}

function activeInMonth(m: PackageMeasureInput, month: number): boolean {
  return m.months === null || month <= m.months;
}

/**
 * What a hire costs the employer month by month with the package's measures. The package must be
 * valid (validatePackage): an estimate of an invalid package would promise money NAV will not pay,
 * so it throws a RangeError carrying the reasons instead. Amounts in force on `on` (G, the
 * inclusion grant cap, the VTA-O grant) are used for the whole estimate, and listed in it.
 */
export function estimateEmployerCost(input: CostInput): CostEstimate {
  const wageOre = monthlyWageOre(input.wage);
  validateCostInput(input);
  const reasons = validatePackage(input.measures, input.on);
  if (reasons.length > 0) throw new RangeError(`Invalid support package: ${reasons.map((r) => r.en).join(" ")}`);

  const taxRate = employerTaxRates[input.employerTaxZone];
  const exactCost = exactWageCost(wageOre, input.holidayPayRate, taxRate, input.pensionRate);
  const monthlyWageCost = Math.round(exactCost);
  const rates = usedRates(input.measures, input.on);
  const rateOf = (kind: UsedRate["kind"]) => rates.find((r) => r.kind === kind)?.amountOre ?? 0;
  const gOre = rateOf("G");
  const inclusionCapOre = rateOf("inclusionGrantCap");
  const vtaOGrantOre = rateOf("vtaOGrant");

  const periods: CostPeriod[] = [];
  for (let month = 1; month <= input.months; month++) {
    let wageCost = monthlyWageCost;
    let subsidy = 0;
    let vtaOGrant = 0;
    let assistantCost = 0;
    let assistanceGrant = 0;
    let publicOther = 0;
    for (const m of input.measures) {
      const rule = measureCatalogue[m.code];
      if (!activeInMonth(m, month)) continue;
      if (!rule.employerPaysWage) wageCost = 0;
      const percent = subsidyPercentForMonth(m, month);
      if (percent > 0) {
        const amount = Math.round((exactCost * percent) / 100);
        const yearlyCapG = rule.wageSubsidy?.yearlyCapG ?? null;
        subsidy += yearlyCapG === null ? amount : Math.min(amount, Math.round((yearlyCapG * gOre) / 12));
      }
      if (rule.employerGrant === "monthlyRate") vtaOGrant += vtaOGrantOre;
      if (rule.employerGrant === "assistantWageRefund" && m.assistantEmployedByEmployer === true) {
        // NAV refunds the assistant's actual wage costs (wage with holiday pay, employer tax and
        // OTP) to the assistant's employer: a cost this employer has, and the grant that covers it.
        const cost = Math.round(
          exactWageCost(
            (m.assistantHoursPerMonth ?? 0) * (m.assistantHourlyWageOre ?? 0),
            input.holidayPayRate,
            taxRate,
            input.pensionRate,
          ),
        );
        assistantCost += cost;
        assistanceGrant += cost;
      }
      if (rule.requires.mentorHours) {
        publicOther += Math.round((m.mentorHoursPerMonth ?? 0) * (m.mentorHourlyWageOre ?? 0) * (1 + taxRate));
      }
      if (rule.requires.extraCosts && m.months !== null) {
        publicOther += Math.round(Math.min(m.extraCostsOre ?? 0, inclusionCapOre) / m.months);
      }
    }
    // A participant on arbeidstrening is paid by NAV, not by the employer: nothing to subsidise.
    if (wageCost === 0) subsidy = 0;
    const row = {
      monthlyWageCostOre: wageCost,
      monthlySubsidyOre: subsidy,
      monthlyVtaOGrantOre: vtaOGrant,
      monthlyAssistantCostOre: assistantCost,
      monthlyAssistanceGrantOre: assistanceGrant,
      monthlyPublicOtherOre: publicOther,
      monthlyEmployerCostOre: wageCost + assistantCost - subsidy - vtaOGrant - assistanceGrant,
    };
    const last = periods.at(-1);
    if (last && (Object.keys(row) as (keyof typeof row)[]).every((k) => last[k] === row[k])) {
      last.toMonth = month;
    } else {
      periods.push({ fromMonth: month, toMonth: month, ...row });
    }
  }

  let totalWageCostOre = 0;
  let totalPublicOre = 0;
  let totalEmployerOre = 0;
  for (const p of periods) {
    const n = p.toMonth - p.fromMonth + 1;
    totalWageCostOre += p.monthlyWageCostOre * n;
    totalPublicOre +=
      (p.monthlySubsidyOre + p.monthlyVtaOGrantOre + p.monthlyAssistanceGrantOre + p.monthlyPublicOtherOre) * n;
    totalEmployerOre += p.monthlyEmployerCostOre * n;
  }
  return {
    monthlyWageCostOre: monthlyWageCost,
    periods,
    totalWageCostOre,
    totalPublicOre,
    totalEmployerOre,
    rates,
    provisional: rates.some((r) => r.provisional),
  };
}

/**
 * The dated amounts a package's estimate depends on, in force on its start date: G only with a
 * G-capped subsidy, the inclusion cap only with inkluderingstilskudd, the VTA-O rate only with VTA-O.
 */
export function usedRates(measures: readonly PackageMeasureInput[], on: Date): UsedRate[] {
  const rules = measures.map((m) => measureCatalogue[m.code]);
  const rates: UsedRate[] = [];
  if (rules.some((r) => r.wageSubsidy?.yearlyCapG != null)) rates.push({ kind: "G", ...gOn(on) });
  if (rules.some((r) => r.requires.extraCosts)) rates.push({ kind: "inclusionGrantCap", ...inclusionGrantCapOn(on) });
  if (rules.some((r) => r.employerGrant === "monthlyRate")) rates.push({ kind: "vtaOGrant", ...vtaOGrantOn(on) });
  return rates;
}
