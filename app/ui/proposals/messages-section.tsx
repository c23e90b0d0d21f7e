import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import type { ProposalMessage } from "~/domain/proposals/proposals.server";
import { messageIntent } from "~/domain/proposals/proposal-schema";
import { useLocale } from "~/i18n/use-locale";
import { formatOsloDateTime } from "~/lib/dates";
import { KitForm, SubmitButton, TextArea } from "~/ui/form";
import { useZodForm } from "~/ui/use-zod-form";

/** The proposal's thread between employer and company, and a form to write in it. */
export function MessagesSection({
  messages,
  result,
}: {
  messages: ProposalMessage[];
  result: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [form, fields] = useZodForm(messageIntent, result, { shouldValidate: "onSubmit" });
  const labels = { body: t("proposals.newMessage") };
  return (
    <section aria-labelledby="messages-title" className="mt-8 max-w-2xl">
      <h2 id="messages-title" className="text-xl font-semibold">
        {t("proposals.messages")}
      </h2>
      {messages.length === 0 ? <p>{t("proposals.noMessages")}</p> : null}
      <ol className="mt-2 space-y-3">
        {messages.map((m) => (
          <li key={m.id} className="rounded border border-gray-300 p-3">
            <p className="text-sm text-gray-800">
              {m.author}, {m.organization} · <time dateTime={m.at}>{formatOsloDateTime(m.at, lang)}</time>
            </p>
            <p className="mt-1 whitespace-pre-line">{m.body}</p>
          </li>
        ))}
      </ol>
      <div className="mt-4">
        <KitForm form={form} result={result} fields={fields} labels={labels} intent="message">
          <TextArea meta={fields.body} label={labels.body} rows={3} />
          <SubmitButton>{t("proposals.send")}</SubmitButton>
        </KitForm>
      </div>
    </section>
  );
}
