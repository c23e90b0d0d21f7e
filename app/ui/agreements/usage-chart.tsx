import { useId } from "react";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { useTranslation } from "react-i18next";
import type { QuarterUsage } from "~/domain/agreements/ceilings";
import { CEILING_ALERT_PERCENT } from "~/domain/agreements/ceilings";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { DataTable } from "~/ui/data-table";

/**
 * Used against the ceiling per quarter: a column per quarter for what is used in all by its end,
 * a line for the ceiling and a dashed one at 80 %. Plain SVG drawn with visx on the server, an
 * image with a title; the same figures stand in the table below it, which is what screen readers
 * read (as the dashboard's charts do).
 */
export function UsageChart({ quarters, ceilingOre }: { quarters: readonly QuarterUsage[]; ceilingOre: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const width = 640;
  const height = 240;
  const margin = { top: 24, right: 110, bottom: 28, left: 8 };
  const max = Math.max(ceilingOre, ...quarters.map((q) => q.cumulativeOre));
  const x = scaleBand({
    domain: quarters.map((q) => q.quarter),
    range: [margin.left, width - margin.right],
    padding: 0.25,
  });
  const y = scaleLinear({ domain: [0, max], range: [height - margin.bottom, margin.top] });
  const ceilingY = y(ceilingOre);
  const alertY = y((ceilingOre * CEILING_ALERT_PERCENT) / 100);
  return (
    <figure className="mb-6">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        className="h-auto max-w-full"
      >
        <title id={`${id}-title`}>{t("agreements.chartTitle")}</title>
        <Group>
          {quarters.map((q) => {
            const left = x(q.quarter) ?? 0;
            const top = y(q.cumulativeOre);
            return (
              <Group key={q.quarter}>
                <Bar
                  x={left}
                  y={top}
                  width={x.bandwidth()}
                  height={Math.max(0, height - margin.bottom - top)}
                  fill={q.percentOfCeiling >= CEILING_ALERT_PERCENT ? "#92400e" : "#1e3a8a"}
                />
                <text x={left + x.bandwidth() / 2} y={height - 8} textAnchor="middle" fontSize="12" fill="#111827">
                  {q.quarter.replace("-", " ")}
                </text>
              </Group>
            );
          })}
          <Line
            from={{ x: margin.left, y: ceilingY }}
            to={{ x: width - margin.right, y: ceilingY }}
            stroke="#111827"
            strokeWidth={2}
          />
          <text x={width - margin.right + 6} y={ceilingY} dy="0.35em" fontSize="12" fill="#111827">
            {t("agreements.ceilingLine", { amount: formatNok(ceilingOre, locale) })}
          </text>
          <Line
            from={{ x: margin.left, y: alertY }}
            to={{ x: width - margin.right, y: alertY }}
            stroke="#92400e"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <text x={width - margin.right + 6} y={alertY} dy="0.35em" fontSize="12" fill="#92400e">
            {t("agreements.alertLine")}
          </text>
        </Group>
      </svg>
      <DataTable
        caption={t("agreements.usageCaption")}
        rows={quarters}
        rowKey={(q) => q.quarter}
        columns={[
          { header: t("agreements.usageColumns.quarter"), rowHeader: true, cell: (q) => q.quarter.replace("-", " ") },
          { header: t("agreements.usageColumns.used"), numeric: true, cell: (q) => formatNok(q.usedOre, locale) },
          {
            header: t("agreements.usageColumns.cumulative"),
            numeric: true,
            cell: (q) => formatNok(q.cumulativeOre, locale),
          },
          { header: t("agreements.usageColumns.percent"), numeric: true, cell: (q) => `${q.percentOfCeiling} %` },
        ]}
      />
    </figure>
  );
}
