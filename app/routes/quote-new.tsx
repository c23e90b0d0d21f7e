import { useTranslation } from "react-i18next";
import { data, href, redirect, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { submitQuote, taskForQuote } from "~/domain/procurement/procurement.server";
import { quoteSchema } from "~/domain/procurement/quote-schema";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { KitForm, Notice, SubmitButton, TextArea, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/quote-new";

/** A company quotes on a published task: price excluding VAT, a delivery plan, the team and the start. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireOrgPermission(request, "quote:create");
  const task = await taskForQuote(db(), params.id);
  if (!task.ok) throw data(null, { status: 404 });
  return { task: task.value };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "quote:create");
  const submission = parseSubmission(await request.formData(), { schema: quoteSchema });
  if (submission.status !== "success") return invalid(submission);
  const v = submission.value;
  const quoted = await submitQuote(db(), actor, params.id, {
    priceExVatOre: v.priceNok * 100,
    deliveryPlan: v.deliveryPlan,
    teamSize: v.teamSize,
    participantsInMeasure: v.participantsInMeasure,
    startDate: v.startDate,
  });
  if (!quoted.ok) return refused(request, submission, quoted);
  return redirect(`${href("/oppdrag/:id/tilbud", { id: params.id })}?melding=sendt`);
}

export default function NewQuote({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form, f] = useZodForm(quoteSchema, actionData?.result);
  const labels = {
    priceNok: t("procurement.price"),
    deliveryPlan: t("procurement.deliveryPlan"),
    teamSize: t("procurement.teamSize"),
    participantsInMeasure: t("procurement.participantsInMeasure"),
    startDate: t("procurement.startDate"),
  };
  return (
    <Page title={t("procurement.quoteTitle", { task: loaderData.task.title })} intro={t("procurement.quoteIntro")}>
      {params.get("melding") === "sendt" && !actionData ? (
        <Notice tone="success">{t("procurement.quoteSent")}</Notice>
      ) : null}
      {loaderData.task.reservedForInclusion ? <p className="mb-2 font-semibold">{t("procurement.reserved")}</p> : null}
      {loaderData.task.cleaning ? <p className="mb-2 font-semibold">{t("registers.cleaningTask")}</p> : null}
      {loaderData.task.quoteDeadline ? (
        <p className="mb-4">{t("procurement.deadline", { date: loaderData.task.quoteDeadline })}</p>
      ) : null}
      <KitForm form={form} result={actionData?.result} fields={f} labels={labels} className="max-w-2xl">
        <TextField meta={f.priceNok} label={labels.priceNok} type="number" />
        <TextArea meta={f.deliveryPlan} label={labels.deliveryPlan} rows={4} />
        <TextField meta={f.teamSize} label={labels.teamSize} type="number" />
        <TextField meta={f.participantsInMeasure} label={labels.participantsInMeasure} type="number" />
        <TextField meta={f.startDate} label={labels.startDate} type="date" />
        <SubmitButton>{t("procurement.submitQuote")}</SubmitButton>
      </KitForm>
    </Page>
  );
}
