import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { municipalityOptions } from "~/domain/municipalities/register";
import { measureCodes, measureLabels } from "~/domain/measures/measure-codes";
import { accommodationCategories, cefrLevels, licenceClasses } from "~/domain/openings/accommodations";
import { openingSchema } from "~/domain/openings/opening-schema";
import { documentKinds } from "~/domain/procurement/supplier-documents";
import { occupationGroups, occupations, type OccupationGroup } from "~/domain/openings/occupations";
import { ChoiceGroup, ErrorSummary, firstInvalid, SelectField, SubmitButton, TextArea, TextField } from "./form";
import { useZodForm } from "./use-zod-form";
import { useLocale } from "~/i18n/use-locale";

const labelAliases: Record<string, string> = { occupationCode: "occupation", municipalityNumber: "municipality" };

/** The i18n key that names a field of an opening (form labels, error summary, edit history). */
export function openingFieldLabelKey(field: string): string {
  return `openings.${labelAliases[field] ?? field}`;
}

export type OpeningFormValues = Record<string, string | string[] | undefined>;

/** The create/edit form of an opening: one Zod schema with the action (Conform). */
export function OpeningForm({ lastResult, defaultValue, submitLabel }: { lastResult?: SubmissionResult<string[]> | null; defaultValue?: OpeningFormValues; submitLabel: string }) {
  const { t, i18n } = useTranslation();
  const lang = useLocale();
  const [form, fields] = useZodForm(openingSchema, lastResult, { defaultValue: defaultValue ?? { kind: "JOB", extent: "FULL_TIME", positions: "1", norwegianLevel: "NONE", licenceClass: "NONE" } });
  const f = fields;
  const label = (key: string) => t(openingFieldLabelKey(key));
  const ordered = [
    f.kind, f.title, f.description, f.occupationCode, f.municipalityNumber, f.address, f.hoursPerWeek, f.extent, f.startDate, f.applicationDeadline, f.positions,
    f.norwegianLevel, f.licenceClass, f.skills, f.accommodations, f.accommodationNote, f.measures, f.budgetMinNok, f.budgetMaxNok, f.deliveryStart, f.deliveryEnd,
    f.deliveryPlace, f.reservedForInclusion, f.quoteDeadline, f.requiredDocuments,
  ];
  const focus = firstInvalid(ordered as never);
  const groups = Object.keys(occupationGroups) as OccupationGroup[];
  return (
    <>
      <ErrorSummary resultKey={lastResult} formErrors={form.errors} fields={ordered.map((meta) => ({ meta: meta as never, label: label(meta.name) }))} />
      <Form method="post" {...getFormProps(form)} className="max-w-3xl">
        <input type="hidden" name="intent" value="save" />
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("basics")}</legend>
          <ChoiceGroup meta={f.kind as never} legend={label("kind")} type="radio" options={(["JOB", "TASK"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))} autoFocus={focus === "kind"} />
          <TextField meta={f.title} label={label("title")} autoFocus={focus === "title"} />
          <TextArea meta={f.description} label={label("description")} hint={label("descriptionHint")} autoFocus={focus === "description"} />
          <div className="mb-5">
            <label htmlFor={f.occupationCode.id} className="block font-semibold">
              {label("occupation")}
            </label>
            {f.occupationCode.errors?.length ? (
              <p id={f.occupationCode.errorId} className="mt-1 font-semibold text-red-800">
                {t(f.occupationCode.errors[0] ?? "errors.generic")}
              </p>
            ) : null}
            <select
              id={f.occupationCode.id}
              name={f.occupationCode.name}
              defaultValue={(f.occupationCode.initialValue as string | undefined) ?? ""}
              aria-invalid={f.occupationCode.errors?.length ? true : undefined}
              aria-describedby={f.occupationCode.errors?.length ? f.occupationCode.errorId : undefined}
              autoFocus={focus === "occupationCode"}
              className="mt-1 block w-full max-w-md rounded border-2 border-gray-600 px-3 py-2"
            >
              <option value="">{label("chooseOccupation")}</option>
              {groups.map((g) => (
                <optgroup key={g} label={occupationGroups[g][lang]}>
                  {occupations
                    .filter((o) => o.group === g)
                    .map((o) => (
                      <option key={o.code} value={o.code}>
                        {o[lang]} ({o.code})
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("place")}</legend>
          <SelectField meta={f.municipalityNumber} label={label("municipality")} placeholder={label("chooseMunicipality")} options={municipalityOptions().map((m) => ({ value: m.code, label: m.label }))} autoFocus={focus === "municipalityNumber"} />
          <TextField meta={f.address} label={label("address")} autoComplete="street-address" autoFocus={focus === "address"} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("terms")}</legend>
          <TextField meta={f.hoursPerWeek as never} label={label("hoursPerWeek")} type="number" autoFocus={focus === "hoursPerWeek"} />
          <ChoiceGroup meta={f.extent as never} legend={label("extent")} type="radio" options={(["FULL_TIME", "PART_TIME"] as const).map((k) => ({ value: k, label: t(`extents.${k}`) }))} autoFocus={focus === "extent"} />
          <TextField meta={f.startDate} label={label("startDate")} hint={label("dateHint")} type="date" autoFocus={focus === "startDate"} />
          <TextField meta={f.applicationDeadline} label={label("applicationDeadline")} hint={label("dateHint")} type="date" autoFocus={focus === "applicationDeadline"} />
          <TextField meta={f.positions as never} label={label("positions")} type="number" autoFocus={focus === "positions"} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("requirements")}</legend>
          <SelectField meta={f.norwegianLevel as never} label={label("norwegianLevel")} options={cefrLevels.map((c) => ({ value: c, label: c === "NONE" ? label("none_") : c }))} />
          <SelectField meta={f.licenceClass as never} label={label("licenceClass")} options={licenceClasses.map((c) => ({ value: c, label: c === "NONE" ? label("none_") : c }))} />
          <TextField meta={f.skills as never} label={label("skills")} hint={label("skillsHint")} autoFocus={focus === "skills"} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("support")}</legend>
          <ChoiceGroup meta={f.accommodations as never} legend={label("accommodations")} options={accommodationCategories.map((c) => ({ value: c, label: t(`accommodationCategories.${c}`) }))} />
          <TextArea meta={f.accommodationNote} label={label("accommodationNote")} rows={3} />
          <ChoiceGroup meta={f.measures as never} legend={label("measures")} options={measureCodes.map((m) => ({ value: m, label: measureLabels[m][lang] }))} />
        </fieldset>
        <fieldset className="mb-8">
          <legend className="mb-3 text-xl font-semibold">{label("task")}</legend>
          <TextField meta={f.budgetMinNok as never} label={label("budgetMinNok")} type="number" autoFocus={focus === "budgetMinNok"} />
          <TextField meta={f.budgetMaxNok as never} label={label("budgetMaxNok")} type="number" autoFocus={focus === "budgetMaxNok"} />
          <TextField meta={f.deliveryStart} label={label("deliveryStart")} type="date" />
          <TextField meta={f.deliveryEnd} label={label("deliveryEnd")} type="date" autoFocus={focus === "deliveryEnd"} />
          <TextField meta={f.deliveryPlace} label={label("deliveryPlace")} />
          <ChoiceGroup meta={f.reservedForInclusion as never} legend={label("reservedForInclusion")} options={[{ value: "on", label: label("reservedForInclusion") }]} autoFocus={focus === "reservedForInclusion"} />
          <TextField meta={f.quoteDeadline} label={label("quoteDeadline")} type="date" />
          <ChoiceGroup meta={f.requiredDocuments as never} legend={t("procurement.requiredDocuments")} options={documentKinds.map((k) => ({ value: k, label: t(`procurement.docKinds.${k}`) }))} />
        </fieldset>
        <SubmitButton>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}
