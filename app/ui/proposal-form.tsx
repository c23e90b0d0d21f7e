import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { measureLabels } from "~/domain/measures/measure-codes";
import { accommodationCategories } from "~/domain/openings/accommodations";
import { employerTaxZones, followUpFrequencies, otherMeasureCodes, proposalSchema, wageSubsidies } from "~/domain/proposals/proposal-schema";
import { ChoiceGroup, ErrorSummary, firstInvalid, SelectField, SubmitButton, TextArea, TextField } from "./form";
import { useZodForm } from "./use-zod-form";
import { useLocale } from "~/i18n/use-locale";

/** The proposal form: the support package, the follow-up, the basis of the cost estimate. */
export function ProposalForm({ lastResult, defaultValue }: { lastResult?: SubmissionResult<string[]> | null; defaultValue: Record<string, string | string[]> }) {
  const { t, i18n } = useTranslation();
  const lang = useLocale();
  const [form, f] = useZodForm(proposalSchema, lastResult, { defaultValue: { wageSubsidy: "NONE", supportMonths: "6", followUpFrequency: "WEEKLY", employerTaxZone: "1", ...defaultValue } });
  const label = (key: string) => t(`proposals.${key}`);
  const ordered = [
    f.wageSubsidy, f.subsidyPercent, f.subsidyMonths, f.otherMeasures, f.supportMonths, f.mentorHoursPerMonth, f.mentorHourlyWageNok, f.extraCostsNok, f.functionalAssistance,
    f.reducedWorkCapacity, f.followUpFrequency, f.contactPerson, f.accommodations, f.trialPeriodWeeks, f.monthlyWageNok, f.employerTaxZone, f.message,
  ];
  const focus = firstInvalid(ordered as never);
  return (
    <>
      <ErrorSummary resultKey={lastResult} formErrors={form.errors} fields={ordered.map((meta) => ({ meta: meta as never, label: label(meta.name) }))} />
      <Form method="post" {...getFormProps(form)} className="max-w-3xl">
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("package")}</legend>
          <ChoiceGroup
            meta={f.wageSubsidy as never}
            type="radio"
            legend={label("wageSubsidy")}
            options={wageSubsidies.map((w) => ({ value: w, label: w === "NONE" ? label("wageSubsidyNone") : measureLabels[w][lang] }))}
            autoFocus={focus === "wageSubsidy"}
          />
          <TextField meta={f.subsidyPercent as never} label={label("subsidyPercent")} hint={label("subsidyPercentHint")} type="number" autoFocus={focus === "subsidyPercent"} />
          <TextField meta={f.subsidyMonths as never} label={label("subsidyMonths")} type="number" autoFocus={focus === "subsidyMonths"} />
          <ChoiceGroup meta={f.otherMeasures as never} legend={label("otherMeasures")} options={otherMeasureCodes.map((m) => ({ value: m, label: measureLabels[m][lang] }))} autoFocus={focus === "otherMeasures"} />
          <TextField meta={f.supportMonths as never} label={label("supportMonths")} type="number" autoFocus={focus === "supportMonths"} />
          <TextField meta={f.mentorHoursPerMonth as never} label={label("mentorHoursPerMonth")} type="number" autoFocus={focus === "mentorHoursPerMonth"} />
          <TextField meta={f.mentorHourlyWageNok as never} label={label("mentorHourlyWageNok")} type="number" autoFocus={focus === "mentorHourlyWageNok"} />
          <TextField meta={f.extraCostsNok as never} label={label("extraCostsNok")} type="number" autoFocus={focus === "extraCostsNok"} />
          <ChoiceGroup meta={f.functionalAssistance as never} legend={measureLabels.FUNKSJONSASSISTANSE[lang]} options={[{ value: "on", label: label("functionalAssistance") }]} />
          <ChoiceGroup meta={f.reducedWorkCapacity as never} legend={label("reducedWorkCapacity")} options={[{ value: "on", label: label("reducedWorkCapacity") }]} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("followUp")}</legend>
          <ChoiceGroup
            meta={f.followUpFrequency as never}
            type="radio"
            legend={label("followUpFrequency")}
            options={followUpFrequencies.map((q) => ({ value: q, label: t(`proposals.frequencies.${q}`) }))}
            autoFocus={focus === "followUpFrequency"}
          />
          <TextField meta={f.contactPerson} label={label("contactPerson")} autoFocus={focus === "contactPerson"} />
          <ChoiceGroup
            meta={f.accommodations as never}
            legend={label("accommodations")}
            options={accommodationCategories.map((c) => ({ value: c, label: t(`accommodationCategories.${c}`) }))}
            autoFocus={focus === "accommodations"}
          />
          <TextField meta={f.trialPeriodWeeks as never} label={label("trialPeriodWeeks")} type="number" autoFocus={focus === "trialPeriodWeeks"} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("costBasis")}</legend>
          <TextField meta={f.monthlyWageNok as never} label={label("monthlyWageNok")} type="number" autoFocus={focus === "monthlyWageNok"} />
          <SelectField meta={f.employerTaxZone as never} label={label("employerTaxZone")} options={employerTaxZones.map((z) => ({ value: z, label: t("proposals.zone", { zone: z }) }))} />
        </fieldset>
        <TextArea meta={f.message} label={label("message")} rows={5} autoFocus={focus === "message"} />
        <SubmitButton>{label("submit")}</SubmitButton>
      </Form>
    </>
  );
}
