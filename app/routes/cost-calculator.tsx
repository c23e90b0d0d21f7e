import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { z } from "zod";
import { queryEnum, queryInt, queryNumber, queryText } from "~/domain/forms/url-params";
import { estimateEmployerCost, type CostEstimate } from "~/domain/measures/cost";
import { searchParamsRecord } from "~/domain/openings/public-search-params";
import { employerTaxZones, wageSubsidies } from "~/domain/proposals/proposal-schema";
import { measureLabels } from "~/domain/measures/measure-codes";
import { CostEstimateView } from "~/ui/cost-estimate";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/cost-calculator";
import { useLocale } from "~/i18n/use-locale";

/** The calculator's state lives in the URL (a GET form): shareable, and it works without JavaScript. */
const params = z.object({
  wageKind: queryEnum(["monthly", "hourly"], "monthly"),
  monthlyWageNok: queryNumber(0, 500_000, 32_000),
  hourlyWageNok: queryNumber(0, 5_000, 200),
  hoursPerWeek: queryNumber(1, 60, 37.5),
  holidayPayPercent: queryNumber(10.2, 12, 12),
  pensionPercent: queryNumber(2, 30, 2),
  zone: queryEnum(employerTaxZones, "1"),
  wageSubsidy: queryEnum(wageSubsidies, "MIDLERTIDIG_LONNSTILSKUDD"),
  percent: queryNumber(0, 100, 40),
  reducedWorkCapacity: queryText(3).transform((v) => v === "on"),
  months: queryInt(1, 60, 12),
});

export async function loader({ request }: Route.LoaderArgs) {
  const p = params.parse(searchParamsRecord(new URL(request.url)));
  let estimate: CostEstimate | null = null;
  let error: string | null = null;
  try {
    estimate = estimateEmployerCost({
      wage: p.wageKind === "monthly" ? { kind: "monthly", monthlyOre: Math.round(p.monthlyWageNok * 100) } : { kind: "hourly", hourlyOre: Math.round(p.hourlyWageNok * 100), hoursPerWeek: p.hoursPerWeek },
      holidayPayRate: p.holidayPayPercent / 100,
      employerTaxZone: p.zone,
      pensionRate: p.pensionPercent / 100,
      measures: p.wageSubsidy === "NONE" ? [] : [{ code: p.wageSubsidy, percent: p.percent, months: p.wageSubsidy === "VARIG_LONNSTILSKUDD" ? null : p.months, reducedWorkCapacity: p.reducedWorkCapacity }],
      months: p.months,
      on: new Date(),
    });
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  return { p, estimate, error };
}

export default function CostCalculator({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const { p, estimate, error } = loaderData;
  const input = "mt-1 block w-full max-w-xs rounded border-2 border-gray-600 px-3 py-2";
  const field = (name: keyof typeof p, label: string, step = "1") => (
    <div className="mb-4">
      <label htmlFor={`c-${name}`} className="block font-semibold">
        {label}
      </label>
      <input id={`c-${name}`} name={name} type="number" step={step} defaultValue={String(p[name])} className={input} />
    </div>
  );
  return (
    <Page title={t("calculator.title")} intro={t("calculator.intro")}>
      <div className="grid gap-8 md:grid-cols-[20rem_1fr]">
        <Form method="get">
          <fieldset className="mb-4">
            <legend className="font-semibold">{t("calculator.wageKind")}</legend>
            {(["monthly", "hourly"] as const).map((k) => (
              <label key={k} className="mr-6 inline-flex items-center gap-2">
                <input type="radio" name="wageKind" value={k} defaultChecked={p.wageKind === k} className="h-5 w-5" />
                {t(`calculator.${k}`)}
              </label>
            ))}
          </fieldset>
          {field("monthlyWageNok", t("calculator.monthlyWageNok"))}
          {field("hourlyWageNok", t("calculator.hourlyWageNok"))}
          {field("hoursPerWeek", t("calculator.hoursPerWeek"), "0.5")}
          {field("holidayPayPercent", t("calculator.holidayPayPercent"), "0.1")}
          {field("pensionPercent", t("calculator.pensionPercent"), "0.1")}
          <div className="mb-4">
            <label htmlFor="c-zone" className="block font-semibold">
              {t("calculator.zone")}
            </label>
            <select id="c-zone" name="zone" defaultValue={p.zone} className={input}>
              {employerTaxZones.map((z) => (
                <option key={z} value={z}>
                  {t("proposals.zone", { zone: z })}
                </option>
              ))}
            </select>
          </div>
          <div className="mb-4">
            <label htmlFor="c-subsidy" className="block font-semibold">
              {t("proposals.wageSubsidy")}
            </label>
            <select id="c-subsidy" name="wageSubsidy" defaultValue={p.wageSubsidy} className={input}>
              {wageSubsidies.map((w) => (
                <option key={w} value={w}>
                  {w === "NONE" ? t("proposals.wageSubsidyNone") : measureLabels[w][lang]}
                </option>
              ))}
            </select>
          </div>
          {field("percent", t("proposals.subsidyPercent"))}
          <label className="mb-4 inline-flex items-center gap-2">
            <input type="checkbox" name="reducedWorkCapacity" value="on" defaultChecked={p.reducedWorkCapacity} className="h-5 w-5" />
            {t("proposals.reducedWorkCapacity")}
          </label>
          {field("months", t("calculator.months"))}
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("calculator.calculate")}
          </button>
        </Form>
        <section aria-labelledby="result-title" aria-live="polite">
          <h2 id="result-title" className="text-xl font-semibold">
            {t("calculator.result")}
          </h2>
          {error ? <Notice tone="warning">{t("calculator.invalid", { reason: error })}</Notice> : null}
          {estimate ? <CostEstimateView estimate={estimate} /> : null}
        </section>
      </div>
    </Page>
  );
}
