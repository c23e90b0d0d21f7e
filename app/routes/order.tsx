import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { requireOrgPermission } from "~/auth/require.server";
import { documentsForOrders } from "~/domain/invoicing/documents.server";
import { cancellationFor, cancellationIntent, payableBy, stepsFor } from "~/domain/procurement/order-lifecycle";
import { answerIntent, cancelIntent, disputeIntent, payIntent, stepIntent } from "~/domain/procurement/order-schema";
import {
  answerDispute,
  cancelOrder,
  getOrder,
  listOrderDisputes,
  moveOrder,
  openDispute,
  sendInvoice,
  startCheckout,
} from "~/domain/procurement/procurement.server";
import { orderSeriousView, recordControl, requestControl } from "~/domain/procurement/serious.server";
import { controlOutcomeIntent, controlRequestIntent } from "~/domain/procurement/serious-schema";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { Notice } from "~/ui/form";
import { DocumentsSection } from "~/ui/invoicing/documents-section";
import { Page } from "~/ui/page";
import { CancelSection } from "~/ui/procurement/cancel-section";
import { DisputeList } from "~/ui/procurement/dispute-story";
import { OrderFacts } from "~/ui/procurement/order-facts";
import { OrderReceipt } from "~/ui/procurement/order-receipt";
import { OrderSteps } from "~/ui/procurement/order-steps";
import { ControlsSection, controlTag, HoldsNotice, WorkersSection } from "~/ui/procurement/serious-sections";
import { UnplacedReply } from "~/ui/unplaced-reply";
import type { Route } from "./+types/order";

/**
 * An order for both parties: its amounts, the lifecycle steps the reader's party may take, the
 * payment, the receipt, and cancelling or asking to cancel. The action dispatches on `intent` to
 * one function each; the domain says which steps and forms there are (order-lifecycle).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "order:read");
  const found = await getOrder(db(), actor, params.id);
  if (!found.ok) throw data(null, { status: 404 });
  const o = found.value;
  const disputes = await listOrderDisputes(db(), o.id);
  const documents = (await documentsForOrders(db(), actor, [o.id])).get(o.id) ?? [];
  return {
    documents,
    serious: await orderSeriousView(db(), o, o.side),
    order: {
      id: o.id,
      status: o.status,
      task: o.quote.task.title,
      buyer: o.buyer.name,
      company: o.company.name,
      awardReason: o.awardReason,
      cancelReason: o.cancelReason,
      amountExVatOre: o.amountExVatOre,
      vatOre: o.vatOre,
      totalOre: o.totalOre,
      platformFeeOre: o.platformFeeOre,
      paidAt: o.paidAt?.toISOString() ?? null,
      refundedAt: o.refundedAt?.toISOString() ?? null,
      paymentRef: o.stripePaymentIntentId,
    },
    steps: stepsFor(o.side, o.status),
    payable: payableBy(o.side, o.status),
    cancellation: cancellationFor(o, can(actor, "order:cancel"), disputes),
    disputes,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "order:read");
  // Someone who is not a party learns nothing, whatever the form.
  if (!(await getOrder(db(), actor, params.id)).ok) throw data(null, { status: 404 });
  const formData = await request.formData();
  const context = { request, actor, orderId: params.id, formData };
  switch (formData.get("intent")) {
    case "start":
    case "deliver":
    case "accept":
      return stepAction(context);
    case "pay":
    case "invoice":
      return payAction(context);
    case "cancel":
      return cancelAction(context);
    case "dispute":
      return disputeAction(context);
    case "agree":
    case "decline":
      return answerAction(context);
    case "control":
      return controlAction(context);
    case "passed":
    case "failed":
    case "resolved":
      return outcomeAction(context);
    default:
      throw data(null, { status: 400 });
  }
}

type IntentContext = { request: Request; actor: Actor; orderId: string; formData: FormData };

const updated = (orderId: string) => redirect(`${href("/bestillinger/:id", { id: orderId })}?melding=oppdatert`);

/** Money moves back only by agreement: organisation admins only (the domain checks the side too). */
function requireCancelRight(actor: Actor) {
  if (!can(actor, "order:cancel")) throw data(null, { status: 403 });
}

async function stepAction({ request, actor, orderId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: stepIntent });
  if (submission.status !== "success") return invalid(submission);
  const step = submission.value.intent;
  const moved = await moveOrder(db(), actor, orderId, step, appOrigin());
  return moved.ok ? updated(orderId) : refused(request, submission, moved, step);
}

