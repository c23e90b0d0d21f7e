import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import { loginSchema } from "~/auth/login-schema";
import { attemptLogin } from "~/auth/login.server";
import { createSessionCookie } from "~/auth/session.server";
import { getViewer } from "~/auth/viewer.server";
import { translate } from "~/i18n/i18n";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission } from "~/lib/form-reply.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { KitForm, Notice, SubmitButton, TextField } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/login";

export async function loader({ request }: Route.LoaderArgs) {
  if (await getViewer(request)) return redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData();
  const submission = parseSubmission(formData, { schema: loginSchema });
  if (submission.status !== "success") return invalid(submission, undefined, ["password"]);
  const outcome = await attemptLogin(db(), { ...submission.value, ip: context.clientIp });
  if (!outcome.ok) {
    // The same message for an unknown address and a wrong password; a limit says how long to wait.
    const message = translate(await getLocale(request), `login.${outcome.reason}`, outcome.detail);
    return data(
      { intent: undefined, result: submission.reply({ formErrors: [message], hideFields: ["password"] }) },
      { status: outcome.reason === "rateLimited" ? 429 : 400 },
    );
  }
  const cookie = await createSessionCookie(db(), outcome.value.userId);
  return redirect(safeRedirectPath(formData.get("redirectTo")), { headers: { "Set-Cookie": cookie } });
}

export default function Login({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useZodForm(loginSchema, actionData?.result, { shouldValidate: "onSubmit" });
  const labels = { email: t("login.email"), password: t("login.password") };
  return (
    <Page title={t("login.title")} width="narrow">
      {searchParams.get("utlogget") ? <Notice tone="success">{t("login.loggedOut")}</Notice> : null}
      {searchParams.get("melding") === "passord-endret" ? <Notice tone="success">{t("reset.done")}</Notice> : null}
      <KitForm form={form} result={actionData?.result} fields={fields} labels={labels}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField
          meta={fields.email}
          label={labels.email}
          type="email"
          autoComplete="username"
          autoFocus={!form.errors?.length}
        />
        <TextField meta={fields.password} label={labels.password} type="password" autoComplete="current-password" />
        <SubmitButton>{t("login.submit")}</SubmitButton>
      </KitForm>
      <p className="mt-6">
        <Link to={href("/glemt-passord")} className="text-brand-700 underline">
          {t("login.forgot")}
        </Link>
      </p>
      <p className="mt-2">
        {t("login.noAccount")}{" "}
        <Link to={href("/registrer")} className="text-brand-700 underline">
          {t("nav.signup")}
        </Link>
      </p>
    </Page>
  );
}
