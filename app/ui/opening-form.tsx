import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { municipalityOptions } from "~/domain/municipalities/register";
import { measureCodes, measureLabels } from "~/domain/measures/measure-codes";
import { accommodationCategories, cefrLevels, licenceClasses } from "~/domain/openings/accommodations";
import { saveOpeningIntent } from "~/domain/openings/opening-schema";
import { documentKinds } from "~/domain/procurement/supplier-documents";
import { contractTerms, serviceAreas, TERM_RULES } from "~/domain/procurement/contract-terms";
import { formatNok } from "~/i18n/format";
import { occupationGroups, occupations, type OccupationGroup } from "~/domain/openings/occupations";
import { Checkbox, ChoiceGroup, KitForm, SelectField, SubmitButton, TextArea, TextField } from "./form";
import { useZodForm } from "./use-zod-form";
import { useLocale } from "~/i18n/use-locale";
import { openingKinds } from "~/domain/openings/opening-kinds";
import { programmeAreaCodes, programmeAreas, trades } from "~/domain/openings/trades";

const labelAliases: Record<string, string> = { occupationCode: "occupation", municipalityNumber: "municipality" };
const ownKeys: Record<string, string> = {
  serviceArea: "serious.serviceArea",
  contractTerms: "serious.contractTerms",
  programmeArea: "youth.programmeArea",
  tradeCode: "youth.tradeCode",
  trainingMonths: "youth.trainingMonths",
  approvedTrainingCompany: "youth.approvedTrainingCompany",
  endDate: "youth.endDate",
  ageMin: "youth.ageMin",
  ageMax: "youth.ageMax",
};

/** The i18n key that names a field of an opening (form labels, error summary, edit history). */
export function openingFieldLabelKey(field: string): string {
  return ownKeys[field] ?? `openings.${labelAliases[field] ?? field}`;
}

export type OpeningFormValues = Record<string, string | string[] | undefined>;

