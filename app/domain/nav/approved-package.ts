import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { isCalendarDay } from "~/domain/forms/zod-fields";

/** NAV's decision on one measure as pages and the estimate read it (days as YYYY-MM-DD, Oslo calendar). */
export type NavDecisionView = {
  measureCode: string;
  outcome: "APPROVED" | "DECLINED";
  percent: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  reason: string | null;
  decidedOn: string;
};

/** The wage subsidies: the measures whose approval carries a percentage. */
export const percentMeasures: readonly string[] = ["MIDLERTIDIG_LONNSTILSKUDD", "VARIG_LONNSTILSKUDD"];

function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  // The same day of the month, or the month's last day when it has fewer (31 January + 1 month = 28/29 February).
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * How many months an approved period covers, counted as NAV counts a measure's duration: the
 * whole months from its first day, a started month counting as one (1 January–30 June is 6,
 * 15 January–14 July is 6, 15 January–15 July is 7). Calendar days, so no time zone enters.
 */
export function periodMonths(from: string, to: string): number {
  if (!isCalendarDay(from) || !isCalendarDay(to) || to < from) throw new RangeError(`Not a period: ${from}–${to}`);
  let months = 1;
  while (addMonths(from, months) <= to) months++;
  return months;
}

/**
 * The package as NAV decided it, for the cost estimate: an approved measure takes NAV's period
 * (and, for a wage subsidy, its percentage); a declined one is gone; a measure NAV has not decided
 * on yet stays as the company proposed it.
 */
export function withNavDecisions(
  measures: readonly PackageMeasureInput[],
  decisions: readonly NavDecisionView[],
): PackageMeasureInput[] {
  const byCode = new Map(decisions.map((d) => [d.measureCode, d]));
  return measures.flatMap((m): PackageMeasureInput[] => {
    const d = byCode.get(m.code);
    if (!d) return [m];
    if (d.outcome === "DECLINED") return [];
    return [
      {
        ...m,
        percent: percentMeasures.includes(m.code) && d.percent !== null ? d.percent : m.percent,
        months: d.periodFrom && d.periodTo ? periodMonths(d.periodFrom, d.periodTo) : m.months,
      },
    ];
  });
}
