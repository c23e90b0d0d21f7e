import { useTranslation } from "react-i18next";
import { data, href, Link, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { answeredIntent } from "~/domain/candidates/talent-search-forms";
import { listInquiries, markInquiryAnswered } from "~/domain/candidates/talent-search.server";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { ActionButton } from "~/ui/form";
import { Page } from "~/ui/page";
import { resultFor, useZodForm, type FormReply } from "~/ui/use-zod-form";
import type { Route } from "./+types/candidate-inquiries";

export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "candidate:manage");
  return { inquiries: await listInquiries(db(), actor) };
}

export async function action({ request }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "candidate:manage");
  const formData = await request.formData();
  if (formData.get("intent") !== "answered") throw data(null, { status: 400 });
  const submission = parseSubmission(formData, { schema: answeredIntent });
  if (submission.status !== "success") return invalid(submission, "answered");
  const answered = await markInquiryAnswered(db(), actor, submission.value.id);
  return answered.ok ? redirect(href("/kandidater/henvendelser")) : refused(request, submission, answered, "answered");
}

export default function CandidateInquiries({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("candidates.inquiriesTitle")} intro={t("candidates.inquiriesIntro")}>
      {loaderData.inquiries.length === 0 ? <p>{t("candidates.noInquiries")}</p> : null}
      <ol className="space-y-4">
        {loaderData.inquiries.map((q) => (
          <li key={q.id} className="rounded border border-gray-300 p-4">
            <p className="text-sm text-gray-800">
              <time dateTime={q.at}>{formatOsloDateTime(q.at, locale)}</time> ·{" "}
              {q.status === "OPEN" ? <strong>{t("candidates.open")}</strong> : t("candidates.answered")}
            </p>
            <p className="mt-1">
              {t("candidates.inquiryAbout")}{" "}
              <Link to={href("/kandidater/:id", { id: q.candidateId })} className="text-brand-700 underline">
                {q.code}
              </Link>
              . {t("candidates.inquiryFrom", { org: q.from, person: q.fromPerson, email: q.fromEmail })}
            </p>
            <blockquote className="mt-2 whitespace-pre-line border-l-4 border-gray-300 pl-3">{q.message}</blockquote>
            {q.status === "OPEN" ? (
              <div className="mt-2">
                <AnsweredButton id={q.id} actionData={actionData} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </Page>
  );
}

function AnsweredButton({ id, actionData }: { id: string; actionData: FormReply | undefined }) {
  const { t } = useTranslation();
  const result = resultFor(actionData, "answered");
  const [form] = useZodForm(answeredIntent, result);
  return (
    <ActionButton form={form} result={result} intent="answered" values={{ id }} tone="secondary">
      {t("candidates.markAnswered")}
    </ActionButton>
  );
}
