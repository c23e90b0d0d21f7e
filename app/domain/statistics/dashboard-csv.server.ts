import { spreadsheetCsv } from "~/domain/exports/spreadsheet-csv";
import type { DashboardData } from "./dashboard.server";
import { peopleText } from "./figures";

/**
 * Every figure of the dashboard as CSV rows (figure, label, value), with suppressed counts as
 * "< 5" exactly as on the page. Money in kroner with two decimals, so a spreadsheet sums it.
 * `full` adds the member-only breakdown per inclusion company.
 */
export function dashboardCsv(data: DashboardData, period: { fromDay: string; toDay: string }, full: boolean): string {
  const kr = (ore: number) => (ore / 100).toFixed(2);
  const rows: (string | number)[][] = [["figure", "label", "value", "from", "to"]];
  const add = (figure: string, label: string, value: string | number) => rows.push([figure, label, value, period.fromDay, period.toDay]);
  add("openings", "published", data.openings.published);
  add("openings", "filled", data.openings.filled);
  add("openings", "tasks", data.openings.tasks);
  add("openings", "reserved_tasks", data.openings.reservedTasks);
  for (const f of data.funnel) add("funnel", f.stage, peopleText(f.count));
  for (const h of data.hiresByMeasure) add("hires_by_measure", h.measure, peopleText(h.count));
  add("median_days_to_hire", "days", data.medianDaysToHire ?? "< 5");
  if (full) for (const c of data.activePerCompany) add("active_candidates_per_company", c.company, peopleText(c.count));
  for (const q of data.procurement) add("procurement_nok", q.quarter, kr(q.amountOre));
  add("estimated_saving_nok", "total", data.saving.totalOre === null ? "< 5" : kr(data.saving.totalOre));
  // Formula cells escaped, byte order mark for Excel: the one helper every export uses.
  return spreadsheetCsv(rows);
}
