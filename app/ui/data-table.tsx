import type { ReactNode } from "react";

export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers and money align right, so digits line up */
  numeric?: boolean;
  /** The column that names the row (its cells are row headers for screen readers) */
  rowHeader?: boolean;
};

/**
 * The one table: a caption (visible, or for screen readers only), column headers with scope, a
 * row header when a column names the row, and numbers aligned right. With no rows it says so.
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: ReactNode;
}) {
  if (!rows.length && empty) return <p>{empty}</p>;
  const align = (c: Column<Row>) => (c.numeric ? "text-right" : "");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {columns.map((c, i) => (
              <th key={i} scope="col" className={`py-1 pr-3 ${align(c)}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-gray-200 align-top">
              {columns.map((c, i) =>
                c.rowHeader ? (
                  <th key={i} scope="row" className={`py-1 pr-3 font-normal ${align(c)}`}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={`py-1 pr-3 ${align(c)}`}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
