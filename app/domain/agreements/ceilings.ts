import { addDays, osloQuarter } from "~/lib/dates";

/**
 * What an agreement's ceiling and period say (docs/decisions/0021): how much is used, per Oslo
 * quarter and in all, and when both sides are to be told that the ceiling or the end is near.
 * Pure functions on days (yyyy-mm-dd) and øre, so the page, the scheduled job and the home page
 * count the same way.
 */

/** Share of the ceiling, in per cent, at which both sides are told. */
export const CEILING_ALERT_PERCENT = 80;
/** Days before the end at which both sides are told. */
export const EXPIRY_NOTICE_DAYS = 90;

export type CallOffAmount = { calledOffAt: Date; amountExVatOre: number };
export type QuarterUsage = { quarter: string; usedOre: number; cumulativeOre: number; percentOfCeiling: number };

/** Whole per cent of the ceiling, rounded down (79.9 % is not yet 80 %). */
export function percentOf(usedOre: number, ceilingOre: number): number {
  return ceilingOre > 0 ? Math.floor((usedOre * 100) / ceilingOre) : 0;
}

/** Has what is called off reached the alert share of the ceiling? Integer arithmetic, no rounding. */
export function nearCeiling(usedOre: number, ceilingOre: number): boolean {
  return usedOre * 100 >= ceilingOre * CEILING_ALERT_PERCENT;
}

/** What may still be called off. */
export const remainingOre = (usedOre: number, ceilingOre: number): number => Math.max(0, ceilingOre - usedOre);

/** Is the agreement in force on this day (both ends included)? */
export const inForce = (today: string, startsOn: string, endsOn: string): boolean =>
  startsOn <= today && today <= endsOn;

/** Is the end at most EXPIRY_NOTICE_DAYS away (and not passed)? */
export const nearExpiry = (today: string, endsOn: string): boolean =>
  today <= endsOn && endsOn <= addDays(today, EXPIRY_NOTICE_DAYS);

/** The quarter a day falls in, as "2026-Q3". */
export function quarterOfDay(day: string): string {
  const [year, month] = day.split("-");
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

/** Every quarter from the one holding `from` to the one holding `to`, in order. */
export function quartersBetween(from: string, to: string): string[] {
  const parse = (q: string) => {
    const [y, n] = q.split("-Q");
    return Number(y) * 4 + Number(n) - 1;
  };
  const first = parse(quarterOfDay(from));
  const last = parse(quarterOfDay(to));
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

/**
 * Used per quarter of the agreement's period (a call-off counts in the Oslo quarter of the instant
 * it was made, so one at 23:30 on 31 March in Oslo belongs to the first quarter), with the running
 * total and its share of the ceiling. Quarters without call-offs stand with 0.
 */
export function usageByQuarter(
  callOffs: readonly CallOffAmount[],
  period: { startsOn: string; endsOn: string },
  ceilingOre: number,
): QuarterUsage[] {
  const byQuarter = new Map<string, number>();
  for (const c of callOffs) {
    const q = osloQuarter(c.calledOffAt);
    byQuarter.set(q, (byQuarter.get(q) ?? 0) + c.amountExVatOre);
  }
  const quarters = [...new Set([...quartersBetween(period.startsOn, period.endsOn), ...byQuarter.keys()])].sort();
  let cumulative = 0;
  return quarters.map((quarter) => {
    const usedOre = byQuarter.get(quarter) ?? 0;
    cumulative += usedOre;
    return { quarter, usedOre, cumulativeOre: cumulative, percentOfCeiling: percentOf(cumulative, ceilingOre) };
  });
}

/** The day `months` calendar months after `day`, on the month's last day when it has fewer days (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