/** The create/edit form of an opening: one Zod schema with the action (Conform). */
export function OpeningForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: OpeningFormValues;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [form, f] = useZodForm(saveOpeningIntent, lastResult, {
    defaultValue: defaultValue ?? {
      kind: "JOB",
      extent: "FULL_TIME",
      positions: "1",
      norwegianLevel: "NONE",
      licenceClass: "NONE",
    },
  });
  const label = (key: string) => t(openingFieldLabelKey(key));
  const names = [
    ...[
      "kind",
      "title",
      "description",
      "occupationCode",
      "municipalityNumber",
      "address",
      "hoursPerWeek",
      "extent",
      "startDate",
      "applicationDeadline",
      "positions",
    ],
    ...[
      "norwegianLevel",
      "licenceClass",
      "skills",
      "accommodations",
      "accommodationNote",
      "measures",
      "budgetMinNok",
      "budgetMaxNok",
      "deliveryStart",
      "deliveryEnd",
    ],
    ...["deliveryPlace", "reservedForInclusion", "quoteDeadline", "requiredDocuments", "serviceArea", "contractTerms"],
    ...["programmeArea", "tradeCode", "trainingMonths", "approvedTrainingCompany", "endDate", "ageMin", "ageMax"],
  ] as const;
  const ownLabels: Partial<Record<(typeof names)[number], string>> = {
    requiredDocuments: t("procurement.requiredDocuments"),
    serviceArea: t("serious.serviceArea"),
    contractTerms: t("serious.contractTerms"),
  };
  const labels = Object.fromEntries(names.map((n) => [n, ownLabels[n] ?? label(n)]));
  // Each term's option names the threshold above which the law requires it of a public buyer.
  const termOption = (term: (typeof contractTerms)[number]) => {
    const rule = TERM_RULES[term];
    return t(`serious.termOptions.${term}`, {
      state: rule.thresholdOre ? formatNok(rule.thresholdOre.state, lang) : "",
      other: rule.thresholdOre ? formatNok(rule.thresholdOre.other, lang) : "",
      provisional: rule.provisional ? t("serious.provisional") : "",
    });
  };
  const groups = (Object.keys(occupationGroups) as OccupationGroup[]).map((g) => ({
    label: occupationGroups[g][lang],
    options: occupations.filter((o) => o.group === g).map((o) => ({ value: o.code, label: `${o[lang]} (${o.code})` })),
  }));
  return (
    <KitForm form={form} result={lastResult} fields={f} labels={labels} intent="save" className="max-w-3xl">
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("basics")}</legend>
        <ChoiceGroup
          meta={f.kind}
          legend={label("kind")}
          type="radio"
          options={openingKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <TextField meta={f.title} label={label("title")} />
        <TextArea meta={f.description} label={label("description")} hint={label("descriptionHint")} />
        <SelectField
          meta={f.occupationCode}
          label={label("occupation")}
          placeholder={label("chooseOccupation")}
          groups={groups}
        />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("place")}</legend>
        <SelectField
          meta={f.municipalityNumber}
          label={label("municipality")}
          placeholder={label("chooseMunicipality")}
          options={municipalityOptions().map((m) => ({ value: m.code, label: m.label }))}
        />
        <TextField meta={f.address} label={label("address")} autoComplete="street-address" />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("terms")}</legend>
        <TextField meta={f.hoursPerWeek} label={label("hoursPerWeek")} type="number" />
        <ChoiceGroup
          meta={f.extent}
          legend={label("extent")}
          type="radio"
          options={(["FULL_TIME", "PART_TIME"] as const).map((k) => ({ value: k, label: t(`extents.${k}`) }))}
        />
        <TextField meta={f.startDate} label={label("startDate")} hint={label("dateHint")} type="date" />
        <TextField
          meta={f.applicationDeadline}
          label={label("applicationDeadline")}
          hint={label("dateHint")}
          type="date"
        />
        <TextField meta={f.positions} label={label("positions")} type="number" />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("requirements")}</legend>
        <SelectField
          meta={f.norwegianLevel}
          label={label("norwegianLevel")}
          options={cefrLevels.map((c) => ({ value: c, label: c === "NONE" ? label("none_") : c }))}
        />
        <SelectField
          meta={f.licenceClass}
          label={label("licenceClass")}
          options={licenceClasses.map((c) => ({ value: c, label: c === "NONE" ? label("none_") : c }))}
        />
        <TextField meta={f.skills} label={label("skills")} hint={label("skillsHint")} />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("support")}</legend>
        <ChoiceGroup
          meta={f.accommodations}
          legend={label("accommodations")}
          options={accommodationCategories.map((c) => ({ value: c, label: t(`accommodationCategories.${c}`) }))}
        />
        <TextArea meta={f.accommodationNote} label={label("accommodationNote")} rows={3} />
        <ChoiceGroup
          meta={f.measures}
          legend={label("measures")}
          options={measureCodes.map((m) => ({ value: m, label: measureLabels[m][lang] }))}
        />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{label("task")}</legend>
        <TextField meta={f.budgetMinNok} label={label("budgetMinNok")} type="number" />
        <TextField meta={f.budgetMaxNok} label={label("budgetMaxNok")} type="number" />
        <TextField meta={f.deliveryStart} label={label("deliveryStart")} type="date" />
        <TextField meta={f.deliveryEnd} label={label("deliveryEnd")} type="date" />
        <TextField meta={f.deliveryPlace} label={label("deliveryPlace")} />
        <Checkbox
          meta={f.reservedForInclusion}
          legend={label("reservedForInclusion")}
          label={label("reservedForInclusion")}
        />
        <TextField meta={f.quoteDeadline} label={label("quoteDeadline")} type="date" />
        <ChoiceGroup
          meta={f.requiredDocuments}
          legend={t("procurement.requiredDocuments")}
          options={documentKinds.map((k) => ({ value: k, label: t(`procurement.docKinds.${k}`) }))}
        />
        <SelectField
          meta={f.serviceArea}
          label={labels.serviceArea ?? ""}
          hint={t("serious.serviceAreaHint")}
          placeholder={t("serious.chooseServiceArea")}
          options={serviceAreas.map((a) => ({ value: a, label: t(`serious.serviceAreas.${a}`) }))}
        />
        <ChoiceGroup
          meta={f.contractTerms}
          legend={labels.contractTerms ?? ""}
          hint={t("serious.contractTermsHint")}
          options={contractTerms.map((term) => ({ value: term, label: termOption(term) }))}
        />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-3 text-xl font-semibold">{t("youth.fieldset")}</legend>
        <p className="mb-3">{t("youth.fieldsetHint")}</p>
        <SelectField
          meta={f.programmeArea}
          label={label("programmeArea")}
          placeholder={t("youth.chooseProgrammeArea")}
          options={programmeAreaCodes.map((a) => ({ value: a, label: programmeAreas[a][lang] }))}
        />
        <SelectField
          meta={f.tradeCode}
          label={label("tradeCode")}
          placeholder={t("youth.chooseTrade")}
          groups={programmeAreaCodes.map((a) => ({
            label: programmeAreas[a][lang],
            options: trades.filter((tr) => tr.area === a).map((tr) => ({ value: tr.code, label: tr[lang] })),
          }))}
        />
        <TextField meta={f.trainingMonths} label={label("trainingMonths")} type="number" />
        <Checkbox
          meta={f.approvedTrainingCompany}
          legend={label("approvedTrainingCompany")}
          label={label("approvedTrainingCompany")}
        />
        <TextField meta={f.endDate} label={label("endDate")} hint={label("dateHint")} type="date" />
        <TextField meta={f.ageMin} label={label("ageMin")} hint={t("youth.ageHint")} type="number" />
        <TextField meta={f.ageMax} label={label("ageMax")} type="number" />
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </KitForm>
  );
}
