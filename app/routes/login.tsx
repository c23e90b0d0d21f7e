import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { loginSchema } from "~/auth/login-schema";
import { attemptLogin } from "~/auth/login.server";
import { getViewer } from "~/auth/viewer.server";
import { createSessionCookie } from "~/auth/session.server";
import { db } from "~/lib/db.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { ErrorSummary, firstInvalid, Notice, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/login";

export async function loader({ request }: Route.LoaderArgs) {
  if (await getViewer(request)) return redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }), retryMinutes: 0 }, { status: 400 });

  const outcome = await attemptLogin(db(), { ...submission.value, ip: context.clientIp });
  if (!outcome.ok) {
    const rateLimited = outcome.reason === "rate-limited";
    return data(
      {
        result: submission.reply({ formErrors: [rateLimited ? "login.rateLimited" : "login.invalid"], hideFields: ["password"] }),
        retryMinutes: rateLimited ? Math.ceil(outcome.retryAfterSeconds / 60) : 0,
      },
      { status: rateLimited ? 429 : 400 },
    );
  }
  const cookie = await createSessionCookie(db(), outcome.userId);
  return redirect(safeRedirectPath(formData.get("redirectTo")), { headers: { "Set-Cookie": cookie } });
}

export default function Login({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useZodForm(loginSchema, actionData?.result, { shouldValidate: "onSubmit" });
  const focus = firstInvalid([fields.email, fields.password]);
  // Form-level messages carry their own interpolation (minutes to wait), so translate here.
  const formErrors = form.errors?.map((e) => (e === "login.rateLimited" ? t(e, { minutes: actionData?.retryMinutes ?? 15 }) : e));
  return (
    <Page title={t("login.title")} width="narrow">
      {searchParams.get("utlogget") ? <Notice tone="success">{t("login.loggedOut")}</Notice> : null}
      {searchParams.get("melding") === "passord-endret" ? <Notice tone="success">{t("reset.done")}</Notice> : null}
      <ErrorSummary
        resultKey={actionData?.result}
        formErrors={formErrors}
        fields={[
          { meta: fields.email, label: t("login.email") },
          { meta: fields.password, label: t("login.password") },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField meta={fields.email} label={t("login.email")} type="email" autoComplete="username" autoFocus={focus === "email" || (!focus && !formErrors?.length)} />
        <TextField meta={fields.password} label={t("login.password")} type="password" autoComplete="current-password" autoFocus={focus === "password"} />
        <SubmitButton>{t("login.submit")}</SubmitButton>
      </Form>
      <p className="mt-6">
        <Link to="/glemt-passord" className="text-brand-700 underline">
          {t("login.forgot")}
        </Link>
      </p>
      <p className="mt-2">
        {t("login.noAccount")}{" "}
        <Link to="/registrer" className="text-brand-700 underline">
          {t("nav.signup")}
        </Link>
      </p>
    </Page>
  );
}
