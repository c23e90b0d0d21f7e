import { stringify } from "csv-stringify/sync";

/**
 * CSV for people who open it in a spreadsheet, as every export of ours is opened. A cell that
 * starts with =, +, -, @, tab or carriage return would be run as a formula (CSV injection: a task
 * title or company name typed by another organisation could then fetch data or links), so
 * csv-stringify's `escape_formulas` prefixes such cells with a quote. Numbers are left alone.
 * Excel reads UTF-8 correctly only with a byte order mark (æ, ø, å in names).
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${stringify(
    rows.map((r) => [...r]),
    { escape_formulas: true },
  )}`;
}
