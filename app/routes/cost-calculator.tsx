import { useTranslation } from "react-i18next";
import { measureCatalogue } from "~/domain/measures/catalogue";
import { measureLabels } from "~/domain/measures/measure-codes";
import { searchParamsRecord } from "~/domain/openings/public-search-params";
import { calculatorEstimate, calculatorParams } from "~/domain/proposals/calculator";
import { employerTaxZones, wageSubsidies } from "~/domain/proposals/proposal-schema";
import { useLocale } from "~/i18n/use-locale";
import { CostEstimateView } from "~/ui/cost-estimate";
import { ChoiceGroup, KitForm, Notice, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/cost-calculator";

/** The calculator's state lives in the URL (a GET form): shareable, and it works without JavaScript. */
export async function loader({ request }: Route.LoaderArgs) {
  const p = calculatorParams.parse(searchParamsRecord(new URL(request.url)));
  return { p, result: calculatorEstimate(p, new Date()) };
}

export default function CostCalculator({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const { p, result } = loaderData;
  const [form, f] = useZodForm(calculatorParams, undefined, {
    defaultValue: Object.fromEntries(
      Object.entries(p).map(([k, v]) => [k, typeof v === "boolean" ? (v ? "on" : undefined) : String(v)]),
    ),
  });
  const rule = (code: "VARIG_LONNSTILSKUDD" | "FUNKSJONSASSISTANSE" | "VTA_O") =>
    measureCatalogue[code].eligibility?.rule[lang];
  const box = (meta: typeof f.vtaO, legend: string, label: string, hint?: string) => (
    <ChoiceGroup meta={meta} legend={legend} hint={hint} options={[{ value: "on", label }]} />
  );
  return (
    <Page title={t("calculator.title")} intro={t("calculator.intro")}>
      <div className="grid gap-8 md:grid-cols-[20rem_1fr]">
        <div>
          <KitForm form={form} result={undefined} fields={f} labels={{}} method="get">
            <ChoiceGroup
              meta={f.wageKind}
              type="radio"
              legend={t("calculator.wageKind")}
              options={(["monthly", "hourly"] as const).map((k) => ({ value: k, label: t(`calculator.${k}`) }))}
            />
            <TextField meta={f.monthlyWageNok} label={t("calculator.monthlyWageNok")} type="number" step="1" />
            <TextField meta={f.hourlyWageNok} label={t("calculator.hourlyWageNok")} type="number" step="1" />
            <TextField meta={f.hoursPerWeek} label={t("calculator.hoursPerWeek")} type="number" step="0.5" />
            <TextField meta={f.holidayPayPercent} label={t("calculator.holidayPayPercent")} type="number" step="0.1" />
            <TextField meta={f.pensionPercent} label={t("calculator.pensionPercent")} type="number" step="0.1" />
            <SelectField
              meta={f.zone}
              label={t("calculator.zone")}
              options={employerTaxZones.map((z) => ({ value: z, label: t("proposals.zone", { zone: z }) }))}
            />
            <SelectField
              meta={f.wageSubsidy}
              label={t("proposals.wageSubsidy")}
              options={wageSubsidies.map((w) => ({
                value: w,
                label: w === "NONE" ? t("proposals.wageSubsidyNone") : measureLabels[w][lang],
              }))}
            />
            <TextField meta={f.percent} label={t("proposals.subsidyPercent")} type="number" step="1" />
            {box(
              f.permanentlyReducedWorkCapacity,
              t("proposals.permanentlyReducedWorkCapacityLegend"),
              t("proposals.permanentlyReducedWorkCapacity"),
              rule("VARIG_LONNSTILSKUDD"),
            )}
            {box(f.reducedWorkCapacity, t("proposals.reducedWorkCapacity"), t("proposals.reducedWorkCapacity"))}
            <TextField meta={f.months} label={t("calculator.months")} type="number" step="1" />
            <fieldset className="mb-5">
              <legend className="mb-2 text-lg font-semibold">{t("calculator.measures")}</legend>
              {box(
                f.functionalAssistance,
                measureLabels.FUNKSJONSASSISTANSE[lang],
                t("calculator.functionalAssistance"),
                rule("FUNKSJONSASSISTANSE"),
              )}
              {box(
                f.assistantEmployedByEmployer,
                t("proposals.assistantEmployedByEmployerLegend"),
                t("proposals.assistantEmployedByEmployer"),
                t("proposals.assistantEmployedByEmployerHint"),
              )}
              <TextField
                meta={f.assistantHoursPerMonth}
                label={t("proposals.assistantHoursPerMonth")}
                type="number"
                step="0.5"
              />
              <TextField
                meta={f.assistantHourlyWageNok}
                label={t("proposals.assistantHourlyWageNok")}
                type="number"
                step="1"
              />
              {box(f.vtaO, measureLabels.VTA_O[lang], t("calculator.vtaO"))}
              {box(
                f.receivesDisabilityBenefit,
                t("proposals.receivesDisabilityBenefitLegend"),
                t("proposals.receivesDisabilityBenefit"),
                rule("VTA_O"),
              )}
            </fieldset>
            <SubmitButton>{t("calculator.calculate")}</SubmitButton>
          </KitForm>
        </div>
        <section aria-labelledby="result-title" aria-live="polite" className="min-w-0">
          <h2 id="result-title" className="text-xl font-semibold">
            {t("calculator.result")}
          </h2>
          {result.ok ? (
            <CostEstimateView estimate={result.estimate} />
          ) : (
            <Notice tone="warning">
              {t("calculator.invalid", { reason: result.reasons.map((r) => r[lang]).join(" ") })}
            </Notice>
          )}
        </section>
      </div>
    </Page>
  );
}
