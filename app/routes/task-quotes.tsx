import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { awardQuote, listQuotesForTask } from "~/domain/procurement/procurement.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatNok } from "~/i18n/format";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/task-quotes";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "quote:award");
  const found = await listQuotesForTask(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, params.id);
  // Another buyer's task: not found, and nothing of its quotes.
  if (!found) throw data(null, { status: 404 });
  return found;
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "quote:award");
  const actor = { userId: viewer.userId, organizationId: viewer.organization.id };
  if (!(await listQuotesForTask(db(), actor, params.id))) throw data(null, { status: 404 });
  const form = await request.formData();
  const quoteId = String(form.get("quoteId") ?? "");
  const reason = String(form.get("reason") ?? "").trim();
  if (reason.length < 3) return data({ quoteId, error: "reasonRequired" as const, missing: [] as string[] }, { status: 400 });
  const outcome = await awardQuote(db(), actor, quoteId, reason, appOrigin());
  if (!outcome.ok) return data({ quoteId, error: outcome.error, missing: outcome.error === "missingDocuments" ? outcome.missing : [] }, { status: outcome.error === "notFound" ? 404 : 400 });
  return redirect(`/bestillinger/${outcome.orderId}?melding=tildelt`);
}

export default function TaskQuotes({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nok = (ore: number) => formatNok(ore, locale);
  const { task, quotes } = loaderData;
  return (
    <Page title={t("procurement.quotesTitle", { task: task.title })}>
      <p className="mb-4">
        <Link to={`/stillinger/${task.id}`} className="text-brand-700 underline">
          {t("proposals.back")}
        </Link>
      </p>
      {actionData?.error ? (
        <Notice tone="warning">
          {t(`procurement.awardErrors.${actionData.error}`, { docs: actionData.missing.map((k) => t(`procurement.docKinds.${k}`)).join(", ") })}
        </Notice>
      ) : null}
      {task.requiredDocuments.length ? (
        <p className="mb-4">
          {t("procurement.requiredDocuments")}: {task.requiredDocuments.map((k) => t(`procurement.docKinds.${k}`)).join(", ")}
        </p>
      ) : null}
      {quotes.length === 0 ? <p>{t("procurement.noQuotes")}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-1 pr-3">{t("procurement.supplier")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("procurement.exVat")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("procurement.vat")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("procurement.total")}</th>
              <th scope="col" className="py-1 pr-3">{t("procurement.team")}</th>
              <th scope="col" className="py-1 pr-3">{t("procurement.start")}</th>
              <th scope="col" className="py-1 pr-3">{t("procurement.documents")}</th>
              <th scope="col" className="py-1 pr-3">{t("procurement.staffInMeasure")}</th>
              <th scope="col" className="py-1 pr-3">{t("procurement.payouts")}</th>
              <th scope="col" className="py-1">{t("procurement.status")}</th>
            </tr>
          </thead>
          <tbody>
            {quotes.map((q) => (
              <tr key={q.id} className="border-b border-gray-200 align-top">
                <th scope="row" className="py-2 pr-3 font-semibold">
                  {q.company}
                  <p className="mt-1 max-w-xs whitespace-pre-line font-normal">{q.deliveryPlan}</p>
                </th>
                <td className="py-2 pr-3 text-right">{nok(q.priceExVatOre)}</td>
                <td className="py-2 pr-3 text-right">{nok(q.vatOre)}</td>
                <td className="py-2 pr-3 text-right">{nok(q.priceExVatOre + q.vatOre)}</td>
                <td className="py-2 pr-3">
                  {q.teamSize} ({q.participantsInMeasure})
                </td>
                <td className="py-2 pr-3">{q.startDate}</td>
                <td className="py-2 pr-3">
                  <ul>
                    {q.documents.map((d) => (
                      <li key={d.kind} className={q.missing.includes(d.kind) ? "font-semibold text-red-800" : undefined}>
                        {t(`procurement.docKinds.${d.kind}`)}: {t(`procurement.docStates.${d.state}`)}
                        {d.validUntil ? ` (${d.validUntil})` : ""}
                        {task.requiredDocuments.includes(d.kind) ? ` – ${t("procurement.required")}` : ""}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="py-2 pr-3">{q.staffInMeasurePercent === null ? "–" : `${q.staffInMeasurePercent} %`}</td>
                <td className="py-2 pr-3">{q.payoutsEnabled ? t("procurement.yes") : t("procurement.no")}</td>
                <td className="py-2">
                  {t(`procurement.quoteStatuses.${q.status}`)}
                  {!task.awarded && q.status === "SUBMITTED" ? (
                    <Form method="post" className="mt-2">
                      <input type="hidden" name="quoteId" value={q.id} />
                      <label htmlFor={`reason-${q.id}`} className="block text-sm font-semibold">
                        {t("procurement.awardReason")} ({q.company})
                      </label>
                      <input id={`reason-${q.id}`} name="reason" className="mt-1 rounded border-2 border-gray-600 px-2 py-1" />
                      <button type="submit" className="mt-1 block rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800">
                        {t("procurement.award")}
                        <span className="sr-only"> {q.company}</span>
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}
