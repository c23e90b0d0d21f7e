import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import type { AreaSummary, DashboardData } from "~/domain/statistics/dashboard.server";
import { SAVING_GROUPS, type DashboardParams } from "~/domain/statistics/dashboard-params";
import { peopleText, type PeopleCount } from "~/domain/statistics/figures";
import type { PublicStatistics } from "~/domain/statistics/dashboard-page.server";
import { BarChart, FigureTable } from "./bar-chart";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";

/** A bar's length: the number, or the lower end of a public band; no bar for "< 5". */
const valueOf = (c: PeopleCount) => ("suppressed" in c ? null : "value" in c ? c.value : c.from);

/** One figure: a heading, the chart, and the table with the same numbers. */
function Figure({ title, head, rows }: { title: string; head: [string, string]; rows: { label: string; value: number | null; display: string }[] }) {
  const id = title.replace(/\W+/g, "-").toLowerCase();
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {rows.length ? (
        <>
          <BarChart title={title} data={rows} />
          <FigureTable caption={title} head={head} rows={rows} />
        </>
      ) : (
        <p>–</p>
      )}
    </section>
  );
}

/** The member's period: this quarter, this year or any range of days. */
export function MemberPeriodForm({ params, days }: { params: DashboardParams; days: { fromDay: string; toDay: string } }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded border border-gray-300 p-3">
      <fieldset>
        <legend className="font-semibold">{t("dashboard.period")}</legend>
        {(["quarter", "year", "custom"] as const).map((p) => (
          <label key={p} className="mr-4 inline-flex items-center gap-2">
            <input type="radio" name="period" value={p} defaultChecked={params.period === p} className="h-5 w-5" />
            {t(`dashboard.${p}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="d-from" className="block text-sm font-semibold">
          {t("dashboard.from")}
        </label>
        <input id="d-from" name="from" type="date" defaultValue={params.from ?? days.fromDay} className="rounded border-2 border-gray-600 px-2 py-1" />
      </div>
      <div>
        <label htmlFor="d-to" className="block text-sm font-semibold">
          {t("dashboard.to")}
        </label>
        <input id="d-to" name="to" type="date" defaultValue={params.to ?? days.toDay} className="rounded border-2 border-gray-600 px-2 py-1" />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("dashboard.show")}
      </button>
    </Form>
  );
}

type PeriodOption = PublicStatistics["period"];

/** The public period: one completed quarter or year from a list (a plain GET form, works without JavaScript). */
export function PublicPeriodForm({ period, periods }: { period: PeriodOption; periods: PublicStatistics["periods"] }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded border border-gray-300 p-3">
      <div>
        <label htmlFor="periode" className="block font-semibold">
          {t("dashboard.period")}
        </label>
        {/* keyed: after a client-side navigation the list shows the period now shown */}
        <select key={period.key} id="periode" name="periode" defaultValue={period.key} className="rounded border-2 border-gray-600 px-2 py-1">
          <optgroup label={t("dashboard.quarters")}>
            {periods.quarters.map((p) => (
              <option key={p.key} value={p.key}>
                {periodLabel(t, p)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("dashboard.years")}>
            {periods.years.map((p) => (
              <option key={p.key} value={p.key}>
                {periodLabel(t, p)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("dashboard.show")}
      </button>
    </Form>
  );
}

type T = ReturnType<typeof useTranslation>["t"];

export function periodLabel(t: T, p: PeriodOption): string {
  return p.kind === "year" ? t("dashboard.yearOption", { year: p.year }) : t("dashboard.quarterOption", { quarter: p.quarter, year: p.year });
}

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
  /** The period form of the page (members: any range; public: completed quarters and years) */
  picker: ReactNode;
  audience: "member" | "public";
  /** Members' URL state, for the editable assumptions; the public page uses the defaults */
  params: DashboardParams | null;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const nok = (ore: number) => formatNok(ore, lang);
  const nokRange = (from: number, to: number) => (from === to ? nok(from) : `${nok(from)} – ${nok(to)}`);
  const share = data.openings.reservedShare;
  const saving = data.saving;
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
        <dl className="mt-2 grid max-w-xl grid-cols-[1fr_auto] gap-x-6 gap-y-1">
          <dt>{t("dashboard.published")}</dt>
          <dd className="text-right font-semibold">{data.openings.published}</dd>
          <dt>{t("dashboard.filled")}</dt>
          <dd className="text-right font-semibold">{data.openings.filled}</dd>
          <dt>{t("dashboard.reservedShare")}</dt>
          <dd className="text-right font-semibold">{share === null ? t("dashboard.noTasks") : `${Math.round(share * 100)} %`}</dd>
        </dl>
      </section>

      <Figure
        title={t("dashboard.funnel")}
        head={[t("dashboard.stage"), t("dashboard.count")]}
        rows={data.funnel.map((f) => ({ label: t(`dashboard.funnelStages.${f.stage}`), value: valueOf(f.count), display: peopleText(f.count) }))}
      />
      <Figure
        title={t("dashboard.hiresByMeasure")}
        head={[t("dashboard.measure"), t("dashboard.count")]}
        rows={data.hiresByMeasure.map((h) => ({ label: isMeasureCode(h.measure) ? measureLabels[h.measure][lang] : t("dashboard.noMeasure"), value: valueOf(h.count), display: peopleText(h.count) }))}
      />
      <section aria-labelledby="median-title" className="mt-8">
        <h2 id="median-title" className="text-xl font-semibold">
          {t("dashboard.medianDays")}
        </h2>
        <p className="mt-1 text-lg">{data.medianDaysToHire === null ? t("dashboard.tooFew") : t("dashboard.medianValue", { days: data.medianDaysToHire })}</p>
      </section>
      {audience === "member" ? (
        <Figure
          title={t("dashboard.activePerCompany")}
          head={[t("dashboard.company"), t("dashboard.count")]}
          rows={data.activePerCompany.map((c) => ({ label: c.company, value: valueOf(c.count), display: peopleText(c.count) }))}
        />
      ) : null}
      <Figure
        title={t("dashboard.procurement")}
        head={[t("dashboard.quarterCol"), t("dashboard.amount")]}
        rows={data.procurement.map((q) => ({ label: q.quarter, value: q.amountOre, display: nok(q.amountOre) }))}
      />

      <section aria-labelledby="saving-title" className="mt-8 max-w-2xl">
        <h2 id="saving-title" className="text-xl font-semibold">
          {t("dashboard.saving")}
        </h2>
        <p className="mt-1">{t("dashboard.savingFormula", { months: saving.months })}</p>
        <p className="mt-1">{t("dashboard.savingCells")}</p>
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("dashboard.savingTable")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-1 pr-3">{t("dashboard.targetGroup")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("dashboard.hires")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("dashboard.perMonth")}</th>
              <th scope="col" className="py-1 text-right">{t("dashboard.contribution")}</th>
            </tr>
          </thead>
          <tbody>
            {saving.cells.map((c) => (
              <tr key={c.cell} className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-3 font-normal">{c.cell === "NONE" ? t("dashboard.assumptionDefault") : t(`targetGroups.${c.cell}`)}</th>
                <td className="py-1 pr-3 text-right">{peopleText(c.count)}</td>
                <td className="py-1 pr-3 text-right">{nok(c.monthlyOre)}</td>
                <td className="py-1 text-right">{"suppressed" in c.count ? t("dashboard.leftOut") : nokRange(c.fromOre, c.toOre)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-gray-400 font-semibold">
              <th scope="row" className="py-1 pr-3 text-left">{t("dashboard.total")}</th>
              <td className="py-1 pr-3 text-right">{peopleText(saving.hires)}</td>
              <td className="py-1 pr-3" />
              <td className="py-1 text-right">{nokRange(saving.totalFromOre, saving.totalToOre)}</td>
            </tr>
          </tfoot>
        </table>
        <p className="mt-2 font-semibold">{t("dashboard.savingResult", { total: nokRange(saving.totalFromOre, saving.totalToOre) })}</p>
        {params ? (
          <Form method="get" className="mt-3 rounded border border-gray-300 p-3">
            <input type="hidden" name="period" value={params.period} />
            {params.from ? <input type="hidden" name="from" value={params.from} /> : null}
            {params.to ? <input type="hidden" name="to" value={params.to} /> : null}
            <fieldset>
              <legend className="font-semibold">{t("dashboard.assumptions")}</legend>
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                {([...SAVING_GROUPS, "default"] as const).map((g) => (
                  <div key={g}>
                    <label htmlFor={`a-${g}`} className="block text-sm">
                      {g === "default" ? t("dashboard.assumptionDefault") : t(`targetGroups.${g}`)}
                    </label>
                    <input id={`a-${g}`} name={g} type="number" min={0} defaultValue={params[g]} className="rounded border-2 border-gray-600 px-2 py-1" />
                  </div>
                ))}
                <div>
                  <label htmlFor="a-months" className="block text-sm">
                    {t("dashboard.assumptionsMonths")}
                  </label>
                  <input id="a-months" name="months" type="number" min={1} max={60} defaultValue={params.months} className="rounded border-2 border-gray-600 px-2 py-1" />
                </div>
              </div>
            </fieldset>
            <button type="submit" className="mt-3 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
              {t("dashboard.update")}
            </button>
          </Form>
        ) : null}
      </section>

      {county ? (
        <section aria-labelledby="county-title" className="mt-8">
          <h2 id="county-title" className="text-xl font-semibold">
            {t("dashboard.comparison")}
          </h2>
          <table className="mt-2 w-full max-w-2xl border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-1 pr-3">{t("dashboard.figure")}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t("dashboard.municipalityCol")}</th>
                <th scope="col" className="py-1 text-right">{t("dashboard.countyCol", { county: county.name })}</th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-3 font-normal">{t("dashboard.published")}</th>
                <td className="py-1 pr-3 text-right">{data.openings.published}</td>
                <td className="py-1 text-right">{county.data.published}</td>
              </tr>
              {(["PROPOSED", "HIRED"] as const).map((stage) => (
                <tr key={stage} className="border-b border-gray-200">
                  <th scope="row" className="py-1 pr-3 font-normal">{t(`dashboard.funnelStages.${stage}`)}</th>
                  <td className="py-1 pr-3 text-right">{peopleText(data.funnel.find((f) => f.stage === stage)?.count ?? { value: 0 })}</td>
                  <td className="py-1 text-right">{peopleText(stage === "PROPOSED" ? county.data.proposed : county.data.hired)}</td>
                </tr>
              ))}
              <tr className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-3 font-normal">{t("dashboard.medianDays")}</th>
                <td className="py-1 pr-3 text-right">{data.medianDaysToHire ?? "< 5"}</td>
                <td className="py-1 text-right">{county.data.medianDaysToHire ?? "< 5"}</td>
              </tr>
            </tbody>
          </table>
        </section>
      ) : null}
      {audience === "member" ? null : (
        <p className="mt-8">
          <Link to="/" className="text-brand-700 underline">
            {t("app.name")}
          </Link>
        </p>
      )}
    </>
  );
}
