import { BarChart, type BarDatum } from "~/ui/bar-chart";
import { DataTable } from "~/ui/data-table";

/**
 * One figure: a heading, the chart, and the table with the same numbers. The chart is an image
 * with a title; the table is what screen readers read.
 */
export function Figure({ title, head, rows }: { title: string; head: [string, string]; rows: readonly BarDatum[] }) {
  const id = title.replace(/\W+/g, "-").toLowerCase();
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {rows.length ? (
        <>
          <BarChart title={title} data={rows} />
          <div className="mt-2 max-w-xl">
            <DataTable
              caption={title}
              captionHidden
              rows={rows}
              rowKey={(r) => r.label}
              columns={[
                { header: head[0], rowHeader: true, cell: (r) => r.label },
                { header: head[1], numeric: true, cell: (r) => r.display },
              ]}
            />
          </div>
        </>
      ) : (
        <p>–</p>
      )}
    </section>
  );
}
