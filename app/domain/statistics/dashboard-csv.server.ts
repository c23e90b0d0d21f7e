import { spreadsheetCsv } from "~/domain/exports/spreadsheet-csv";
import type { DashboardData } from "./dashboard.server";
import { peopleText } from "./figures";

/**
 * Every figure of the dashboard as CSV rows (figure, label, value), with counts of people exactly
 * as on the page ("< 5", and bands such as "10–14" on the public one). Money in kroner with two decimals, so a spreadsheet sums it.
 * `full` adds the member-only breakdown per inclusion company.
 */
export function dashboardCsv(data: DashboardData, period: { fromDay: string; toDay: string }, full: boolean): string {
  const kr = (ore: number) => (ore / 100).toFixed(2);
  const rows: (string | number)[][] = [["figure", "label", "value", "from", "to"]];
  const add = (figure: string, label: string, value: string | number) =>
    rows.push([figure, label, value, period.fromDay, period.toDay]);
  add("openings", "published", data.openings.published);
  add("openings", "filled", data.openings.filled);
  add("openings", "tasks", data.openings.tasks);
  add("openings", "reserved_tasks", data.openings.reservedTasks);
  for (const f of data.funnel) add("funnel", f.stage, peopleText(f.count));
  for (const h of data.hiresByMeasure) add("hires_by_measure", h.measure, peopleText(h.count));
  add("median_days_to_hire", "days", data.medianDaysToHire ?? "< 5");
  if (full) for (const c of data.activePerCompany) add("active_candidates_per_company", c.company, peopleText(c.count));
  for (const q of data.procurement) add("procurement_nok", q.quarter, kr(q.amountOre));
  // The saving's parts: each cell's published count (a cell under 5 adds nothing to the total).
  for (const c of data.saving.cells) add("estimated_saving_hires", c.cell, peopleText(c.count));
  if (data.saving.totalFromOre === data.saving.totalToOre)
    add("estimated_saving_nok", "total", kr(data.saving.totalFromOre));
  else {
    // Public counts are bands of 5, so the saving is a range: both ends, each a number a spreadsheet can use.
    add("estimated_saving_nok", "total_from", kr(data.saving.totalFromOre));
    add("estimated_saving_nok", "total_to", kr(data.saving.totalToOre));
  }
  // Formula cells escaped, byte order mark for Excel: the one helper every export uses.
  return spreadsheetCsv(rows);
}
