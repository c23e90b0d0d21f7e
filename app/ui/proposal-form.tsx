import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { measureCatalogue } from "~/domain/measures/catalogue";
import { measureLabels, type MeasureCode } from "~/domain/measures/measure-codes";
import { accommodationCategories } from "~/domain/openings/accommodations";
import {
  employerTaxZones,
  followUpFrequencies,
  otherMeasureCodes,
  proposalSchema,
  wageSubsidies,
} from "~/domain/proposals/proposal-schema";
import { Checkbox, ChoiceGroup, KitForm, SelectField, SubmitButton, TextArea, TextField } from "./form";
import { useZodForm } from "./use-zod-form";
import { useLocale } from "~/i18n/use-locale";

/** The proposal form: the support package, the follow-up, the basis of the cost estimate. */
export function ProposalForm({
  lastResult,
  defaultValue,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue: Record<string, string | string[]>;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [form, f] = useZodForm(proposalSchema, lastResult, {
    defaultValue: {
      wageSubsidy: "NONE",
      supportMonths: "6",
      followUpFrequency: "WEEKLY",
      employerTaxZone: "1",
      ...defaultValue,
    },
  });
  const label = (key: string) => t(`proposals.${key}`);
  // The catalogue's own sentence of the condition, on the box that confirms it.
  const rule = (code: MeasureCode) => measureCatalogue[code].eligibility?.rule[lang];
  const names = [
    ...[
      "wageSubsidy",
      "subsidyPercent",
      "subsidyMonths",
      "permanentlyReducedWorkCapacity",
      "otherMeasures",
      "supportMonths",
      "mentorHoursPerMonth",
      "mentorHourlyWageNok",
      "extraCostsNok",
    ],
    ...[
      "functionalAssistance",
      "assistantEmployedByEmployer",
      "assistantHoursPerMonth",
      "assistantHourlyWageNok",
      "receivesDisabilityBenefit",
      "reducedWorkCapacity",
      "followUpFrequency",
      "contactPerson",
      "accommodations",
      "trialPeriodWeeks",
      "monthlyWageNok",
      "employerTaxZone",
      "message",
    ],
  ];
  const labels = Object.fromEntries(names.map((n) => [n, label(n)]));
  return (
    <KitForm form={form} result={lastResult} fields={f} labels={labels} className="max-w-3xl">
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("package")}</legend>
        <ChoiceGroup
          meta={f.wageSubsidy}
          type="radio"
          legend={label("wageSubsidy")}
          options={wageSubsidies.map((w) => ({
            value: w,
            label: w === "NONE" ? label("wageSubsidyNone") : measureLabels[w][lang],
          }))}
        />
        <TextField
          meta={f.subsidyPercent}
          label={label("subsidyPercent")}
          hint={label("subsidyPercentHint")}
          type="number"
        />
        <TextField meta={f.subsidyMonths} label={label("subsidyMonths")} type="number" />
        <ChoiceGroup
          meta={f.permanentlyReducedWorkCapacity}
          legend={label("permanentlyReducedWorkCapacityLegend")}
          hint={rule("VARIG_LONNSTILSKUDD")}
          options={[{ value: "on", label: label("permanentlyReducedWorkCapacity") }]}
        />
        <ChoiceGroup
          meta={f.otherMeasures}
          legend={label("otherMeasures")}
          options={otherMeasureCodes.map((m) => ({ value: m, label: measureLabels[m][lang] }))}
        />
        <TextField meta={f.supportMonths} label={label("supportMonths")} type="number" />
        <TextField
          meta={f.mentorHoursPerMonth}
          label={label("mentorHoursPerMonth")}
          hint={label("mentorHoursHint")}
          type="number"
          step="0.5"
        />
        <TextField meta={f.mentorHourlyWageNok} label={label("mentorHourlyWageNok")} type="number" />
        <TextField meta={f.extraCostsNok} label={label("extraCostsNok")} type="number" />
        <ChoiceGroup
          meta={f.functionalAssistance}
          legend={measureLabels.FUNKSJONSASSISTANSE[lang]}
          hint={rule("FUNKSJONSASSISTANSE")}
          options={[{ value: "on", label: label("functionalAssistance") }]}
        />
        <ChoiceGroup
          meta={f.assistantEmployedByEmployer}
          legend={label("assistantEmployedByEmployerLegend")}
          hint={label("assistantEmployedByEmployerHint")}
          options={[{ value: "on", label: label("assistantEmployedByEmployer") }]}
        />
        <TextField meta={f.assistantHoursPerMonth} label={label("assistantHoursPerMonth")} type="number" step="0.5" />
        <TextField meta={f.assistantHourlyWageNok} label={label("assistantHourlyWageNok")} type="number" />
        <ChoiceGroup
          meta={f.receivesDisabilityBenefit}
          legend={label("receivesDisabilityBenefitLegend")}
          hint={rule("VTA_O")}
          options={[{ value: "on", label: label("receivesDisabilityBenefit") }]}
        />
        <Checkbox
          meta={f.reducedWorkCapacity}
          legend={label("reducedWorkCapacity")}
          label={label("reducedWorkCapacity")}
        />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("followUp")}</legend>
        <ChoiceGroup
          meta={f.followUpFrequency}
          type="radio"
          legend={label("followUpFrequency")}
          options={followUpFrequencies.map((q) => ({ value: q, label: t(`proposals.frequencies.${q}`) }))}
        />
        <TextField meta={f.contactPerson} label={label("contactPerson")} />
        <ChoiceGroup
          meta={f.accommodations}
          legend={label("accommodations")}
          options={accommodationCategories.map((c) => ({ value: c, label: t(`accommodationCategories.${c}`) }))}
        />
        <TextField meta={f.trialPeriodWeeks} label={label("trialPeriodWeeks")} type="number" />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("costBasis")}</legend>
        <TextField meta={f.monthlyWageNok} label={label("monthlyWageNok")} type="number" />
        <SelectField
          meta={f.employerTaxZone}
          label={label("employerTaxZone")}
          options={employerTaxZones.map((z) => ({ value: z, label: t("proposals.zone", { zone: z }) }))}
        />
      </fieldset>
      <TextArea meta={f.message} label={label("message")} rows={5} />
      <SubmitButton>{label("submit")}</SubmitButton>
    </KitForm>
  );
}
