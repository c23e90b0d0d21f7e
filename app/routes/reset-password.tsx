import { useTranslation } from "react-i18next";
import { href, Link, redirect } from "react-router";
import { newPasswordSchema } from "~/auth/login-schema";
import { completePasswordReset, isResetTokenValid } from "~/auth/password-reset.server";
import { clearSessionCookie } from "~/auth/session.server";
import { refuse } from "~/domain/result";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { KitForm, Notice, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/reset-password";

export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return { token, valid: token ? await isResetTokenValid(db(), token) : false };
}

export async function action({ request }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), { schema: newPasswordSchema });
  if (submission.status !== "success") return invalid(submission, undefined, ["password"]);
  if (!(await completePasswordReset(db(), submission.value)))
    return refused(request, submission, refuse("resetLinkInvalid"));
  return redirect(`${href("/logg-inn")}?melding=passord-endret`, {
    headers: { "Set-Cookie": await clearSessionCookie() },
  });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(newPasswordSchema, actionData?.result);
  const labels = { password: t("reset.password") };
  if (!loaderData.valid) {
    return (
      <Page title={t("reset.title")} width="narrow">
        <Notice tone="warning">
          {t("reset.invalidToken")}{" "}
          <Link to={href("/glemt-passord")} className="underline">
            {t("forgot.title")}
          </Link>
        </Notice>
      </Page>
    );
  }
  return (
    <Page title={t("reset.title")} width="narrow">
      <KitForm form={form} result={actionData?.result} fields={fields} labels={labels}>
        <input type="hidden" name="token" value={loaderData.token} />
        <TextField
          meta={fields.password}
          label={labels.password}
          hint={t("reset.passwordHint")}
          type="password"
          autoComplete="new-password"
        />
        <SubmitButton>{t("reset.submit")}</SubmitButton>
      </KitForm>
    </Page>
  );
}
