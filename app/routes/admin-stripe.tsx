import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { data, Form, redirect, useSearchParams } from "react-router";
import { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { recentEvents } from "~/domain/payments/webhooks.server";
import { decideDispute, listUnresolvedDisputes } from "~/domain/procurement/procurement.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { formatNok } from "~/i18n/format";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/admin-stripe";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "payments:admin");
  return {
    disputes: await listUnresolvedDisputes(db()),
    events: (await recentEvents(db())).map((e) => ({ ...e, receivedAt: e.receivedAt.toISOString(), processedAt: e.processedAt?.toISOString() ?? null })),
  };
}

const decision = z.object({ intent: z.enum(["cancel", "keep"]), disputeId: z.string().min(1), reason: z.string().trim().min(3).max(2000) });

/** The platform admin decides a dispute that the parties could not settle (docs/decisions/0010). */
export async function action({ request }: Route.ActionArgs) {
  const viewer = await requirePermission(request, "order:decide");
  const form = Object.fromEntries(await request.formData());
  const input = decision.safeParse(form);
  if (!input.success) return data({ disputeId: String(form.disputeId ?? ""), error: "reasonRequired", message: undefined }, { status: 400 });
  const outcome = await decideDispute(db(), { userId: viewer.userId }, input.data.disputeId, input.data.intent, input.data.reason, appOrigin());
  if (outcome.ok) return redirect("/admin/stripe?melding=avgjort");
  return data({ disputeId: input.data.disputeId, error: outcome.error, message: outcome.error === "stripe" ? outcome.message : undefined }, { status: outcome.error === "notFound" ? 404 : outcome.error === "notAdmin" ? 403 : 409 });
}

export default function AdminStripe({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const when = (iso: string) => formatOsloDateTime(iso, locale);
  // The field of a decision without a reason gets focus (autoFocus covers the page without JavaScript).
  useEffect(() => {
    if (actionData?.error === "reasonRequired") document.getElementById(`decision-reason-${actionData.disputeId}`)?.focus();
  }, [actionData]);
  const failure = actionData && actionData.error !== "reasonRequired" ? (actionData.error === "stripe" ? t("procurement.stripeError", { message: actionData.message ?? "" }) : t(`procurement.cancelErrors.${actionData.error}`, { defaultValue: t("procurement.cancelErrors.notNow") })) : null;
  return (
    <Page title={t("procurement.paymentsAdminTitle")}>
      {failure ? <Notice tone="warning">{failure}</Notice> : null}
      {params.get("melding") === "avgjort" && !actionData ? <Notice tone="success">{t("procurement.done")}</Notice> : null}
      <section aria-labelledby="disputes-title" className="mb-8">
        <h2 id="disputes-title" className="mb-2 text-xl font-semibold">
          {t("procurement.disputesAdminTitle")}
        </h2>
        {loaderData.disputes.length === 0 ? <p>{t("procurement.noDisputes")}</p> : null}
        <ul className="space-y-4">
          {loaderData.disputes.map((d) => {
            const id = `decision-reason-${d.id}`;
            const missing = actionData?.error === "reasonRequired" && actionData.disputeId === d.id;
            return (
              <li key={d.id} className="max-w-2xl rounded border border-gray-300 p-4">
                <h3 className="font-semibold">
                  {d.order.task} – {d.order.buyer} / {d.order.company}
                </h3>
                <p>
                  {t("procurement.status")}: {t(`procurement.orderStatuses.${d.order.status}`)}, {formatNok(d.order.totalOre, locale)}. {t(`procurement.disputeStatuses.${d.status}`)}.
                </p>
                <p>{t("procurement.disputeOpenedBy", { name: d.openedBy, side: t(`procurement.sides.${d.openedBySide}`), date: when(d.openedAt) })}</p>
                <p>{t("procurement.awardedReason", { reason: d.reason })}</p>
                {d.answeredAt ? <p>{t("procurement.disputeAnsweredBy", { name: d.answeredBy ?? "", date: when(d.answeredAt), reason: d.answerReason ?? "" })}</p> : null}
                <Form method="post" className="mt-3">
                  <input type="hidden" name="disputeId" value={d.id} />
                  <label htmlFor={id} className="block font-semibold">
                    {t("procurement.decisionReason", { task: d.order.task })}
                  </label>
                  {missing ? (
                    <p id={`${id}-error`} className="font-semibold text-red-800">
                      {t("procurement.cancelErrors.reasonRequired")}
                    </p>
                  ) : null}
                  <textarea id={id} name="reason" rows={2} aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-error` : undefined} autoFocus={missing} className="mt-1 block w-full rounded border-2 border-gray-600 px-2 py-1" />
                  <div className="mt-2 flex flex-wrap gap-3">
                    <button type="submit" name="intent" value="cancel" className="rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50">
                      {t("procurement.decideCancel")}
                    </button>
                    <button type="submit" name="intent" value="keep" className="rounded border-2 border-gray-700 px-4 py-2 font-semibold text-gray-900 hover:bg-gray-50">
                      {t("procurement.decideKeep")}
                    </button>
                  </div>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>
      <h2 className="mb-2 text-xl font-semibold">{t("procurement.eventsTitle")}</h2>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-1 pr-3">{t("procurement.eventType")}</th>
            <th scope="col" className="py-1 pr-3">{t("procurement.received")}</th>
            <th scope="col" className="py-1 pr-3">{t("procurement.processed")}</th>
            <th scope="col" className="py-1 pr-3">{t("procurement.attempts")}</th>
            <th scope="col" className="py-1">{t("procurement.error")}</th>
          </tr>
        </thead>
        <tbody>
          {loaderData.events.map((e) => (
            <tr key={e.id} className="border-b border-gray-200">
              <td className="py-1 pr-3">
                {e.type} <span className="text-gray-700">({e.id})</span>
              </td>
              <td className="py-1 pr-3">{formatOsloDateTime(e.receivedAt, locale)}</td>
              <td className="py-1 pr-3">{e.processedAt ? formatOsloDateTime(e.processedAt, locale) : "–"}</td>
              <td className="py-1 pr-3">{e.attempts}</td>
              <td className="py-1">{e.lastError ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
