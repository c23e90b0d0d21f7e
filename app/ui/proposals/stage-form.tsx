import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { moveIntent, proposalStages } from "~/domain/proposals/proposal-schema";
import { KitForm, SelectField, SubmitButton, TextField } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/**
 * The reply key of one proposal's stage form: a pipeline has one form per proposal, all with the
 * intent "move", and a refusal belongs on the form that was sent.
 */
export const moveReplyKey = (proposalId: string) => `move:${proposalId}`;

/** Moves a proposal in the pipeline (with a reason when it is turned down); a plain form post. */
export function ProposalStageForm({
  proposalId,
  stage,
  result,
  action,
  code,
}: {
  proposalId: string;
  stage: string;
  result: SubmissionResult<string[]> | undefined;
  action?: string;
  code?: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(moveIntent, result, { defaultValue: { stage } });
  const labels = {
    stage: code ? t("proposals.moveCandidate", { code }) : t("proposals.move"),
    reason: t("proposals.rejectionReason"),
  };
  return (
    <KitForm form={form} result={result} fields={fields} labels={labels} intent="move" action={action}>
      <input type="hidden" name="proposalId" value={proposalId} />
      <SelectField
        meta={fields.stage}
        label={labels.stage}
        options={proposalStages.map((s) => ({ value: s, label: t(`proposals.stages.${s}`) }))}
      />
      <TextField meta={fields.reason} label={labels.reason} />
      <SubmitButton tone="secondary">
        {t("proposals.moveSubmit")}
        {code ? <span className="sr-only"> {code}</span> : null}
      </SubmitButton>
    </KitForm>
  );
}
