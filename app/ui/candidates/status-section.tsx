import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { statusIntent } from "~/domain/candidates/candidate-schema";
import { candidateStatuses, type CandidateStatusValue } from "~/domain/candidates/profile-options";
import { ActionButton } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** One button per status the candidate can move to (a record without personal data can only be archived). */
export function StatusSection({ status, personalDataDeleted, result }: { status: CandidateStatusValue; personalDataDeleted: boolean; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const targets = candidateStatuses.filter((s) => s !== status && !(personalDataDeleted && s !== "ARCHIVED"));
  return (
    <section aria-labelledby="status-title" className="mt-8">
      <h2 id="status-title" className="text-xl font-semibold">
        {t("candidates.statusActions")}
      </h2>
      <div className="mt-2 flex flex-wrap gap-3">
        {targets.map((s) => (
          <StatusButton key={s} status={s} result={result} />
        ))}
      </div>
    </section>
  );
}

function StatusButton({ status, result }: { status: CandidateStatusValue; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form] = useZodForm(statusIntent, result);
  return (
    <ActionButton form={form} result={result} intent="status" values={{ status }} tone="secondary">
      {t("candidates.setStatus", { status: t(`candidateStatuses.${status}`).toLowerCase() })}
    </ActionButton>
  );
}
