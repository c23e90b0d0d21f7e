import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { statusIntent } from "~/domain/candidates/candidate-schema";
import { candidateStatuses, type CandidateStatusValue } from "~/domain/candidates/profile-options";
import { ChoiceButtons, KitForm } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/**
 * One form with a button per status the candidate can move to (a record without personal data
 * can only be archived): the button pressed posts the status, so the form has one error summary.
 */
export function StatusSection({
  status,
  personalDataDeleted,
  result,
}: {
  status: CandidateStatusValue;
  personalDataDeleted: boolean;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(statusIntent, result);
  const targets = candidateStatuses.filter((s) => s !== status && !(personalDataDeleted && s !== "ARCHIVED"));
  return (
    <section aria-labelledby="status-title" className="mt-8">
      <h2 id="status-title" className="text-xl font-semibold">
        {t("candidates.statusActions")}
      </h2>
      <KitForm form={form} result={result} fields={fields} labels={{}} intent="status" className="mt-2">
        <ChoiceButtons
          name="status"
          choices={targets.map((s) => ({
            value: s,
            label: t("candidates.setStatus", { status: t(`candidateStatuses.${s}`).toLowerCase() }),
          }))}
        />
      </KitForm>
    </section>
  );
}
