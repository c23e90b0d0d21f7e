import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { measureLabels } from "~/domain/measures/measure-codes";
import { percentMeasures, type NavDecisionView } from "~/domain/nav/approved-package";
import { decisionIntent, navOutcomes } from "~/domain/nav/decision-schema";
import { useLocale } from "~/i18n/use-locale";
import { ChoiceGroup, HiddenValues, KitForm, SubmitButton, TextArea, TextField } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** The reply key of one measure's decision form: a page holds one form per measure of the package. */
export const decideReplyKey = (code: string) => `decide:${code}`;

/**
 * NAV's decision on one measure: approved (period, and a wage subsidy's percentage) or declined
 * (a reason), and the day. A plain POST; a decision already made fills the form, and sending it
 * again replaces it.
 */
export function DecisionForm({
  measure,
  decision,
  today,
  result,
}: {
  measure: PackageMeasureInput;
  decision: NavDecisionView | undefined;
  today: string;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const withPercent = percentMeasures.includes(measure.code);
  const [form, fields] = useZodForm(decisionIntent, result, {
    id: `decide-${measure.code}`,
    defaultValue: {
      outcome: decision?.outcome,
      percent: String(decision?.percent ?? measure.percent ?? ""),
      periodFrom: decision?.periodFrom ?? undefined,
      periodTo: decision?.periodTo ?? undefined,
      reason: decision?.reason ?? undefined,
      decidedOn: decision?.decidedOn ?? today,
    },
  });
  const name = measureLabels[measure.code][lang];
  const labels = {
    outcome: t("navOffice.outcome"),
    ...(withPercent ? { percent: t("navOffice.percent") } : {}),
    periodFrom: t("navOffice.periodFrom"),
    periodTo: t("navOffice.periodTo"),
    reason: t("navOffice.reason"),
    decidedOn: t("navOffice.decidedOn"),
  };
  return (
    <KitForm form={form} result={result} fields={fields} labels={labels} intent="decide">
      <HiddenValues values={{ measureCode: measure.code }} />
      <ChoiceGroup
        meta={fields.outcome}
        type="radio"
        legend={t("navOffice.outcomeFor", { measure: name })}
        options={navOutcomes.map((o) => ({ value: o, label: t(`navOffice.outcomes.${o}`) }))}
      />
      {withPercent ? (
        <TextField meta={fields.percent} label={labels.percent ?? ""} type="number" hint={t("navOffice.percentHint")} />
      ) : null}
      <TextField meta={fields.periodFrom} label={labels.periodFrom} type="date" hint={t("navOffice.periodHint")} />
      <TextField meta={fields.periodTo} label={labels.periodTo} type="date" />
      <TextArea meta={fields.reason} label={labels.reason} rows={3} hint={t("navOffice.reasonHint")} />
      <TextField meta={fields.decidedOn} label={labels.decidedOn} type="date" />
      <SubmitButton>{t("navOffice.saveDecision", { measure: name })}</SubmitButton>
    </KitForm>
  );
}
