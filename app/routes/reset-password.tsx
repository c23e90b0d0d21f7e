import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import { newPasswordSchema } from "~/auth/login-schema";
import { completePasswordReset, isResetTokenValid } from "~/auth/password-reset.server";
import { clearSessionCookie } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import { ErrorSummary, firstInvalid, Notice, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/reset-password";

export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return { token, valid: token ? await isResetTokenValid(db(), token) : false };
}

export async function action({ request }: Route.ActionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: newPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }), invalidToken: false }, { status: 400 });
  const ok = await completePasswordReset(db(), submission.value);
  if (!ok) return data({ result: submission.reply({ hideFields: ["password"] }), invalidToken: true }, { status: 400 });
  return redirect("/logg-inn?melding=passord-endret", { headers: { "Set-Cookie": await clearSessionCookie() } });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(newPasswordSchema, actionData?.result);
  const invalid = !loaderData.valid || actionData?.invalidToken;
  return (
    <Page title={t("reset.title")} width="narrow">
      {invalid ? (
        <Notice tone="warning">
          {t("reset.invalidToken")}{" "}
          <a href="/glemt-passord" className="underline">
            {t("forgot.title")}
          </a>
        </Notice>
      ) : (
        <>
          <ErrorSummary resultKey={actionData?.result} fields={[{ meta: fields.password, label: t("reset.password") }]} />
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="token" value={loaderData.token} />
            <TextField
              meta={fields.password}
              label={t("reset.password")}
              hint={t("reset.passwordHint")}
              type="password"
              autoComplete="new-password"
              autoFocus={firstInvalid([fields.password]) === "password"}
            />
            <SubmitButton>{t("reset.submit")}</SubmitButton>
          </Form>
        </>
      )}
    </Page>
  );
}
