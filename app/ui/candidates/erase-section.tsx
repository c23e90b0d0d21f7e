import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { eraseIntent } from "~/domain/candidates/candidate-schema";
import { Checkbox, KitForm, SubmitButton } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** Erasure on request: the company admin confirms with a checkbox, then everything is deleted. */
export function EraseSection({ result }: { result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(eraseIntent, result, { shouldValidate: "onSubmit" });
  const labels = { confirm: t("candidates.eraseConfirm") };
  return (
    <section aria-labelledby="erase-title" className="mt-8 max-w-xl rounded border-2 border-red-800 p-4">
      <h2 id="erase-title" className="text-xl font-semibold text-red-900">
        {t("candidates.erase")}
      </h2>
      <p className="mb-3 mt-1">{t("candidates.eraseHint")}</p>
      <KitForm form={form} result={result} fields={fields} labels={labels} intent="erase">
        <Checkbox meta={fields.confirm} legend={t("candidates.erase")} label={labels.confirm} />
        <SubmitButton tone="dangerSolid">{t("candidates.erase")}</SubmitButton>
      </KitForm>
    </section>
  );
}
