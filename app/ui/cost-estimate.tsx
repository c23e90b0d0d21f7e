import { useTranslation } from "react-i18next";
import type { CostEstimate, CostPeriod, UsedRate } from "~/domain/measures/cost";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { formatDay } from "~/lib/dates";
import { DataTable, type Column } from "./data-table";
import { Notice } from "./form";

/**
 * The cost estimate as a table (the figures) and a bar chart (the shape: how the employer's share
 * grows as the subsidy steps down). The chart is an SVG with a text alternative; the table is the
 * accessible source of truth. Columns for the VTA-O grant and a functional assistant appear only
 * when the package has them. Under it, every dated rate the figures rest on with its date and
 * source; a rate not yet confirmed makes the whole estimate say it is provisional.
 */
export function CostEstimateView({ estimate }: { estimate: CostEstimate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nok = (ore: number) => formatNok(ore, locale);
  const period = (p: { fromMonth: number; toMonth: number }) =>
    p.fromMonth === p.toMonth ? String(p.fromMonth) : `${p.fromMonth}–${p.toMonth}`;
  const money = (key: string, pick: (p: CostPeriod) => number): Column<CostPeriod> => ({
    header: t(`proposals.${key}`),
    numeric: true,
    cell: (p) => nok(pick(p)),
  });
  const any = (pick: (p: CostPeriod) => number) => estimate.periods.some((p) => pick(p) !== 0);
  const columns: Column<CostPeriod>[] = [
    { header: t("proposals.period"), rowHeader: true, cell: (p) => period(p) },
    money("wageCost", (p) => p.monthlyWageCostOre),
    ...(any((p) => p.monthlyAssistantCostOre) ? [money("assistantCost", (p) => p.monthlyAssistantCostOre)] : []),
    money("subsidy", (p) => p.monthlySubsidyOre),
    ...(any((p) => p.monthlyVtaOGrantOre) ? [money("vtaOGrant", (p) => p.monthlyVtaOGrantOre)] : []),
    ...(any((p) => p.monthlyAssistanceGrantOre) ? [money("assistanceGrant", (p) => p.monthlyAssistanceGrantOre)] : []),
    money("otherPublic", (p) => p.monthlyPublicOtherOre),
    {
      header: t("proposals.employerCost"),
      numeric: true,
      cell: (p) => <strong>{nok(p.monthlyEmployerCostOre)}</strong>,
    },
  ];
  const cost = (p: CostPeriod) => p.monthlyWageCostOre + p.monthlyAssistantCostOre;
  const publicMoney = (p: CostPeriod) =>
    p.monthlySubsidyOre + p.monthlyVtaOGrantOre + p.monthlyAssistanceGrantOre + p.monthlyPublicOtherOre;
  const max = Math.max(1, ...estimate.periods.map(cost));
  const barWidth = 48;
  const height = 120;
  return (
    <div>
      {estimate.provisional ? (
        <Notice tone="warning">
          {t("proposals.provisionalNotice", {
            rates: estimate.rates
              .filter((r) => r.provisional)
              .map((r) => t(`proposals.rateKinds.${r.kind}`))
              .join(", "),
          })}
        </Notice>
      ) : null}
      {/* A package with a VTA-O grant or an assistant has up to eight columns. The inner box is
          never narrower than the table can be, so only this region scrolls, and it is reachable
          by keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable) */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("proposals.chartTitle")}>
        <div className="w-min min-w-full">
          <DataTable
            caption={t("proposals.chartTitle")}
            captionHidden
            rows={estimate.periods}
            rowKey={(p) => String(p.fromMonth)}
            columns={columns}
          />
        </div>
      </div>
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
            const publicPart = (Math.max(0, Math.min(cost(p), publicMoney(p))) / max) * height;
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
      {estimate.rates.length ? <Rates rates={estimate.rates} /> : null}
    </div>
  );
}

/** The dated amounts behind the figures: amount, from when, confirmed or not, and where it was read. */
function Rates({ rates }: { rates: readonly UsedRate[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="mt-4" aria-labelledby="cost-rates-title">
      <h3 id="cost-rates-title" className="font-semibold">
        {t("proposals.rates")}
      </h3>
      <ul className="list-disc pl-6 text-sm">
        {rates.map((r) => (
          <li key={r.kind}>
            {t("proposals.rateLine", {
              what: t(`proposals.rateKinds.${r.kind}`),
              amount: formatNok(r.amountOre, locale),
              from: formatDay(r.validFrom, locale),
            })}
            {r.provisional ? <strong> ({t("proposals.rateProvisional")})</strong> : null}. {t("proposals.rateSource")}:{" "}
            <a href={r.source.url} className="underline" rel="noopener noreferrer">
              {r.source.title}
            </a>{" "}
            ({formatDay(r.source.date, locale)})
          </li>
        ))}
      </ul>
    </section>
  );
}
