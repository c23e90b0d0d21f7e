import { z } from "zod";
import { isCalendarDay } from "~/domain/forms/zod-fields";
import { addDays, osloMidnight, osloToday } from "~/lib/dates";
import { searchParamsRecord } from "~/domain/openings/public-search-params";
import { SAVING_PRECEDENCE, type Period, type SavingAssumptions } from "./figures";

/**
 * The member dashboard's state in the URL (the public page has its own: public-periods.ts): the period and the saving assumptions (editable, and shown
 * with the formula). Defaults are rough monthly benefit levels per target group in kroner, to be
 * replaced by the municipality's own figures; they are assumptions, not facts.
 */
export const DEFAULT_MONTHLY_NOK = {
  default: 12_000,
  UNDER_30: 12_000,
  OVER_50: 16_000,
  CV_GAP: 12_000,
  NEWLY_ARRIVED: 15_000,
  VTA_AFT: 18_000,
} as const;
/** The target groups with an assumption of their own, in the order their cells are shown. */
export const SAVING_GROUPS = SAVING_PRECEDENCE;

const isoDate = z.string().refine(isCalendarDay);
const nok = (fallback: number) => z.coerce.number().int().min(0).max(200_000).catch(fallback).default(fallback);

export const dashboardParams = z.object({
  period: z.enum(["quarter", "year", "custom"]).catch("year").default("year"),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  months: z.coerce.number().int().min(1).max(60).catch(12).default(12),
  default: nok(DEFAULT_MONTHLY_NOK.default),
  UNDER_30: nok(DEFAULT_MONTHLY_NOK.UNDER_30),
  OVER_50: nok(DEFAULT_MONTHLY_NOK.OVER_50),
  CV_GAP: nok(DEFAULT_MONTHLY_NOK.CV_GAP),
  NEWLY_ARRIVED: nok(DEFAULT_MONTHLY_NOK.NEWLY_ARRIVED),
  VTA_AFT: nok(DEFAULT_MONTHLY_NOK.VTA_AFT),
});
export type DashboardParams = z.output<typeof dashboardParams>;

export function parseDashboardParams(url: URL): DashboardParams {
  return dashboardParams.parse(searchParamsRecord(url));
}

/** The period as instants (from inclusive, to exclusive) and as the Oslo days it covers. */
export function periodOf(p: DashboardParams, today = osloToday()): Period & { fromDay: string; toDay: string } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  let fromDay: string;
  let toDay: string;
  if (p.period === "quarter") {
    const q = Math.floor((m - 1) / 3);
    fromDay = `${y}-${String(q * 3 + 1).padStart(2, "0")}-01`;
    toDay = q === 3 ? `${y}-12-31` : addDays(`${y}-${String(q * 3 + 4).padStart(2, "0")}-01`, -1);
  } else if (p.period === "custom" && p.from && p.to && p.from <= p.to) {
    fromDay = p.from;
    toDay = p.to;
  } else {
    fromDay = `${y}-01-01`;
    toDay = `${y}-12-31`;
  }
  return { from: osloMidnight(fromDay), to: osloMidnight(addDays(toDay, 1)), fromDay, toDay };
}

export function assumptionsOf(p: DashboardParams): SavingAssumptions {
  return {
    months: p.months,
    defaultMonthlyOre: p.default * 100,
    monthlyOreByGroup: Object.fromEntries(SAVING_GROUPS.map((g) => [g, p[g] * 100])),
  };
}
