import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";

const stages = ["PROPOSED", "SHORTLISTED", "MEETING", "TRIAL", "HIRED", "REJECTED"] as const;

/** Moves a proposal in the pipeline: a plain form post, so it works without JavaScript. */
export function ProposalStageForm({ proposalId, stage, action, label }: { proposalId: string; stage: string; action: string; label?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Form method="post" action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="proposalId" value={proposalId} />
      <div>
        <label htmlFor={`${id}-stage`} className="block text-sm font-semibold">
          {t("proposals.move")}
          {label ? <span className="sr-only"> ({label})</span> : null}
        </label>
        <select id={`${id}-stage`} name="stage" defaultValue={stage} className="mt-1 rounded border-2 border-gray-600 px-2 py-1">
          {stages.map((s) => (
            <option key={s} value={s}>
              {t(`proposals.stages.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-reason`} className="block text-sm font-semibold">
          {t("proposals.rejectionReason")}
        </label>
        <input id={`${id}-reason`} name="reason" className="mt-1 rounded border-2 border-gray-600 px-2 py-1" />
      </div>
      <button type="submit" className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">
        {t("proposals.moveSubmit")}
        {label ? <span className="sr-only"> {label}</span> : null}
      </button>
    </Form>
  );
}
