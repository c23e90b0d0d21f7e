import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import type { PublicStatistics } from "~/domain/statistics/dashboard-page.server";
import type { DashboardParams } from "~/domain/statistics/dashboard-params";

/**
 * The period pickers: plain GET forms, so the period is in the URL and they work without
 * JavaScript (a GET form changes nothing, so it needs no error summary).
 */

const inputClass = "rounded border-2 border-gray-600 px-2 py-1";
const buttonClass = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

/** The member's period: this quarter, this year or any range of days. */
export function MemberPeriodForm({
  params,
  days,
}: {
  params: DashboardParams;
  days: { fromDay: string; toDay: string };
}) {
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
      {(["from", "to"] as const).map((end) => (
        <div key={end}>
          <label htmlFor={`d-${end}`} className="block text-sm font-semibold">
            {t(`dashboard.${end}`)}
          </label>
          <input
            id={`d-${end}`}
            name={end}
            type="date"
            defaultValue={params[end] ?? (end === "from" ? days.fromDay : days.toDay)}
            className={inputClass}
          />
        </div>
      ))}
      <button type="submit" className={buttonClass}>
        {t("dashboard.show")}
      </button>
    </Form>
  );
}

type PeriodOption = PublicStatistics["period"];

/** The public period: one completed quarter or year from a list. */
export function PublicPeriodForm({ period, periods }: { period: PeriodOption; periods: PublicStatistics["periods"] }) {
  const { t } = useTranslation();
  const options = (list: readonly PeriodOption[]) =>
    list.map((p) => (
      <option key={p.key} value={p.key}>
        {p.kind === "year"
          ? t("dashboard.yearOption", { year: p.year })
          : t("dashboard.quarterOption", { quarter: p.quarter, year: p.year })}
      </option>
    ));
  return (
    <Form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded border border-gray-300 p-3">
      <div>
        <label htmlFor="periode" className="block font-semibold">
          {t("dashboard.period")}
        </label>
        {/* keyed: after a client-side navigation the list shows the period now shown */}
        <select key={period.key} id="periode" name="periode" defaultValue={period.key} className={inputClass}>
          <optgroup label={t("dashboard.quarters")}>{options(periods.quarters)}</optgroup>
          <optgroup label={t("dashboard.years")}>{options(periods.years)}</optgroup>
        </select>
      </div>
      <button type="submit" className={buttonClass}>
        {t("dashboard.show")}
      </button>
    </Form>
  );
}
