import { z } from "zod";
import { osloToday } from "~/lib/dates";
import { addDays, osloMidnight } from "~/lib/dates";
import type { Period } from "./figures";

/**
 * The periods the public statistics show: calendar quarters and calendar years on the Oslo
 * calendar, and only COMPLETED ones. Any range a visitor could choose (or a period still
 * running, which grows by a day at a time) lets two visits difference down to one day's events,
 * that is to one person; a completed quarter or year is a fixed set of days.
 * In the URL as `?periode=2026-K3` or `?periode=2025`; anything else is the default.
 */
export type PublicPeriod = { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: "year"; year: number };

/** How many completed calendar years back the choice goes (with the quarters of the same years). */
export const PUBLIC_YEARS_BACK = 3;

export function publicPeriodKey(p: PublicPeriod): string {
  return p.kind === "year" ? String(p.year) : `${p.year}-K${p.quarter}`;
}

const quarterOf = (month: number) => (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;

/** The periods on offer on an Oslo day, newest first: completed quarters, then completed years. */
export function publicPeriods(today: string = osloToday()): { quarters: PublicPeriod[]; years: PublicPeriod[] } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const running = quarterOf(m);
  const quarters: PublicPeriod[] = [];
  for (let year = y; year >= y - PUBLIC_YEARS_BACK; year--)
    for (let quarter = 4; quarter >= 1; quarter--)
      if (year < y || quarter < running) quarters.push({ kind: "quarter", year, quarter: quarter as 1 | 2 | 3 | 4 });
  const years: PublicPeriod[] = Array.from({ length: PUBLIC_YEARS_BACK }, (_, i) => ({
    kind: "year",
    year: y - 1 - i,
  }));
  return { quarters, years };
}

/** The last completed quarter: what a visitor sees first. */
export function defaultPublicPeriod(today: string = osloToday()): PublicPeriod {
  const [first] = publicPeriods(today).quarters;
  if (!first) throw new Error("no completed quarter");
  return first;
}

const periodeParam = z.object({
  periode: z
    .string()
    .max(10)
    .regex(/^\d{4}(-K[1-4])?$/)
    .optional()
    .catch(undefined),
});

/** The period of the URL if it is one on offer; otherwise (unknown, running, a custom range) the default. */
export function parsePublicPeriod(url: URL, today: string = osloToday()): PublicPeriod {
  const { periode } = periodeParam.parse({ periode: url.searchParams.get("periode") ?? undefined });
  const { quarters, years } = publicPeriods(today);
  return [...quarters, ...years].find((p) => publicPeriodKey(p) === periode) ?? defaultPublicPeriod(today);
}

/** The period's Oslo days (both ends included) and instants (from inclusive, to exclusive). */
export function publicPeriodRange(p: PublicPeriod): Period & { fromDay: string; toDay: string } {
  const firstMonth = p.kind === "year" ? 1 : (p.quarter - 1) * 3 + 1;
  const fromDay = `${p.year}-${String(firstMonth).padStart(2, "0")}-01`;
  const next =
    p.kind === "year" || p.quarter === 4
      ? `${p.year + 1}-01-01`
      : `${p.year}-${String(firstMonth + 3).padStart(2, "0")}-01`;
  return { from: osloMidnight(fromDay), to: osloMidnight(next), fromDay, toDay: addDays(next, -1) };
}
