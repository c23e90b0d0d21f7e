import { useTranslation } from "react-i18next";
import { emailOnlySchema } from "~/auth/login-schema";
import { requestPasswordReset } from "~/auth/password-reset.server";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { KitForm, Notice, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/forgot-password";

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), { schema: emailOnlySchema });
  if (submission.status !== "success") return invalid(submission);
  // Same answer whether or not the address exists: no account enumeration.
  const sent = await requestPasswordReset(db(), {
    email: submission.value.email,
    ip: context.clientIp,
    locale: await getLocale(request),
  });
  if (!sent.ok) return refused(request, submission, sent);
  return { intent: undefined, result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(emailOnlySchema, actionData?.result, { shouldValidate: "onSubmit" });
  const labels = { email: t("forgot.email") };
  return (
    <Page title={t("forgot.title")} intro={t("forgot.intro")} width="narrow">
      {actionData && "sent" in actionData ? <Notice tone="success">{t("forgot.sent")}</Notice> : null}
      <KitForm form={form} result={actionData?.result} fields={fields} labels={labels}>
        <TextField meta={fields.email} label={labels.email} type="email" autoComplete="email" />
        <SubmitButton>{t("forgot.submit")}</SubmitButton>
      </KitForm>
    </Page>
  );
}
