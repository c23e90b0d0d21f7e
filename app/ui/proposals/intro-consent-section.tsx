import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { consentMethods } from "~/domain/candidates/profile-options";
import { introConsentIntent, withdrawIntroConsentIntent } from "~/domain/proposals/proposal-schema";
import { ActionButton, ChoiceGroup, KitForm, Notice, SubmitButton } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** The company records, or withdraws, the candidate's consent to be introduced to THIS employer. */
export function IntroConsentSection({
  employer,
  meetingRequested,
  introduced,
  consentResult,
  withdrawResult,
}: {
  employer: string;
  meetingRequested: boolean;
  introduced: boolean;
  consentResult: SubmissionResult<string[]> | undefined;
  withdrawResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="intro-title" className="mb-8 rounded border border-gray-300 p-4">
      <h2 id="intro-title" className="text-xl font-semibold">
        {t("proposals.introConsent", { employer })}
      </h2>
      {meetingRequested && !introduced ? <Notice tone="info">{t("proposals.meetingRequestedCompany")}</Notice> : null}
      {introduced ? (
        <>
          <p className="mb-2">{t("proposals.introConsentGiven", { employer })}</p>
          <WithdrawButton result={withdrawResult} />
        </>
      ) : (
        <div className="mt-2">
          <RecordForm result={consentResult} />
        </div>
      )}
    </section>
  );
}

function WithdrawButton({ result }: { result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form] = useZodForm(withdrawIntroConsentIntent, result);
  return (
    <ActionButton form={form} result={result} intent="withdraw" tone="danger">
      {t("proposals.withdrawIntroConsent")}
    </ActionButton>
  );
}

function RecordForm({ result }: { result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(introConsentIntent, result, { defaultValue: { method: consentMethods[0] } });
  const labels = { method: t("proposals.introConsentMethod") };
  return (
    <KitForm form={form} result={result} fields={fields} labels={labels} intent="consent">
      <ChoiceGroup
        meta={fields.method}
        type="radio"
        legend={labels.method}
        options={consentMethods.map((m) => ({ value: m, label: t(`consentMethods.${m}`) }))}
      />
      <SubmitButton>{t("proposals.recordIntroConsent")}</SubmitButton>
    </KitForm>
  );
}
