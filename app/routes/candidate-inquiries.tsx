import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { listInquiries, markInquiryAnswered } from "~/domain/candidates/talent-search.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidate-inquiries";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "candidate:manage");
  return { inquiries: await listInquiries(db(), viewer.organization.id) };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "candidate:manage");
  const id = (await request.formData()).get("id");
  if (typeof id !== "string" || !(await markInquiryAnswered(db(), viewer.organization.id, id))) throw data(null, { status: 404 });
  return redirect("/kandidater/henvendelser");
}

export default function CandidateInquiries({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("candidates.inquiriesTitle")} intro={t("candidates.inquiriesIntro")}>
      {loaderData.inquiries.length === 0 ? <p>{t("candidates.noInquiries")}</p> : null}
      <ol className="space-y-4">
        {loaderData.inquiries.map((q) => (
          <li key={q.id} className="rounded border border-gray-300 p-4">
            <p className="text-sm text-gray-800">
              <time dateTime={q.at}>{formatOsloDateTime(q.at, locale)}</time> · {q.status === "OPEN" ? <strong>{t("candidates.open")}</strong> : t("candidates.answered")}
            </p>
            <p className="mt-1">
              {t("candidates.inquiryAbout")}{" "}
              <Link to={`/kandidater/${q.candidateId}`} className="text-brand-700 underline">
                {q.code}
              </Link>
              . {t("candidates.inquiryFrom", { org: q.from, person: q.fromPerson, email: q.fromEmail })}
            </p>
            <blockquote className="mt-2 whitespace-pre-line border-l-4 border-gray-300 pl-3">{q.message}</blockquote>
            {q.status === "OPEN" ? (
              <Form method="post" className="mt-2">
                <input type="hidden" name="id" value={q.id} />
                <button type="submit" className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">
                  {t("candidates.markAnswered")}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ol>
    </Page>
  );
}
