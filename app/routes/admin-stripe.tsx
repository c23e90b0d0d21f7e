import { useTranslation } from "react-i18next";
import { href, redirect, useSearchParams } from "react-router";
import { requirePermission } from "~/auth/require.server";
import { recentEvents } from "~/domain/payments/webhooks.server";
import { decideIntent } from "~/domain/procurement/order-schema";
import { decideDispute, listUnresolvedDisputes } from "~/domain/procurement/procurement.server";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { DataTable } from "~/ui/data-table";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { DisputeStory } from "~/ui/procurement/dispute-story";
import { ReasonForm } from "~/ui/procurement/reason-form";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { resultFor } from "~/ui/use-zod-form";
import type { Route } from "./+types/admin-stripe";

/** The platform admin's payments page: disputes the parties could not settle, and Stripe's events. */
export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "payments:admin");
  return {
    disputes: await listUnresolvedDisputes(db()),
    events: (await recentEvents(db())).map((e) => ({
      ...e,
      receivedAt: e.receivedAt.toISOString(),
      processedAt: e.processedAt?.toISOString() ?? null,
    })),
  };
}

/** The tag of a decision form's answers: one form per dispute. */
const decisionTag = (disputeId: string) => `decide:${disputeId}`;

/** The platform admin decides a dispute that the parties could not settle (docs/decisions/0010). */
export async function action({ request }: Route.ActionArgs) {
  const viewer = await requirePermission(request, "order:decide");
  const formData = await request.formData();
  const tag = decisionTag(String(formData.get("disputeId") ?? ""));
  const submission = parseSubmission(formData, { schema: decideIntent });
  if (submission.status !== "success") return invalid(submission, tag);
  const { intent, disputeId, reason } = submission.value;
  const decided = await decideDispute(db(), viewer, disputeId, intent, reason, appOrigin());
  return decided.ok ? redirect(`${href("/admin/stripe")}?melding=avgjort`) : refused(request, submission, decided, tag);
}

export default function AdminStripe({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const when = (iso: string) => formatOsloDateTime(iso, locale);
  return (
    <Page title={t("procurement.paymentsAdminTitle")}>
      <UnplacedReply actionData={actionData} placed={loaderData.disputes.map((d) => decisionTag(d.id))} />
      {params.get("melding") === "avgjort" && !actionData ? (
        <Notice tone="success">{t("procurement.done")}</Notice>
      ) : null}
      <section aria-labelledby="disputes-title" className="mb-8">
        <h2 id="disputes-title" className="mb-2 text-xl font-semibold">
          {t("procurement.disputesAdminTitle")}
        </h2>
        {loaderData.disputes.length === 0 ? <p>{t("procurement.noDisputes")}</p> : null}
        <ul className="space-y-4">
          {loaderData.disputes.map((d) => (
            <li key={d.id} className="max-w-2xl rounded border border-gray-300 p-4">
              <h3 className="font-semibold">
                {d.order.task} – {d.order.buyer} / {d.order.company}
              </h3>
              <p>
                {t("procurement.status")}: {t(`procurement.orderStatuses.${d.order.status}`)},{" "}
                {formatNok(d.order.totalOre, locale)}. {t(`procurement.disputeStatuses.${d.status}`)}.
              </p>
              <DisputeStory d={d} />
              <div className="mt-3">
                <ReasonForm
                  schema={decideIntent}
                  result={resultFor(actionData, decisionTag(d.id))}
                  values={{ disputeId: d.id }}
                  label={t("procurement.decisionReason", { task: d.order.task })}
                  buttons={[
                    { label: t("procurement.decideCancel"), value: "cancel", tone: "danger" },
                    { label: t("procurement.decideKeep"), value: "keep", tone: "secondary" },
                  ]}
                />
              </div>
            </li>
          ))}
        </ul>
      </section>
      <h2 className="mb-2 text-xl font-semibold">{t("procurement.eventsTitle")}</h2>
      <DataTable
        caption={t("procurement.eventsTitle")}
        captionHidden
        rows={loaderData.events}
        rowKey={(e) => e.id}
        columns={[
          {
            header: t("procurement.eventType"),
            cell: (e) => (
              <>
                {e.type} <span className="text-gray-700">({e.id})</span>
              </>
            ),
          },
          { header: t("procurement.received"), cell: (e) => when(e.receivedAt) },
          { header: t("procurement.processed"), cell: (e) => (e.processedAt ? when(e.processedAt) : "–") },
          { header: t("procurement.attempts"), numeric: true, cell: (e) => e.attempts },
          { header: t("procurement.error"), cell: (e) => e.lastError ?? "" },
        ]}
      />
    </Page>
  );
}
