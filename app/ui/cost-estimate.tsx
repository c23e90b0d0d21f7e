import { useTranslation } from "react-i18next";
import type { CostEstimate } from "~/domain/measures/cost";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { DataTable } from "./data-table";

/**
 * The cost estimate as a table (the figures) and a bar chart (the shape: how the employer's share
 * grows as the subsidy steps down). The chart is an SVG with a text alternative; the table is the
 * accessible source of truth.
 */
export function CostEstimateView({ estimate }: { estimate: CostEstimate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nok = (ore: number) => formatNok(ore, locale);
  const period = (p: { fromMonth: number; toMonth: number }) =>
    p.fromMonth === p.toMonth ? String(p.fromMonth) : `${p.fromMonth}–${p.toMonth}`;
  const max = Math.max(1, ...estimate.periods.map((p) => p.monthlyWageCostOre));
  const barWidth = 48;
  const height = 120;
  return (
    <div>
      <DataTable
        caption={t("proposals.chartTitle")}
        captionHidden
        rows={estimate.periods}
        rowKey={(p) => String(p.fromMonth)}
        columns={[
          { header: t("proposals.period"), rowHeader: true, cell: (p) => period(p) },
          { header: t("proposals.wageCost"), numeric: true, cell: (p) => nok(p.monthlyWageCostOre) },
          { header: t("proposals.subsidy"), numeric: true, cell: (p) => nok(p.monthlySubsidyOre) },
          { header: t("proposals.otherPublic"), numeric: true, cell: (p) => nok(p.monthlyPublicOtherOre) },
          {
            header: t("proposals.employerCost"),
            numeric: true,
            cell: (p) => <strong>{nok(p.monthlyEmployerCostOre)}</strong>,
          },
        ]}
      />
      <p className="mt-2">
        {t("proposals.totalEmployer")}: <strong>{nok(estimate.totalEmployerOre)}</strong> · {t("proposals.totalPublic")}
        : <strong>{nok(estimate.totalPublicOre)}</strong>
      </p>
      <figure className="mt-3">
        <svg
          role="img"
          aria-labelledby="cost-chart-title"
          width={estimate.periods.length * (barWidth + 16) + 16}
          height={height + 24}
          className="max-w-full"
        >
          <title id="cost-chart-title">{t("proposals.chartTitle")}</title>
          {estimate.periods.map((p, i) => {
            const employer = (Math.max(0, p.monthlyEmployerCostOre) / max) * height;
            const publicPart =
              (Math.min(p.monthlyWageCostOre, p.monthlySubsidyOre + p.monthlyPublicOtherOre) / max) * height;
            const x = 16 + i * (barWidth + 16);
            return (
              <g key={p.fromMonth}>
                <rect x={x} y={height - employer - publicPart} width={barWidth} height={publicPart} fill="#15803d" />
                <rect x={x} y={height - employer} width={barWidth} height={employer} fill="#1e3a8a" />
                <text x={x + barWidth / 2} y={height + 16} textAnchor="middle" fontSize="12" fill="#111827">
                  {period(p)}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption className="text-sm text-gray-800">
          <span className="mr-1 inline-block h-3 w-3 bg-[#1e3a8a]" aria-hidden="true" /> {t("proposals.employerCost")}
          <span className="ml-4 mr-1 inline-block h-3 w-3 bg-[#15803d]" aria-hidden="true" /> {t("proposals.subsidy")}
        </figcaption>
      </figure>
    </div>
  );
}
