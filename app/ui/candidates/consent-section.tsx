import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { recordConsentIntent, withdrawConsentIntent } from "~/domain/candidates/candidate-schema";
import { consentKinds, consentMethods, type ConsentKind } from "~/domain/candidates/profile-options";
import type { ConsentSource } from "~/generated/prisma/enums";
import { useLocale } from "~/i18n/use-locale";
import { formatOsloDateTime } from "~/lib/dates";
import { ChoiceButtons, ChoiceGroup, KitForm, SubmitButton, TextField } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

export type ConsentLine = {
  id: string;
  kind: ConsentKind;
  givenOn: string;
  method: string;
  by: string;
  /** Who gave it: the candidate through their link, or the company recording a paper or oral consent */
  source: ConsentSource;
  withdrawnAt: string | null;
  withdrawnVia: ConsentSource | null;
};

/** The consents a company recorded for the candidate, a button to withdraw each, and a form to record one. */
export function ConsentSection({
  consents,
  canRecord,
  today,
  recordResult,
  withdrawResult,
}: {
  consents: ConsentLine[];
  canRecord: boolean;
  today: string;
  recordResult: SubmissionResult<string[]> | undefined;
  withdrawResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="consent-title" className="mt-8">
      <h2 id="consent-title" className="text-xl font-semibold">
        {t("candidates.consents")}
      </h2>
      {consents.length === 0 ? <p>{t("candidates.noConsents")}</p> : null}
      <ul className="mt-2 list-disc pl-6">
        {consents.map((x) => (
          <li key={x.id}>
            {x.source === "CANDIDATE_LINK" && !x.withdrawnAt
              ? t("candidatePage.company.linkConsentLine", { kind: t(`consentKinds.${x.kind}`), date: x.givenOn })
              : x.withdrawnAt
                ? t("candidates.consentWithdrawnLine", {
                    kind: t(`consentKinds.${x.kind}`),
                    date: x.givenOn,
                    withdrawn: formatOsloDateTime(x.withdrawnAt, locale),
                  })
                : t("candidates.consentActive", {
                    kind: t(`consentKinds.${x.kind}`),
                    date: x.givenOn,
                    method: t(`consentMethods.${x.method}`, { defaultValue: x.method }),
                    who: x.by,
                  })}
            {" · "}
            {x.withdrawnAt
              ? [
                  t("candidatePage.company.consentSource", { who: t(`candidatePage.sources.${x.source}`) }),
                  ...(x.withdrawnVia
                    ? [t("candidatePage.company.withdrawnVia", { who: t(`candidatePage.sources.${x.withdrawnVia}`) })]
                    : []),
                  t("candidatePage.company.notValid"),
                ].join(" · ")
              : [
                  t("candidatePage.company.consentSource", { who: t(`candidatePage.sources.${x.source}`) }),
                  t("candidatePage.company.stillValid"),
                ].join(" · ")}
          </li>
        ))}
      </ul>
      <WithdrawButtons kinds={consents.filter((x) => !x.withdrawnAt).map((x) => x.kind)} result={withdrawResult} />
      {canRecord ? <RecordConsentForm today={today} result={recordResult} /> : null}
    </section>
  );
}

/** One form, a button per consent in force: the button pressed posts which one is withdrawn. */
function WithdrawButtons({ kinds, result }: { kinds: ConsentKind[]; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(withdrawConsentIntent, result);
  if (!kinds.length) return null;
  return (
    <KitForm form={form} result={result} fields={fields} labels={{}} intent="withdraw" className="mt-3">
      <ChoiceButtons
        name="kind"
        choices={kinds.map((kind) => ({
          value: kind,
          tone: "danger",
          label: t("candidates.withdraw", { kind: t(`consentKinds.${kind}`) }),
        }))}
      />
    </KitForm>
  );
}

function RecordConsentForm({ today, result }: { today: string; result: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(recordConsentIntent, result, { defaultValue: { kind: "LISTING", givenOn: today } });
  const labels = {
    kind: t("candidates.consentKind"),
    givenOn: t("candidates.consentGivenOn"),
    method: t("candidates.consentMethod"),
  };
  return (
    <div className="mt-4 max-w-xl rounded border border-gray-300 p-4">
      <h3 className="mb-2 text-lg font-semibold">{t("candidates.recordConsent")}</h3>
      <KitForm form={form} result={result} fields={fields} labels={labels} intent="consent">
        <ChoiceGroup
          meta={fields.kind}
          type="radio"
          legend={labels.kind}
          options={consentKinds.map((k) => ({ value: k, label: t(`consentKinds.${k}`) }))}
        />
        <TextField meta={fields.givenOn} label={labels.givenOn} type="date" />
        <ChoiceGroup
          meta={fields.method}
          type="radio"
          legend={labels.method}
          options={consentMethods.map((m) => ({ value: m, label: t(`consentMethods.${m}`) }))}
        />
        <SubmitButton>{t("candidates.recordConsent")}</SubmitButton>
      </KitForm>
    </div>
  );
}
