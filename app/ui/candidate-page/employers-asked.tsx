import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { introductionAnswerIntent, withdrawIntroductionIntent } from "~/domain/candidate-page/candidate-page-schema";
import type { OwnPage } from "~/domain/candidate-page/own-page.server";
import { useLocale } from "~/i18n/use-locale";
import { formatDay, osloDay } from "~/lib/dates";
import { ChoiceButtons, HiddenValues, KitForm } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

type Result = SubmissionResult<string[]> | undefined;

/** Who asked about the candidate and who was introduced, with dates; yes or no to each request. */
export function EmployersAsked({
  page,
  answerResult,
  withdrawResult,
}: {
  page: OwnPage;
  answerResult: Result;
  withdrawResult: Result;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = (iso: string) => formatDay(osloDay(new Date(iso)), locale);
  return (
    <>
      <section aria-labelledby="asked-title" className="mt-8">
        <h2 id="asked-title" className="text-xl font-semibold">
          {t("candidatePage.asked.title")}
        </h2>
        {page.asked.length === 0 ? <p className="mt-1">{t("candidatePage.asked.none")}</p> : null}
        <ul className="mt-2 space-y-3">
          {page.asked.map((a) => (
            <li key={a.id} className="rounded border border-gray-300 p-3">
              <p>{t("candidatePage.asked.line", { employer: a.employer, date: day(a.at) })}</p>
              {a.wantsIntroduction && a.answer === null ? (
                <IntroductionQuestion
                  inquiryId={a.id}
                  employer={a.employer}
                  result={answerResult?.initialValue?.inquiryId === a.id ? answerResult : undefined}
                />
              ) : null}
              {a.wantsIntroduction && a.answer !== null ? (
                <p className="mt-1 font-semibold">
                  {a.answer === "yes" ? t("candidatePage.asked.answeredYes") : t("candidatePage.asked.answeredNo")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="introduced-title" className="mt-8">
        <h2 id="introduced-title" className="text-xl font-semibold">
          {t("candidatePage.introduced.title")}
        </h2>
        {page.introduced.filter((l) => !l.withdrawnAt).length === 0 ? (
          <p className="mt-1">{t("candidatePage.introduced.none")}</p>
        ) : null}
        <ul className="mt-2 space-y-3">
          {page.introduced
            .filter((l) => !l.withdrawnAt)
            .map((l) => (
              <li key={l.id} className="rounded border border-gray-300 p-3">
                <p>
                  {t("candidatePage.introduced.line", {
                    employer: l.employer,
                    date: day(l.at),
                    who: t(`candidatePage.sources.${l.source}`),
                  })}
                </p>
                {l.through === "answer" ? (
                  <WithdrawIntroduction
                    introductionId={l.id}
                    employer={l.employer}
                    result={withdrawResult?.initialValue?.introductionId === l.id ? withdrawResult : undefined}
                  />
                ) : null}
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}

function IntroductionQuestion({
  inquiryId,
  employer,
  result,
}: {
  inquiryId: string;
  employer: string;
  result: Result;
}) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(introductionAnswerIntent, result);
  return (
    <>
      <p className="my-2">{t("candidatePage.asked.wantsIntroduction", { employer })}</p>
      <KitForm form={form} result={result} fields={fields} labels={{}} intent="introduction">
        <HiddenValues values={{ inquiryId }} />
        <ChoiceButtons
          name="answer"
          choices={[
            { value: "yes", tone: "primary", label: t("candidatePage.asked.yes", { employer }) },
            { value: "no", label: t("candidatePage.asked.no") },
          ]}
        />
      </KitForm>
    </>
  );
}

function WithdrawIntroduction({
  introductionId,
  employer,
  result,
}: {
  introductionId: string;
  employer: string;
  result: Result;
}) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(withdrawIntroductionIntent, result);
  return (
    <KitForm form={form} result={result} fields={fields} labels={{}} intent="withdrawIntroduction" className="mt-2">
      <HiddenValues values={{ introductionId }} />
      <ChoiceButtons
        choices={[{ tone: "danger", label: t("candidatePage.introduced.withdraw", { employer }) }]}
        name=""
      />
    </KitForm>
  );
}