async function payAction({ request, actor, orderId, formData }: IntentContext) {
  if (!can(actor, "quote:award")) throw data(null, { status: 403 });
  const submission = parseSubmission(formData, { schema: payIntent });
  if (submission.status !== "success") return invalid(submission);
  const how = submission.value.intent;
  const started =
    how === "pay" ? await startCheckout(db(), actor, orderId, appOrigin()) : await sendInvoice(db(), actor, orderId);
  // Stripe's hosted page (Checkout or the invoice): the receipt shows once its webhook has arrived.
  return started.ok ? redirect(started.value.url) : refused(request, submission, started, how);
}

async function cancelAction({ request, actor, orderId, formData }: IntentContext) {
  requireCancelRight(actor);
  const submission = parseSubmission(formData, { schema: cancelIntent });
  if (submission.status !== "success") return invalid(submission, "cancel");
  const cancelled = await cancelOrder(db(), actor, orderId, submission.value.reason, appOrigin());
  return cancelled.ok ? updated(orderId) : refused(request, submission, cancelled, "cancel");
}

async function disputeAction({ request, actor, orderId, formData }: IntentContext) {
  requireCancelRight(actor);
  const submission = parseSubmission(formData, { schema: disputeIntent });
  if (submission.status !== "success") return invalid(submission, "dispute");
  const opened = await openDispute(db(), actor, orderId, submission.value.reason, appOrigin());
  return opened.ok ? updated(orderId) : refused(request, submission, opened, "dispute");
}

async function answerAction({ request, actor, orderId, formData }: IntentContext) {
  requireCancelRight(actor);
  const submission = parseSubmission(formData, { schema: answerIntent });
  if (submission.status !== "success") return invalid(submission, "answer");
  const { intent, disputeId, reason } = submission.value;
  const answered = await answerDispute(db(), actor, disputeId, intent, reason, appOrigin());
  return answered.ok ? updated(orderId) : refused(request, submission, answered, "answer");
}

async function controlAction({ request, actor, orderId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: controlRequestIntent });
  if (submission.status !== "success") return invalid(submission, "control");
  const { documentation, note } = submission.value;
  const asked = await requestControl(db(), actor, orderId, { documentation, note }, appOrigin());
  return asked.ok ? updated(orderId) : refused(request, submission, asked, "control");
}

async function outcomeAction({ request, actor, orderId, formData }: IntentContext) {
  const tag = controlTag(String(formData.get("controlId") ?? ""));
  const submission = parseSubmission(formData, { schema: controlOutcomeIntent });
  if (submission.status !== "success") return invalid(submission, tag);
  const { intent, controlId, reason } = submission.value;
  const recorded = await recordControl(db(), actor, orderId, controlId, intent, reason, appOrigin());
  if (!recorded.ok && recorded.reason === "notFound") throw data(null, { status: 404 });
  return recorded.ok ? updated(orderId) : refused(request, submission, recorded, tag);
}

export default function OrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { order: o, steps, payable, cancellation, disputes, serious, documents } = loaderData;
  const message = params.get("melding");
  const placed = [
    ...steps,
    ...(payable ? ["pay", "invoice"] : []),
    cancellationIntent(cancellation) ?? "",
    ...(serious.documentation.length ? ["control"] : []),
    ...(serious.buyerMayRecord
      ? serious.controls.filter((c) => c.status === "REQUESTED" || c.status === "FAILED").map((c) => controlTag(c.id))
      : []),
  ];
  return (
    <Page title={t("procurement.orderTitle", { task: o.task })}>
      <UnplacedReply actionData={actionData} placed={placed} />
      {(message === "oppdatert" || message === "tildelt") && !actionData ? (
        <Notice tone="success">{t("procurement.done")}</Notice>
      ) : null}
      {message === "betalt" && o.status !== "PAID" ? <Notice tone="info">{t("procurement.paidNotice")}</Notice> : null}
      <OrderFacts o={o} />
      <p className="mb-6">{t("procurement.awardedReason", { reason: o.awardReason })}</p>
      <HoldsNotice holds={serious.holds} />
      <OrderSteps steps={steps} payable={payable} actionData={actionData} />
      {serious.workers ? (
        <>
          <WorkersSection workers={serious.workers} editable={false} actionData={actionData} />
          {serious.side === "company" ? (
            <p className="-mt-6 mb-8">
              <Link to={href("/oppdrag/:id/tilbud", { id: serious.taskId })} className="text-brand-700 underline">
                {t("serious.updateCards")}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
      {serious.controls.length || serious.documentation.length ? (
        <ControlsSection
          controls={serious.controls}
          documentation={serious.documentation}
          buyerMayRecord={serious.buyerMayRecord}
          actionData={actionData}
        />
      ) : null}
      <OrderReceipt o={o} />
      <DocumentsSection documents={documents} />
      <DisputeList disputes={disputes} />
      <CancelSection cancellation={cancellation} cancelReason={o.cancelReason} actionData={actionData} />
    </Page>
  );
}
