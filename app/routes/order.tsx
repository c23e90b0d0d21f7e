import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { data, Form, redirect, useSearchParams } from "react-router";
import { z } from "zod";
import { can } from "~/auth/permissions";
import { requireOrgPermission } from "~/auth/require.server";
import { AFTER_ACCEPTANCE, answerDispute, cancelOrder, getOrder, listOrderDisputes, moveOrder, openDispute, sendInvoice, startCheckout } from "~/domain/procurement/procurement.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { formatNok } from "~/i18n/format";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/order";
import { useLocale } from "~/i18n/use-locale";

async function actorOf(request: Request) {
  const viewer = await requireOrgPermission(request, "order:read");
  return { viewer, actor: { userId: viewer.userId, organizationId: viewer.organization.id } };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, actor } = await actorOf(request);
  const o = await getOrder(db(), actor, params.id);
  if (!o) throw data(null, { status: 404 });
  return {
    order: {
      id: o.id, side: o.side, status: o.status, task: o.quote.task.title, buyer: o.buyer.name, company: o.company.name, awardReason: o.awardReason, cancelReason: o.cancelReason,
      amountExVatOre: o.amountExVatOre, vatOre: o.vatOre, totalOre: o.totalOre, platformFeeOre: o.platformFeeOre,
      paidAt: o.paidAt?.toISOString() ?? null, refundedAt: o.refundedAt?.toISOString() ?? null, paymentRef: o.stripePaymentIntentId,
    },
    disputes: await listOrderDisputes(db(), o.id),
    canCancel: can(viewer, "order:cancel"),
    // From acceptance on, no side cancels alone: the page offers a dispute instead.
    afterAcceptance: AFTER_ACCEPTANCE.includes(o.status),
  };
}

/** Which form answered, what went wrong, and Stripe's own words when Stripe failed. */
type ActionResult = { form: "cancel" | "dispute" | "answer" | "move" | "pay"; error: string; message?: string };

const reasoned = z.object({
  intent: z.enum(["cancel", "dispute", "agree", "decline"]),
  reason: z.string().trim().min(3).max(2000),
  disputeId: z.string().optional(),
});

const statusOf: Record<string, number> = { notFound: 404, notAdmin: 403, reasonRequired: 400 };

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, actor } = await actorOf(request);
  if (!(await getOrder(db(), actor, params.id))) throw data(null, { status: 404 });
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const origin = appOrigin();
  const done = () => redirect(`/bestillinger/${params.id}?melding=oppdatert`);
  const fail = (result: ActionResult) => data(result, { status: statusOf[result.error] ?? 409 });
  if (intent === "start" || intent === "deliver" || intent === "accept") return (await moveOrder(db(), actor, params.id, intent, origin)) ? done() : fail({ form: "move", error: "notNow" });
  if (intent === "pay" || intent === "invoice") {
    if (!can(viewer, "quote:award")) throw data(null, { status: 403 });
    const started = intent === "pay" ? await startCheckout(db(), actor, params.id, origin) : await sendInvoice(db(), actor, params.id);
    return started.ok ? redirect(started.url) : fail({ form: "pay", error: started.error, message: started.error === "stripe" ? started.message : undefined });
  }
  if (intent === "cancel" || intent === "dispute" || intent === "agree" || intent === "decline") {
    // Money moves back only by agreement: organisation admins only (the domain checks the side too).
    if (!can(viewer, "order:cancel")) throw data(null, { status: 403 });
    const which = intent === "agree" || intent === "decline" ? "answer" : intent;
    const input = reasoned.safeParse(Object.fromEntries(form));
    if (!input.success) return fail({ form: which, error: "reasonRequired" });
    const { reason, disputeId } = input.data;
    const outcome =
      intent === "cancel"
        ? await cancelOrder(db(), actor, params.id, reason, origin)
        : intent === "dispute"
          ? await openDispute(db(), actor, params.id, reason, origin)
          : await answerDispute(db(), actor, disputeId ?? "", intent, reason, origin);
    return outcome.ok ? done() : fail({ form: which, error: outcome.error, message: outcome.error === "stripe" ? outcome.message : undefined });
  }
  throw data(null, { status: 400 });
}

/**
 * One reason field and its buttons. A missing reason is said at the field, which gets focus:
 * autoFocus without JavaScript, the effect for a result that arrives after hydration (`result`
 * changes with every answer of the action, also when the error is the same again).
 */
function ReasonForm({ id, intent, label, submit, hint, error, result, disputeId, decline }: { id: string; intent: string; label: string; submit: string; hint?: string; error?: string; result?: unknown; disputeId?: string; decline?: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (error) field.current?.focus();
  }, [error, result]);
  return (
    <Form method="post" className="mb-6 max-w-xl rounded border border-gray-300 p-4">
      {disputeId ? <input type="hidden" name="disputeId" value={disputeId} /> : null}
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <textarea
        ref={field}
        id={id}
        name="reason"
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        autoFocus={Boolean(error)}
        className="mt-1 block w-full rounded border-2 border-gray-600 px-2 py-1"
      />
      <div className="mt-2 flex flex-wrap gap-3">
        <button type="submit" name="intent" value={intent} className="rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50">
          {submit}
        </button>
        {decline ? (
          <button type="submit" name="intent" value="decline" className="rounded border-2 border-gray-700 px-4 py-2 font-semibold text-gray-900 hover:bg-gray-50">
            {decline}
          </button>
        ) : null}
      </div>
    </Form>
  );
}

