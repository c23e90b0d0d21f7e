import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { consentAnswerIntent } from "~/domain/candidate-page/candidate-page-schema";
import type { OwnPage } from "~/domain/candidate-page/own-page.server";
import { consentKinds, type ConsentKind } from "~/domain/candidates/profile-options";
import { useLocale } from "~/i18n/use-locale";
import { formatDay, formatOsloDateTime } from "~/lib/dates";
import { ChoiceButtons, HiddenValues, KitForm } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** One question per consent, answered yes or no on its own, and the history of what was recorded. */
export function ConsentQuestions({ page, result }: { page: OwnPage; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The answer belongs to the question whose form was sent.
  const sentKind = result?.initialValue?.kind;
  return (
    <section aria-labelledby="consents-title" className="mt-8">
      <h2 id="consents-title" className="text-xl font-semibold">
        {t("candidatePage.consents.title")}
      </h2>
      <p className="mb-3 mt-1">{t("candidatePage.consents.intro")}</p>
      <ul className="space-y-4">
        {consentKinds.map((kind) => (
          <li key={kind} className="rounded border border-gray-300 p-3">
            <ConsentQuestion kind={kind} given={page.consents[kind]} result={sentKind === kind ? result : undefined} />
          </li>
        ))}
      </ul>
      {page.history.length ? (
        <>
          <h3 className="mt-6 text-lg font-semibold">
            {t("candidatePage.consents.history", { company: page.company })}
          </h3>
          <ul className="mt-2 list-disc pl-6">
            {page.history.map((x) => {
              const values = {
                kind: t(`consentKinds.${x.kind}`),
                date: formatDay(x.givenOn, locale),
                who: t(`candidatePage.sources.${x.source}`),
              };
              return (
                <li key={x.id}>
                  {x.withdrawnAt
                    ? t("candidatePage.consents.historyWithdrawn", {
                        ...values,
                        withdrawn: formatOsloDateTime(x.withdrawnAt, locale),
                      })
                    : t("candidatePage.consents.historyLine", values)}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function ConsentQuestion({
  kind,
  given,
  result,
}: {
  kind: ConsentKind;
  given: boolean;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(consentAnswerIntent, result);
  const titleId = `consent-${kind}`;
  return (
    <fieldset aria-labelledby={titleId}>
      <h3 id={titleId} className="text-lg font-semibold">
        {t(`candidatePage.consents.${kind}.question`)}
      </h3>
      <p className="mt-1">{t(`candidatePage.consents.${kind}.explain`)}</p>
      <p className="my-2 font-semibold">
        {given ? t("candidatePage.consents.yesNow") : t("candidatePage.consents.noNow")}
      </p>
      <KitForm form={form} result={result} fields={fields} labels={{}} intent="consent">
        <HiddenValues values={{ kind }} />
        <ChoiceButtons
          name="answer"
          choices={
            given
              ? [{ value: "no", tone: "danger", label: t("candidatePage.consents.withdraw") }]
              : [
                  { value: "yes", tone: "primary", label: t("candidatePage.consents.yes") },
                  { value: "no", label: t("candidatePage.consents.no") },
                ]
          }
        />
      </KitForm>
    </fieldset>
  );
}
