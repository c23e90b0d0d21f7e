import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { sendLinkIntent } from "~/domain/candidate-page/candidate-page-schema";
import { useLocale } from "~/i18n/use-locale";
import { formatDay, osloDay } from "~/lib/dates";
import { ChoiceButtons, KitForm, Notice } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

export type CompanyIntroductionLine = {
  id: string;
  employer: string;
  at: string;
  state: "waiting" | "given" | "refused" | "withdrawn";
  source: "CANDIDATE_LINK" | "COMPANY_RECORDED" | null;
};

/**
 * On the company's page of a candidate: send the candidate the link to their own page, see the
 * employers who asked to be introduced and what the candidate answered, and an erasure request
 * with its legal deadline.
 */
export function CandidateOwnPageSection({
  canSend,
  hasEmail,
  hasPhone,
  introductions,
  erasure,
  result,
}: {
  canSend: boolean;
  hasEmail: boolean;
  hasPhone: boolean;
  introductions: CompanyIntroductionLine[];
  erasure: { requestedAt: string; deadline: string } | null;
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form, fields] = useZodForm(sendLinkIntent, result);
  const day = (iso: string) => formatDay(osloDay(new Date(iso)), locale);
  const channels = [
    ...(hasEmail ? [{ value: "EMAIL", label: t("candidatePage.company.sendEmail") }] : []),
    ...(hasPhone ? [{ value: "SMS", label: t("candidatePage.company.sendSms") }] : []),
  ];
  return (
    <section aria-labelledby="own-page-title" className="mt-8">
      <h2 id="own-page-title" className="text-xl font-semibold">
        {t("candidatePage.company.title")}
      </h2>
      {erasure ? (
        <div className="mt-2">
          <Notice tone="warning">
            {t("candidatePage.company.erasureRequested", {
              date: day(erasure.requestedAt),
              deadline: formatDay(erasure.deadline, locale),
            })}
          </Notice>
        </div>
      ) : null}
      <p className="mb-3 mt-1">{t("candidatePage.company.intro")}</p>
      {canSend && channels.length ? (
        <KitForm form={form} result={result} fields={fields} labels={{}} intent="sendLink">
          <ChoiceButtons name="channel" choices={channels} />
        </KitForm>
      ) : canSend ? (
        <p>{t("candidatePage.company.noContact")}</p>
      ) : null}
      <h3 className="mt-6 text-lg font-semibold">{t("candidatePage.company.introductions")}</h3>
      {introductions.length === 0 ? <p className="mt-1">{t("candidatePage.company.noIntroductions")}</p> : null}
      <ul className="mt-2 list-disc pl-6">
        {introductions.map((l) => (
          <li key={l.id}>
            {t(`candidatePage.company.introductionStates.${l.state}`, {
              employer: l.employer,
              date: day(l.at),
              who: l.source ? t(`candidatePage.sources.${l.source}`) : "",
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
