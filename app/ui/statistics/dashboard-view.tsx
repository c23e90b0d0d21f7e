import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import type { AreaSummary, DashboardData } from "~/domain/statistics/dashboard.server";
import type { DashboardParams } from "~/domain/statistics/dashboard-params";
import { peopleText, type PeopleCount } from "~/domain/statistics/figures";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { DefinitionList } from "~/ui/definition-list";
import { CountyComparison } from "./county-comparison";
import { Figure } from "./figure";
import { HiresByEmployerFigure, NetSavingSection, RetentionSection } from "./follow-up-sections";
import { SavingSection } from "./saving-section";

/** A bar's length: the number, or the lower end of a public band; no bar for "< 5". */
const valueOf = (c: PeopleCount) => ("suppressed" in c ? null : "value" in c ? c.value : c.from);

/** The municipality dashboard, for its members and (aggregates only) for the public. */
export function DashboardView({
  data,
  county,
  days,
  exportHref,
  picker,
  audience,
  params,
}: {
  data: DashboardData;
  county: { name: string; data: AreaSummary } | null;
  days: { fromDay: string; toDay: string };
  exportHref: string;
  /** The period form of the page (members choose their own range; the public, completed quarters and years) */
  picker: ReactNode;
  audience: "member" | "public";
  /** Members' URL state, for the editable assumptions; the public page uses the defaults */
  params: DashboardParams | null;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const share = data.openings.reservedShare;
  return (
    <>
      {picker}
      <p className="mb-2" aria-live="polite">
        {t("dashboard.showing", { from: days.fromDay, to: days.toDay })}
      </p>
      {audience === "public" ? <p className="mb-2">{t("dashboard.publicRounding")}</p> : null}
      <p className="mb-6">
        <a href={exportHref} className="text-brand-700 underline">
          {t("dashboard.exportCsv")}
        </a>
      </p>

      <section aria-labelledby="openings-title">
        <h2 id="openings-title" className="text-xl font-semibold">
          {t("dashboard.openings")}
        </h2>
        <DefinitionList
          layout="columns"
          items={[
            { term: t("dashboard.published"), details: data.openings.published },
            { term: t("dashboard.filled"), details: data.openings.filled },
            {
              term: t("dashboard.reservedShare"),
              details: share === null ? t("dashboard.noTasks") : `${Math.round(share * 100)} %`,
            },
          ]}
        />
      </section>

      <Figure
        title={t("dashboard.funnel")}
        head={[t("dashboard.stage"), t("dashboard.count")]}
        rows={data.funnel.map((f) => ({
          label: t(`dashboard.funnelStages.${f.stage}`),
          value: valueOf(f.count),
          display: peopleText(f.count),
        }))}
      />
      <Figure
        title={t("dashboard.hiresByMeasure")}
        head={[t("dashboard.measure"), t("dashboard.count")]}
        rows={data.hiresByMeasure.map((h) => ({
          label: isMeasureCode(h.measure) ? measureLabels[h.measure][lang] : t("dashboard.noMeasure"),
          value: valueOf(h.count),
          display: peopleText(h.count),
        }))}
      />
      <section aria-labelledby="median-title" className="mt-8">
        <h2 id="median-title" className="text-xl font-semibold">
          {t("dashboard.medianDays")}
        </h2>
        <p className="mt-1 text-lg">
          {data.medianDaysToHire === null
            ? t("dashboard.tooFew")
            : t("dashboard.medianValue", { days: data.medianDaysToHire })}
        </p>
      </section>
      {audience === "member" ? (
        <Figure
          title={t("dashboard.activePerCompany")}
          head={[t("dashboard.company"), t("dashboard.count")]}
          rows={data.activePerCompany.map((c) => ({
            label: c.company,
            value: valueOf(c.count),
            display: peopleText(c.count),
          }))}
        />
      ) : null}
      <Figure
        title={t("dashboard.procurement")}
        head={[t("dashboard.quarterCol"), t("dashboard.amount")]}
        rows={data.procurement.map((q) => ({
          label: q.quarter,
          value: q.amountOre,
          display: formatNok(q.amountOre, lang),
        }))}
      />
      <HiresByEmployerFigure counts={data.hiresByEmployer} />
      <RetentionSection rows={data.retention} audience={audience} />
      <SavingSection saving={data.saving} params={params} />
      <NetSavingSection net={data.netSaving} months={data.saving.months} />
      {county ? <CountyComparison data={data} county={county} /> : null}
      {audience === "member" ? null : (
        <p className="mt-8">
          <Link to={href("/")} className="text-brand-700 underline">
            {t("app.name")}
          </Link>
        </p>
      )}
    </>
  );
}
