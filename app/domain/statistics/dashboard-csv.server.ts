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
  add("hires_by_employer", "municipality", peopleText(data.hiresByEmployer.municipality));
  add("hires_by_employer", "others", peopleText(data.hiresByEmployer.others));
  for (const r of data.retention) {
    add("retention", `reached_${r.months}m`, peopleText(r.reached));
    add("retention", `retained_${r.months}m`, peopleText(r.retained));
    add("retention", `not_followed_up_${r.months}m`, peopleText(r.unknown));
    if (r.share !== null) add("retention", `share_${r.months}m`, r.share.toFixed(3));
  }
  if (data.netSaving)
    for (const side of ["municipality", "state", "total"] as const) {
      add("net_saving_nok", `${side}_gross`, kr(data.netSaving[side].grossOre));
      add("net_saving_nok", `${side}_subsidies`, kr(data.netSaving[side].subsidiesOre));
      add("net_saving_nok", `${side}_net`, kr(data.netSaving[side].netOre));
    }
  // Formula cells escaped, byte order mark for Excel: the one helper every export uses.
  return spreadsheetCsv(rows);
}
