import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import type { CandidateFormValues } from "~/ui/candidate-form-values";
import {
  consentMethods,
  languageCodes,
  languageLabels,
  targetGroups,
  travelModes,
} from "~/domain/candidates/profile-options";
import type { SummaryWarning } from "~/domain/candidates/summary-check";
import { measureCodes, measureLabels } from "~/domain/measures/measure-codes";
import { municipalityOptions } from "~/domain/municipalities/register";
import { accommodationCategories, cefrLevels, licenceClasses } from "~/domain/openings/accommodations";
import { occupationGroups, occupations, type OccupationGroup } from "~/domain/openings/occupations";
import { Checkbox, ChoiceGroup, KitForm, Notice, SelectField, SubmitButton, TextArea, TextField } from "./form";
import { useZodForm } from "./use-zod-form";
import { useLocale } from "~/i18n/use-locale";

const labelKeys: Record<string, string> = {
  occupationCodes: "candidates.occupations",
  municipalityNumber: "candidates.municipality",
  listingConsent: "candidates.listingConsent",
  shareAccommodationsConsent: "candidates.shareAccommodationsConsent",
};

/** The i18n key that names a field of a candidate (labels, error summary). */
export function candidateFieldLabelKey(field: string): string {
  const row = /^language([123])(Level)?$/.exec(field);
  if (row) return row[2] ? "candidates.otherLanguageLevel" : "candidates.otherLanguage";
  return labelKeys[field] ?? `candidates.${field}`;
}

