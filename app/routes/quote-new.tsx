import { useTranslation } from "react-i18next";
import { data, href, redirect, useSearchParams } from "react-router";
import type { Actor } from "~/auth/actor";
import { requireOrgPermission } from "~/auth/require.server";
import { submitQuote, taskForQuote } from "~/domain/procurement/procurement.server";
import { quoteSchema } from "~/domain/procurement/quote-schema";
import { assignWorker, quotePageFacts, removeWorker, renewWorkerCard } from "~/domain/procurement/serious.server";
import { removeWorkerIntent, renewIntent, workerIntent } from "~/domain/procurement/serious-schema";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { ChoiceGroup, KitForm, Notice, SubmitButton, TextArea, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { removeWorkerTag, renewTag, ReservedNotice, WorkersSection } from "~/ui/procurement/serious-sections";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { resultFor, useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/quote-new";

/**
 * A company quotes on a published task: price excluding VAT, a delivery plan, the team, the start
 * and a confirmation of each contract term. On a cleaning or building task it then names the
 * workers and their HMS cards here, and keeps the cards current until the delivery is accepted.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "quote:create");
  const [task, facts] = await Promise.all([taskForQuote(db(), params.id), quotePageFacts(db(), actor, params.id)]);
  // A task no longer open for quotes stays reachable for the company that quoted (its workers).
  if (!facts || (!task.ok && !facts.quote)) throw data(null, { status: 404 });
  return {
    task: task.ok
      ? task.value
      : { id: params.id, title: facts.title, reservedForInclusion: false, quoteDeadline: null, cleaning: false },
    open: task.ok,
    facts,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "quote:create");
  const formData = await request.formData();
  const context = { request, actor, taskId: params.id, formData };
  switch (formData.get("intent")) {
    case "worker":
      return workerAction(context);
    case "renew":
      return renewAction(context);
    case "removeWorker":
      return removeAction(context);
    default:
      return quoteAction(context);
  }
}

type IntentContext = { request: Request; actor: Actor; taskId: string; formData: FormData };

const here = (taskId: string, message: string) =>
  redirect(`${href("/oppdrag/:id/tilbud", { id: taskId })}?melding=${message}`);

async function quoteAction({ request, actor, taskId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: quoteSchema });
  if (submission.status !== "success") return invalid(submission, "quote");
  const v = submission.value;
  const quoted = await submitQuote(db(), actor, taskId, {
    priceExVatOre: v.priceNok * 100,
    deliveryPlan: v.deliveryPlan,
    teamSize: v.teamSize,
    participantsInMeasure: v.participantsInMeasure,
    startDate: v.startDate,
    confirmedTerms: v.confirmedTerms,
  });
  if (!quoted.ok) return refused(request, submission, quoted, "quote");
  return here(taskId, "sendt");
}

/** The company's own quote on this task: the workers belong to it. */
async function ownQuoteId(actor: Actor, taskId: string): Promise<string> {
  const facts = await quotePageFacts(db(), actor, taskId);
  if (!facts?.quote) throw data(null, { status: 404 });
  return facts.quote.id;
}

async function workerAction({ request, actor, taskId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: workerIntent });
  if (submission.status !== "success") return invalid(submission, "worker");
  const added = await assignWorker(db(), actor, await ownQuoteId(actor, taskId), submission.value);
  if (!added.ok && added.reason === "notFound") throw data(null, { status: 404 });
  return added.ok ? here(taskId, "arbeidstakere") : refused(request, submission, added, "worker");
}

async function renewAction({ request, actor, taskId, formData }: IntentContext) {
  const tag = renewTag(String(formData.get("workerId") ?? ""));
  const submission = parseSubmission(formData, { schema: renewIntent });
  if (submission.status !== "success") return invalid(submission, tag);
  const { workerId, ...card } = submission.value;
  const renewed = await renewWorkerCard(db(), actor, workerId, card);
  if (!renewed.ok && renewed.reason === "notFound") throw data(null, { status: 404 });
  return renewed.ok ? here(taskId, "arbeidstakere") : refused(request, submission, renewed, tag);
}

async function removeAction({ request, actor, taskId, formData }: IntentContext) {
  const tag = removeWorkerTag(String(formData.get("workerId") ?? ""));
  const submission = parseSubmission(formData, { schema: removeWorkerIntent });
  if (submission.status !== "success") return invalid(submission, tag);
  const removed = await removeWorker(db(), actor, submission.value.workerId);
  if (!removed.ok && removed.reason === "notFound") throw data(null, { status: 404 });
  return removed.ok ? here(taskId, "arbeidstakere") : refused(request, submission, removed, tag);
}

export default function NewQuote({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { task, facts, open } = loaderData;
  const quoted = facts.quote !== null && facts.quote.status !== "WITHDRAWN";
  const workers = facts.quote?.workers ?? [];
  const placed = [
    "worker",
    ...workers.flatMap((w) => [renewTag(w.id), removeWorkerTag(w.id)]),
    ...(open && !quoted ? ["quote"] : []),
  ];
  return (
    <Page title={t("procurement.quoteTitle", { task: task.title })} intro={t("procurement.quoteIntro")}>
      {params.get("melding") === "sendt" && !actionData ? (
        <Notice tone="success">{t("procurement.quoteSent")}</Notice>
      ) : null}
      {params.get("melding") === "arbeidstakere" && !actionData ? (
        <Notice tone="success">{t("serious.workersSaved")}</Notice>
      ) : null}
      <UnplacedReply actionData={actionData} placed={placed} />
      {task.reservedForInclusion ? <p className="mb-2 font-semibold">{t("procurement.reserved")}</p> : null}
      {task.cleaning ? <p className="mb-2 font-semibold">{t("registers.cleaningTask")}</p> : null}
      {facts.reserved && !quoted ? (
        <ReservedNotice standing={facts.reserved} profileHref={href("/organisasjon/leverandor")} />
      ) : null}
      {task.quoteDeadline ? <p className="mb-4">{t("procurement.deadline", { date: task.quoteDeadline })}</p> : null}
      {facts.contractTerms.length ? (
        <p className="mb-4">
          {t("serious.taskTerms", {
            terms: facts.contractTerms.map((term) => t(`serious.terms.${term}`)).join(", "),
          })}
        </p>
      ) : null}
      {quoted && facts.quote ? (
        <p className="mb-6 font-semibold">
          {t("procurement.status")}: {t(`procurement.quoteStatuses.${facts.quote.status}`)}
        </p>
      ) : open ? (
        <QuoteForm terms={facts.contractTerms} actionData={actionData} />
      ) : null}
      {facts.needsHmsCards && facts.quote && quoted ? (
        <WorkersSection workers={workers} editable={facts.quote.workersChangeable} actionData={actionData} />
      ) : null}
    </Page>
  );
}

function QuoteForm({
  terms,
  actionData,
}: {
  terms: readonly string[];
  actionData: Route.ComponentProps["actionData"];
}) {
  const { t } = useTranslation();
  const result = resultFor(actionData, "quote");
  const [form, f] = useZodForm(quoteSchema, result);
  const labels = {
    priceNok: t("procurement.price"),
    deliveryPlan: t("procurement.deliveryPlan"),
    teamSize: t("procurement.teamSize"),
    participantsInMeasure: t("procurement.participantsInMeasure"),
    startDate: t("procurement.startDate"),
    confirmedTerms: t("serious.confirmTerms"),
  };
  return (
    <KitForm form={form} result={result} fields={f} labels={labels} className="max-w-2xl">
      <TextField meta={f.priceNok} label={labels.priceNok} type="number" />
      <TextArea meta={f.deliveryPlan} label={labels.deliveryPlan} rows={4} />
      <TextField meta={f.teamSize} label={labels.teamSize} type="number" />
      <TextField meta={f.participantsInMeasure} label={labels.participantsInMeasure} type="number" />
      <TextField meta={f.startDate} label={labels.startDate} type="date" />
      {terms.length ? (
        <ChoiceGroup
          meta={f.confirmedTerms}
          legend={labels.confirmedTerms}
          hint={t("serious.confirmTermsHint")}
          options={terms.map((term) => ({ value: term, label: t(`serious.terms.${term}`) }))}
        />
      ) : null}
      <SubmitButton>{t("procurement.submitQuote")}</SubmitButton>
    </KitForm>
  );
}
