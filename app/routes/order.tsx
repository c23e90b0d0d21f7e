import { useTranslation } from "react-i18next";
import { data, Form, redirect, useSearchParams } from "react-router";
import { can } from "~/auth/permissions";
import { requireOrgPermission } from "~/auth/require.server";
import { cancelOrder, getOrder, moveOrder, sendInvoice, startCheckout } from "~/domain/procurement/procurement.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { formatNok } from "~/ui/cost-estimate";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/order";

async function actorOf(request: Request) {
  const viewer = await requireOrgPermission(request, "order:read");
  return { viewer, actor: { userId: viewer.userId, organizationId: viewer.organization.id } };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await actorOf(request);
  const o = await getOrder(db(), actor, params.id);
  if (!o) throw data(null, { status: 404 });
  return {
    order: {
      id: o.id, side: o.side, status: o.status, task: o.quote.task.title, buyer: o.buyer.name, company: o.company.name, awardReason: o.awardReason, cancelReason: o.cancelReason,
      amountExVatOre: o.amountExVatOre, vatOre: o.vatOre, totalOre: o.totalOre, platformFeeOre: o.platformFeeOre,
      paidAt: o.paidAt?.toISOString() ?? null, refundedAt: o.refundedAt?.toISOString() ?? null, paymentRef: o.stripePaymentIntentId,
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, actor } = await actorOf(request);
  if (!(await getOrder(db(), actor, params.id))) throw data(null, { status: 404 });
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const origin = appOrigin();
  const done = () => redirect(`/bestillinger/${params.id}?melding=oppdatert`);
  if (intent === "start" || intent === "deliver" || intent === "accept") return (await moveOrder(db(), actor, params.id, intent, origin)) ? done() : data({ cancelError: false }, { status: 409 });
  if (intent === "pay" || intent === "invoice") {
    if (!can(viewer, "quote:award")) throw data(null, { status: 403 });
    const url = intent === "pay" ? await startCheckout(db(), actor, params.id, origin) : await sendInvoice(db(), actor, params.id);
    return url ? redirect(url) : data({ cancelError: false }, { status: 409 });
  }
  if (intent === "cancel") {
    const reason = String(form.get("reason") ?? "").trim();
    if (reason.length < 3) return data({ cancelError: true }, { status: 400 });
    return (await cancelOrder(db(), actor, params.id, reason)) ? done() : data({ cancelError: false }, { status: 409 });
  }
  throw data(null, { status: 400 });
}

export default function OrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const o = loaderData.order;
  const nok = (ore: number) => formatNok(ore, i18n.language);
  const button = (intent: string, label: string) => (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {label}
      </button>
    </Form>
  );
  const message = params.get("melding");
  return (
    <Page title={t("procurement.orderTitle", { task: o.task })}>
      {message === "oppdatert" || message === "tildelt" ? <Notice tone="success">{t("procurement.done")}</Notice> : null}
      {message === "betalt" && o.status !== "PAID" ? <Notice tone="info">{t("procurement.paidNotice")}</Notice> : null}
      <dl className="mb-6 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("procurement.status")}</dt>
        <dd>{t(`procurement.orderStatuses.${o.status}`)}</dd>
        <dt className="font-semibold">{t("procurement.buyer")}</dt>
        <dd>{o.buyer}</dd>
        <dt className="font-semibold">{t("procurement.supplier")}</dt>
        <dd>{o.company}</dd>
        <dt className="font-semibold">{t("procurement.exVat")}</dt>
        <dd>{nok(o.amountExVatOre)}</dd>
        <dt className="font-semibold">{t("procurement.vat")}</dt>
        <dd>{nok(o.vatOre)}</dd>
        <dt className="font-semibold">{t("procurement.total")}</dt>
        <dd>{nok(o.totalOre)}</dd>
        <dt className="font-semibold">{t("procurement.fee")}</dt>
        <dd>{nok(o.platformFeeOre)}</dd>
        <dt className="font-semibold">{t("procurement.toCompany")}</dt>
        <dd>{nok(o.totalOre - o.platformFeeOre)}</dd>
      </dl>
      <p className="mb-6">{t("procurement.awardedReason", { reason: o.awardReason })}</p>
      <div className="mb-6 flex flex-wrap gap-3">
        {o.side === "company" && o.status === "AWARDED" ? button("start", t("procurement.startDelivery")) : null}
        {o.side === "company" && (o.status === "AWARDED" || o.status === "IN_DELIVERY") ? button("deliver", t("procurement.markDelivered")) : null}
        {o.side === "buyer" && o.status === "DELIVERED" ? button("accept", t("procurement.accept")) : null}
        {o.side === "buyer" && o.status === "ACCEPTED" ? button("pay", t("procurement.pay")) : null}
        {o.side === "buyer" && o.status === "ACCEPTED" ? button("invoice", t("procurement.payByInvoice")) : null}
      </div>
      {o.status === "PAID" || o.refundedAt ? (
        <section aria-labelledby="receipt-title" className="mb-6 max-w-xl rounded border-2 border-green-700 p-4">
          <h2 id="receipt-title" className="text-xl font-semibold">
            {t("procurement.receipt")}
          </h2>
          {o.paidAt ? <p>{t("procurement.paidAt", { date: formatOsloDateTime(o.paidAt, i18n.language) })}</p> : null}
          <p>
            {t("procurement.total")}: {nok(o.totalOre)} ({t("procurement.vat")} {nok(o.vatOre)})
          </p>
          {o.paymentRef ? (
            <p>
              {t("procurement.paymentRef")}: {o.paymentRef}
            </p>
          ) : null}
          {o.refundedAt ? <p>{t("procurement.refunded", { date: formatOsloDateTime(o.refundedAt, i18n.language) })}</p> : null}
        </section>
      ) : null}
      {o.status !== "CANCELLED" ? (
        <Form method="post" className="max-w-xl rounded border border-gray-300 p-4">
          <input type="hidden" name="intent" value="cancel" />
          <label htmlFor="cancel-reason" className="block font-semibold">
            {t("procurement.cancelReason")}
          </label>
          {actionData?.cancelError ? (
            <p id="cancel-error" className="font-semibold text-red-800">
              {t("procurement.cancelReasonRequired")}
            </p>
          ) : null}
          <input
            id="cancel-reason"
            name="reason"
            aria-invalid={actionData?.cancelError || undefined}
            aria-describedby={actionData?.cancelError ? "cancel-error" : undefined}
            autoFocus={Boolean(actionData?.cancelError)}
            className="mt-1 block w-full rounded border-2 border-gray-600 px-2 py-1"
          />
          <button type="submit" className="mt-2 rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50">
            {t("procurement.cancel")}
          </button>
        </Form>
      ) : (
        <p>{o.cancelReason}</p>
      )}
    </Page>
  );
}