/** The create/edit form of a candidate: one Zod schema with the action (Conform). */
export function CandidateForm({
  lastResult,
  defaultValue,
  submitLabel,
  withConsent,
  warnings = [],
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: CandidateFormValues;
  submitLabel: string;
  withConsent: boolean;
  warnings?: SummaryWarning[];
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [form, f] = useZodForm(candidateSchema, lastResult, {
    defaultValue: defaultValue ?? { travelMode: "OWN_MUNICIPALITY", norwegianLevel: "NONE", hoursPerWeek: "20" },
  });
  const label = (field: string, n?: number) => t(candidateFieldLabelKey(field), { n });
  const rows = [1, 2, 3] as const;
  const names = [
    ...[
      "fullName",
      "birthYear",
      "phone",
      "email",
      "notes",
      "occupationCodes",
      "skills",
      "summary",
      "confirmSummary",
      "municipalityNumber",
      "travelMode",
    ],
    ...[
      "workMunicipalities",
      "hoursPerWeek",
      "earliestStart",
      "norwegianLevel",
      "language1",
      "language1Level",
      "language2",
      "language2Level",
    ],
    ...[
      "language3",
      "language3Level",
      "licences",
      "accommodations",
      "targetGroups",
      "measures",
      "listingConsent",
      "shareAccommodationsConsent",
    ],
    ...["consentGivenOn", "consentMethod"],
  ];
  const labels = Object.fromEntries(names.map((n) => [n, label(n, Number(/\d/.exec(n)?.[0] ?? 0))]));
  const occupationChoices = (Object.keys(occupationGroups) as OccupationGroup[]).map((g) => ({
    label: occupationGroups[g][lang],
    options: occupations.filter((o) => o.group === g).map((o) => ({ value: o.code, label: o[lang] })),
  }));
  const levelOptions = cefrLevels.filter((c) => c !== "NONE").map((c) => ({ value: c, label: c }));
  const warningText = warnings
    .map((w) => t(w === "health" ? "candidates.warnHealth" : "candidates.warnName"))
    .join(" / ");
  return (
    <KitForm form={form} result={lastResult} fields={f} labels={labels} intent="save" className="max-w-3xl">
      <fieldset className="mb-8">
        <legend className="mb-1 text-xl font-semibold">{t("candidates.personal")}</legend>
        <p className="mb-3 text-sm text-gray-700">{t("candidates.personalHint")}</p>
        <TextField meta={f.fullName} label={label("fullName")} autoComplete="off" />
        <TextField meta={f.birthYear} label={label("birthYear")} type="number" />
        <TextField meta={f.phone} label={label("phone")} type="tel" autoComplete="off" />
        <TextField meta={f.email} label={label("email")} type="email" autoComplete="off" />
        <TextArea meta={f.notes} label={label("notes")} hint={t("candidates.notesHint")} rows={3} />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{t("candidates.profile")}</legend>
        <ChoiceGroup meta={f.occupationCodes} legend={label("occupationCodes")} groups={occupationChoices} />
        <TextField meta={f.skills} label={label("skills")} hint={t("candidates.skillsHint")} />
        {warnings.length ? (
          <Notice tone="warning">{t("candidates.summaryWarning", { what: warningText })}</Notice>
        ) : null}
        <TextArea meta={f.summary} label={label("summary")} hint={t("candidates.summaryHint")} rows={4} />
        {warnings.length ? (
          <Checkbox
            meta={f.confirmSummary}
            legend={t("candidates.summaryCheck")}
            label={t("candidates.confirmSummary")}
          />
        ) : null}
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{t("candidates.place")}</legend>
        <SelectField
          meta={f.municipalityNumber}
          label={label("municipalityNumber")}
          placeholder={t("candidates.chooseMunicipality")}
          options={municipalityOptions().map((m) => ({ value: m.code, label: m.label }))}
        />
        <ChoiceGroup
          meta={f.travelMode}
          type="radio"
          legend={label("travelMode")}
          options={travelModes.map((m) => ({ value: m, label: t(`travelModes.${m}`) }))}
        />
        <SelectField
          meta={f.workMunicipalities}
          label={label("workMunicipalities")}
          hint={t("candidates.workMunicipalitiesHint")}
          multiple
          size={6}
          options={municipalityOptions().map((m) => ({ value: m.code, label: m.label }))}
        />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{t("candidates.availability")}</legend>
        <TextField meta={f.hoursPerWeek} label={label("hoursPerWeek")} type="number" />
        <TextField meta={f.earliestStart} label={label("earliestStart")} hint={t("candidates.dateHint")} type="date" />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{t("candidates.languagesTitle")}</legend>
        <SelectField
          meta={f.norwegianLevel}
          label={label("norwegianLevel")}
          options={cefrLevels.map((c) => ({ value: c, label: c === "NONE" ? t("openings.none_") : c }))}
        />
        {rows.map((n) => (
          <div key={n} className="grid gap-x-4 sm:grid-cols-2">
            <SelectField
              meta={f[`language${n}`]}
              label={label(`language${n}`, n)}
              placeholder={t("candidates.chooseLanguage")}
              options={languageCodes.map((c) => ({ value: c, label: languageLabels[c][lang] }))}
            />
            <SelectField
              meta={f[`language${n}Level`]}
              label={label(`language${n}Level`, n)}
              placeholder={t("candidates.chooseLevel")}
              options={levelOptions}
            />
          </div>
        ))}
        <ChoiceGroup
          meta={f.licences}
          legend={label("licences")}
          options={licenceClasses.filter((c) => c !== "NONE").map((c) => ({ value: c, label: c }))}
        />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{t("candidates.needs")}</legend>
        <ChoiceGroup
          meta={f.accommodations}
          legend={label("accommodations")}
          options={accommodationCategories.map((c) => ({ value: c, label: t(`accommodationCategories.${c}`) }))}
        />
        <ChoiceGroup
          meta={f.targetGroups}
          legend={label("targetGroups")}
          options={targetGroups.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))}
        />
        <ChoiceGroup
          meta={f.measures}
          legend={label("measures")}
          options={measureCodes.map((m) => ({ value: m, label: measureLabels[m][lang] }))}
        />
      </fieldset>
      {withConsent ? (
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{t("candidates.consentTitle")}</legend>
          <Checkbox meta={f.listingConsent} legend={t("consentKinds.LISTING")} label={t("candidates.listingConsent")} />
          <Checkbox
            meta={f.shareAccommodationsConsent}
            legend={t("consentKinds.SHARE_ACCOMMODATIONS")}
            label={t("candidates.shareAccommodationsConsent")}
          />
          <TextField
            meta={f.consentGivenOn}
            label={label("consentGivenOn")}
            hint={t("candidates.dateHint")}
            type="date"
          />
          <ChoiceGroup
            meta={f.consentMethod}
            type="radio"
            legend={label("consentMethod")}
            options={consentMethods.map((m) => ({ value: m, label: t(`consentMethods.${m}`) }))}
          />
        </fieldset>
      ) : null}
      <SubmitButton>{submitLabel}</SubmitButton>
    </KitForm>
  );
}
