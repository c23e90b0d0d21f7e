import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import type { CandidateFormValues } from "~/domain/candidates/form-values";
import { consentMethods, languageCodes, languageLabels, targetGroups, travelModes } from "~/domain/candidates/profile-options";
import type { SummaryWarning } from "~/domain/candidates/summary-check";
import { measureCodes, measureLabels } from "~/domain/measures/measure-codes";
import { municipalityOptions } from "~/domain/municipalities/register";
import { accommodationCategories, cefrLevels, licenceClasses } from "~/domain/openings/accommodations";
import { occupationGroups, occupations, type OccupationGroup } from "~/domain/openings/occupations";
import { ChoiceGroup, ErrorSummary, firstInvalid, Notice, SelectField, SubmitButton, TextArea, TextField } from "./form";
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
  const { t, i18n } = useTranslation();
  const lang = useLocale();
  const [form, f] = useZodForm(candidateSchema, lastResult, {
    defaultValue: defaultValue ?? { travelMode: "OWN_MUNICIPALITY", norwegianLevel: "NONE", hoursPerWeek: "20" },
  });
  const label = (field: string, n?: number) => t(candidateFieldLabelKey(field), { n });
  const rows = [1, 2, 3] as const;
  const ordered = [
    f.fullName, f.birthYear, f.phone, f.email, f.notes, f.occupationCodes, f.skills, f.summary, f.confirmSummary, f.municipalityNumber, f.travelMode,
    f.workMunicipalities, f.hoursPerWeek, f.earliestStart, f.norwegianLevel, f.language1, f.language1Level, f.language2, f.language2Level,
    f.language3, f.language3Level, f.licences, f.accommodations, f.targetGroups, f.measures, f.listingConsent, f.shareAccommodationsConsent,
    f.consentGivenOn, f.consentMethod,
  ];
  const focus = firstInvalid(ordered as never);
  const groups = Object.keys(occupationGroups) as OccupationGroup[];
  const selectedOccupations = new Set(([] as unknown[]).concat(f.occupationCodes.initialValue ?? []).map(String));
  const selectedWork = new Set(([] as unknown[]).concat(f.workMunicipalities.initialValue ?? []).map(String));
  const levelOptions = cefrLevels.filter((c) => c !== "NONE").map((c) => ({ value: c, label: c }));
  const warningText = warnings.map((w) => t(w === "health" ? "candidates.warnHealth" : "candidates.warnName")).join(" / ");
  const occupationsInvalid = Boolean(f.occupationCodes.errors?.length);
  return (
    <>
      <ErrorSummary resultKey={lastResult} formErrors={form.errors} fields={ordered.map((meta) => ({ meta: meta as never, label: label(meta.name, Number(/\d/.exec(meta.name)?.[0] ?? 0)) }))} />
      <Form method="post" {...getFormProps(form)} className="max-w-3xl">
        <input type="hidden" name="intent" value="save" />
        <fieldset className="mb-8">
          <legend className="mb-1 text-xl font-semibold">{t("candidates.personal")}</legend>
          <p className="mb-3 text-sm text-gray-700">{t("candidates.personalHint")}</p>
          <TextField meta={f.fullName} label={label("fullName")} autoComplete="off" autoFocus={focus === "fullName"} />
          <TextField meta={f.birthYear as never} label={label("birthYear")} type="number" autoFocus={focus === "birthYear"} />
          <TextField meta={f.phone} label={label("phone")} type="tel" autoComplete="off" autoFocus={focus === "phone"} />
          <TextField meta={f.email} label={label("email")} type="email" autoComplete="off" autoFocus={focus === "email"} />
          <TextArea meta={f.notes} label={label("notes")} hint={t("candidates.notesHint")} rows={3} autoFocus={focus === "notes"} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{t("candidates.profile")}</legend>
          <fieldset className="mb-5" aria-describedby={occupationsInvalid ? f.occupationCodes.errorId : undefined}>
            <legend className="font-semibold">{label("occupationCodes")}</legend>
            {occupationsInvalid ? (
              <p id={f.occupationCodes.errorId} className="mt-1 font-semibold text-red-800">
                {t(f.occupationCodes.errors?.[0] ?? "errors.generic")}
              </p>
            ) : null}
            {groups.map((g, gi) => (
              <details key={g} className="mt-2" open={occupations.some((o) => o.group === g && selectedOccupations.has(o.code)) || (gi === 0 && occupationsInvalid)}>
                <summary className="cursor-pointer font-semibold text-brand-800">{occupationGroups[g][lang]}</summary>
                <div className="mt-1 grid gap-1 pl-4 sm:grid-cols-2">
                  {occupations
                    .filter((o) => o.group === g)
                    .map((o, i) => (
                      <label key={o.code} className="inline-flex items-center gap-2">
                        <input
                          type="checkbox"
                          name={f.occupationCodes.name}
                          value={o.code}
                          id={gi === 0 && i === 0 ? f.occupationCodes.id : undefined}
                          defaultChecked={selectedOccupations.has(o.code)}
                          aria-invalid={occupationsInvalid || undefined}
                          autoFocus={focus === "occupationCodes" && gi === 0 && i === 0}
                          className="h-5 w-5"
                        />
                        {o[lang]}
                      </label>
                    ))}
                </div>
              </details>
            ))}
          </fieldset>
          <TextField meta={f.skills as never} label={label("skills")} hint={t("candidates.skillsHint")} autoFocus={focus === "skills"} />
          {warnings.length ? <Notice tone="warning">{t("candidates.summaryWarning", { what: warningText })}</Notice> : null}
          <TextArea meta={f.summary} label={label("summary")} hint={t("candidates.summaryHint")} rows={4} autoFocus={focus === "summary"} />
          {warnings.length ? <ChoiceGroup meta={f.confirmSummary as never} legend={t("candidates.summaryCheck")} options={[{ value: "on", label: t("candidates.confirmSummary") }]} autoFocus={focus === "confirmSummary"} /> : null}
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{t("candidates.place")}</legend>
          <SelectField meta={f.municipalityNumber} label={label("municipalityNumber")} placeholder={t("candidates.chooseMunicipality")} options={municipalityOptions().map((m) => ({ value: m.code, label: m.label }))} autoFocus={focus === "municipalityNumber"} />
          <ChoiceGroup meta={f.travelMode as never} type="radio" legend={label("travelMode")} options={travelModes.map((m) => ({ value: m, label: t(`travelModes.${m}`) }))} autoFocus={focus === "travelMode"} />
          <div className="mb-5">
            <label htmlFor={f.workMunicipalities.id} className="block font-semibold">
              {label("workMunicipalities")}
            </label>
            <p id={f.workMunicipalities.descriptionId} className="text-sm text-gray-700">
              {t("candidates.workMunicipalitiesHint")}
            </p>
            {f.workMunicipalities.errors?.length ? (
              <p id={f.workMunicipalities.errorId} className="mt-1 font-semibold text-red-800">
                {t(f.workMunicipalities.errors[0] ?? "errors.generic")}
              </p>
            ) : null}
            <select
              id={f.workMunicipalities.id}
              name={f.workMunicipalities.name}
              multiple
              size={6}
              defaultValue={[...selectedWork]}
              aria-invalid={f.workMunicipalities.errors?.length ? true : undefined}
              aria-describedby={`${f.workMunicipalities.descriptionId}${f.workMunicipalities.errors?.length ? ` ${f.workMunicipalities.errorId}` : ""}`}
              autoFocus={focus === "workMunicipalities"}
              className="mt-1 block w-full max-w-md rounded border-2 border-gray-600 px-3 py-2"
            >
              {municipalityOptions().map((m) => (
                <option key={m.code} value={m.code}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{t("candidates.availability")}</legend>
          <TextField meta={f.hoursPerWeek as never} label={label("hoursPerWeek")} type="number" autoFocus={focus === "hoursPerWeek"} />
          <TextField meta={f.earliestStart} label={label("earliestStart")} hint={t("candidates.dateHint")} type="date" autoFocus={focus === "earliestStart"} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{t("candidates.languagesTitle")}</legend>
          <SelectField meta={f.norwegianLevel as never} label={label("norwegianLevel")} options={cefrLevels.map((c) => ({ value: c, label: c === "NONE" ? t("openings.none_") : c }))} />
          {rows.map((n) => (
            <div key={n} className="grid gap-x-4 sm:grid-cols-2">
              <SelectField
                meta={f[`language${n}`] as never}
                label={label(`language${n}`, n)}
                placeholder={t("candidates.chooseLanguage")}
                options={languageCodes.map((c) => ({ value: c, label: languageLabels[c][lang] }))}
                autoFocus={focus === `language${n}`}
              />
              <SelectField meta={f[`language${n}Level`] as never} label={label(`language${n}Level`, n)} placeholder={t("candidates.chooseLevel")} options={levelOptions} autoFocus={focus === `language${n}Level`} />
            </div>
          ))}
          <ChoiceGroup meta={f.licences as never} legend={label("licences")} options={licenceClasses.filter((c) => c !== "NONE").map((c) => ({ value: c, label: c }))} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{t("candidates.needs")}</legend>
          <ChoiceGroup meta={f.accommodations as never} legend={label("accommodations")} options={accommodationCategories.map((c) => ({ value: c, label: t(`accommodationCategories.${c}`) }))} />
          <ChoiceGroup meta={f.targetGroups as never} legend={label("targetGroups")} options={targetGroups.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))} />
          <ChoiceGroup meta={f.measures as never} legend={label("measures")} options={measureCodes.map((m) => ({ value: m, label: measureLabels[m][lang] }))} />
        </fieldset>
        {withConsent ? (
          <fieldset className="mb-8">
            <legend className="mb-3 text-xl font-semibold">{t("candidates.consentTitle")}</legend>
            <ChoiceGroup meta={f.listingConsent as never} legend={t("consentKinds.LISTING")} options={[{ value: "on", label: t("candidates.listingConsent") }]} autoFocus={focus === "listingConsent"} />
            <ChoiceGroup
              meta={f.shareAccommodationsConsent as never}
              legend={t("consentKinds.SHARE_ACCOMMODATIONS")}
              options={[{ value: "on", label: t("candidates.shareAccommodationsConsent") }]}
              autoFocus={focus === "shareAccommodationsConsent"}
            />
            <TextField meta={f.consentGivenOn} label={label("consentGivenOn")} hint={t("candidates.dateHint")} type="date" autoFocus={focus === "consentGivenOn"} />
            <ChoiceGroup meta={f.consentMethod as never} type="radio" legend={label("consentMethod")} options={consentMethods.map((m) => ({ value: m, label: t(`consentMethods.${m}`) }))} autoFocus={focus === "consentMethod"} />
          </fieldset>
        ) : null}
        <SubmitButton>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}
