import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { href } from "react-router";
import { erasureRequestIntent } from "~/domain/candidate-page/candidate-page-schema";
import type { OwnPage } from "~/domain/candidate-page/own-page.server";
import { useLocale } from "~/i18n/use-locale";
import { formatDay, osloDay } from "~/lib/dates";
import { Checkbox, KitForm, SubmitButton } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** The candidate's rights to their data: download it all, ask for it to be erased. */
export function OwnData({ page, result }: { page: OwnPage; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form, fields] = useZodForm(erasureRequestIntent, result, { shouldValidate: "onSubmit" });
  const labels = { confirm: t("candidatePage.data.erasureConfirm") };
  return (
    <section aria-labelledby="data-title" className="mt-8">
      <h2 id="data-title" className="text-xl font-semibold">
        {t("candidatePage.data.title")}
      </h2>
      <p className="mb-3 mt-1">{t("candidatePage.data.intro")}</p>
      <p className="mb-6">
        <a href={href("/min-side/eksport")} className="text-brand-700 underline" download>
          {t("candidatePage.data.download")}
        </a>
      </p>
      <h3 className="text-lg font-semibold">{t("candidatePage.data.erasureTitle")}</h3>
      {page.erasureRequestedAt && page.erasureDeadline ? (
        <p className="mt-1">
          {t("candidatePage.data.erasureRequested", {
            date: formatDay(osloDay(new Date(page.erasureRequestedAt)), locale),
            deadline: formatDay(page.erasureDeadline, locale),
            company: page.company,
          })}
        </p>
      ) : (
        <>
          <p className="mb-3 mt-1">{t("candidatePage.data.erasureHint", { company: page.company })}</p>
          <KitForm form={form} result={result} fields={fields} labels={labels} intent="erasure">
            <Checkbox meta={fields.confirm} legend={t("candidatePage.data.erasureTitle")} label={labels.confirm} />
            <SubmitButton tone="danger">{t("candidatePage.data.erasureButton")}</SubmitButton>
          </KitForm>
        </>
      )}
    </section>
  );
}