export default function OrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const o = loaderData.order;
  const { disputes, canCancel, afterAcceptance } = loaderData;
  const nok = (ore: number) => formatNok(ore, locale);
  const when = (iso: string) => formatOsloDateTime(iso, locale);
  const button = (intent: string, label: string) => (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {label}
      </button>
    </Form>
  );
  const message = params.get("melding");
  const mySide = o.side;
  const waiting = disputes.find((d) => d.status === "OPEN" || d.status === "DECLINED");
  const reasonError = (form: ActionResult["form"]) => (actionData?.form === form && actionData.error === "reasonRequired" ? t("procurement.cancelErrors.reasonRequired") : undefined);
  // Failures other than a missing reason are shown once, above everything, with Stripe's words when Stripe failed.
  const failure = actionData && actionData.error !== "reasonRequired" ? (actionData.error === "stripe" ? t("procurement.stripeError", { message: actionData.message ?? "" }) : t(`procurement.cancelErrors.${actionData.error}`, { defaultValue: t("procurement.cancelErrors.notNow") })) : null;
  return (
    <Page title={t("procurement.orderTitle", { task: o.task })}>
      {failure ? <Notice tone="warning">{failure}</Notice> : null}
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
          {o.paidAt ? <p>{t("procurement.paidAt", { date: when(o.paidAt) })}</p> : null}
          <p>
            {t("procurement.total")}: {nok(o.totalOre)} ({t("procurement.vat")} {nok(o.vatOre)})
          </p>
          {o.paymentRef ? (
            <p>
              {t("procurement.paymentRef")}: {o.paymentRef}
            </p>
          ) : null}
          {o.refundedAt ? <p>{t("procurement.refunded", { date: when(o.refundedAt) })}</p> : null}
        </section>
      ) : null}
      {disputes.length ? (
        <section aria-labelledby="disputes-title" className="mb-6 max-w-xl">
          <h2 id="disputes-title" className="text-xl font-semibold">
            {t("procurement.disputesTitle")}
          </h2>
          <ul className="mt-2 space-y-3">
            {disputes.map((d) => (
              <li key={d.id} className="rounded border border-gray-300 p-3">
                <p className="font-semibold">{t(`procurement.disputeStatuses.${d.status}`)}</p>
                <p>{t("procurement.disputeOpenedBy", { name: d.openedBy, side: t(`procurement.sides.${d.openedBySide}`), date: when(d.openedAt) })}</p>
                <p>{t("procurement.awardedReason", { reason: d.reason })}</p>
                {d.answeredAt ? <p>{t("procurement.disputeAnsweredBy", { name: d.answeredBy ?? "", date: when(d.answeredAt), reason: d.answerReason ?? "" })}</p> : null}
                {d.decidedAt ? <p>{t("procurement.disputeDecidedBy", { name: d.decidedBy ?? "", date: when(d.decidedAt), reason: d.decisionReason ?? "" })}</p> : null}
                {d.refunded ? <p>{t("procurement.disputeRefunded")}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {o.status === "CANCELLED" ? (
        <p>{o.cancelReason}</p>
      ) : !canCancel ? (
        <p className="max-w-xl">{t("procurement.adminsOnly")}</p>
      ) : !afterAcceptance ? (
        <ReasonForm id="cancel-reason" intent="cancel" label={t("procurement.cancelReason")} hint={t("procurement.cancelHint")} submit={t("procurement.cancel")} error={reasonError("cancel")} result={actionData} />
      ) : waiting?.status === "OPEN" && waiting.openedBySide !== mySide ? (
        <section aria-labelledby="answer-title">
          <h2 id="answer-title" className="mb-2 text-xl font-semibold">
            {t("procurement.answerTitle")}
          </h2>
          <ReasonForm id="answer-reason" intent="agree" disputeId={waiting.id} label={t("procurement.answerReason")} hint={t("procurement.agreeHint")} submit={t("procurement.agree")} decline={t("procurement.decline")} error={reasonError("answer")} result={actionData} />
        </section>
      ) : !waiting ? (
        <section aria-labelledby="dispute-title">
          <h2 id="dispute-title" className="mb-2 text-xl font-semibold">
            {t("procurement.disputeTitle")}
          </h2>
          <ReasonForm id="dispute-reason" intent="dispute" label={t("procurement.disputeReason")} hint={t("procurement.disputeHint")} submit={t("procurement.openDispute")} error={reasonError("dispute")} result={actionData} />
        </section>
      ) : null}
    </Page>
  );
}
