import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { quoteSchema } from "~/domain/procurement/quote-schema";
import { submitQuote } from "~/domain/procurement/procurement.server";
import { db } from "~/lib/db.server";
import { ErrorSummary, firstInvalid, Notice, SubmitButton, TextArea, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/quote-new";


export async function loader({ request, params }: Route.LoaderArgs) {
  await requireOrgPermission(request, "quote:create");
  const task = await db().opening.findFirst({ where: { id: params.id, kind: "TASK", status: "PUBLISHED" }, select: { id: true, title: true, reservedForInclusion: true, quoteDeadline: true } });
  if (!task) throw data(null, { status: 404 });
  return { task: { ...task, quoteDeadline: task.quoteDeadline?.toISOString().slice(0, 10) ?? null } };
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "quote:create");
  const submission = parseWithZod(await request.formData(), { schema: quoteSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), error: null }, { status: 400 });
  const v = submission.value;
  const outcome = await submitQuote(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, params.id, { priceExVatOre: v.priceNok * 100, deliveryPlan: v.deliveryPlan, teamSize: v.teamSize, participantsInMeasure: v.participantsInMeasure, startDate: v.startDate });
  if (!outcome.ok) return data({ result: submission.reply(), error: outcome.error }, { status: outcome.error === "notFound" ? 404 : 400 });
  return redirect(`/oppdrag/${params.id}/tilbud?melding=sendt`);
}

export default function NewQuote({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form, f] = useZodForm(quoteSchema, actionData?.result);
  const ordered = [f.priceNok, f.deliveryPlan, f.teamSize, f.participantsInMeasure, f.startDate];
  const focus = firstInvalid(ordered as never);
  const label = (k: string) => t(`procurement.${k === "priceNok" ? "price" : k}`);
  return (
    <Page title={t("procurement.quoteTitle", { task: loaderData.task.title })} intro={t("procurement.quoteIntro")}>
      {params.get("melding") === "sendt" && !actionData ? <Notice tone="success">{t("procurement.quoteSent")}</Notice> : null}
      {actionData?.error ? <Notice tone="warning">{t(`procurement.quoteErrors.${actionData.error}`)}</Notice> : null}
      {loaderData.task.reservedForInclusion ? <p className="mb-2 font-semibold">{t("procurement.reserved")}</p> : null}
      {loaderData.task.quoteDeadline ? <p className="mb-4">{t("procurement.deadline", { date: loaderData.task.quoteDeadline })}</p> : null}
      <ErrorSummary resultKey={actionData?.result} formErrors={form.errors} fields={ordered.map((m) => ({ meta: m as never, label: label(m.name) }))} />
      <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="max-w-2xl">
        <TextField meta={f.priceNok as never} label={label("priceNok")} type="number" autoFocus={focus === "priceNok"} />
        <TextArea meta={f.deliveryPlan} label={label("deliveryPlan")} rows={4} autoFocus={focus === "deliveryPlan"} />
        <TextField meta={f.teamSize as never} label={label("teamSize")} type="number" autoFocus={focus === "teamSize"} />
        <TextField meta={f.participantsInMeasure as never} label={label("participantsInMeasure")} type="number" autoFocus={focus === "participantsInMeasure"} />
        <TextField meta={f.startDate} label={label("startDate")} type="date" autoFocus={focus === "startDate"} />
        <SubmitButton>{t("procurement.submitQuote")}</SubmitButton>
      </Form>
    </Page>
  );
}
