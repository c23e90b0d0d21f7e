import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form } from "react-router";
import { emailOnlySchema } from "~/auth/login-schema";
import { requestPasswordReset } from "~/auth/password-reset.server";
import { translate } from "~/i18n/i18n";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { ErrorSummary, firstInvalid, Notice, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/forgot-password";

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: emailOnlySchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  const locale = await getLocale(request);
  // Same answer whether or not the address exists: no account enumeration.
  const gate = await requestPasswordReset(db(), { email: submission.value.email, ip: context.clientIp, locale });
  if (!gate.ok) {
    const message = translate(locale, "errors.rateLimited", { minutes: Math.ceil(gate.retryAfterSeconds / 60) });
    return data({ result: submission.reply({ formErrors: [message] }), sent: false }, { status: 429 });
  }
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(emailOnlySchema, actionData?.result, { shouldValidate: "onSubmit" });
  return (
    <Page title={t("forgot.title")} intro={t("forgot.intro")} width="narrow">
      {actionData?.sent ? <Notice tone="success">{t("forgot.sent")}</Notice> : null}
      <ErrorSummary resultKey={actionData?.result} formErrors={form.errors} fields={[{ meta: fields.email, label: t("forgot.email") }]} />
      <Form method="post" {...getFormProps(form)}>
        <TextField meta={fields.email} label={t("forgot.email")} type="email" autoComplete="email" autoFocus={firstInvalid([fields.email]) === "email"} />
        <SubmitButton>{t("forgot.submit")}</SubmitButton>
      </Form>
    </Page>
  );
}
