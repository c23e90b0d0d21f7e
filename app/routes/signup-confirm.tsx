import { useTranslation } from "react-i18next";
import { href, redirect } from "react-router";
import { z } from "zod";
import { createSessionCookie } from "~/auth/session.server";
import { completeSignup, findSignupRequest } from "~/domain/organizations/signup.server";
import { getLocale } from "~/i18n/locale.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { KitForm, Notice, SubmitButton } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/signup-confirm";

const confirmSchema = z.object({ token: z.string().min(1).max(200) });

/**
 * The link in the sign-up mail. Opening it changes nothing (mail scanners open links); the
 * person presses the button to create the organisation.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const pending = token ? await findSignupRequest(db(), token) : null;
  return { token, organizationName: pending?.organizationName ?? null };
}

export async function action({ request }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), { schema: confirmSchema });
  if (submission.status !== "success") return invalid(submission);
  const completed = await completeSignup(db(), submission.value.token, await getLocale(request));
  if (!completed.ok) return refused(request, submission, completed);
  const cookie = await createSessionCookie(db(), completed.value.userId);
  return redirect(`${href("/organisasjon")}?registrert=1`, { headers: { "Set-Cookie": cookie } });
}

export default function SignupConfirm({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(confirmSchema, actionData?.result);
  if (!loaderData.organizationName && !actionData) {
    return (
      <Page title={t("signup.confirmTitle")} width="narrow">
        <Notice tone="warning">{t("refusals.signupLinkInvalid")}</Notice>
      </Page>
    );
  }
  return (
    <Page title={t("signup.confirmTitle")} width="narrow">
      {loaderData.organizationName ? (
        <p className="mb-6">{t("signup.confirmIntro", { organization: loaderData.organizationName })}</p>
      ) : null}
      <KitForm form={form} result={actionData?.result} fields={fields} labels={{}}>
        <input type="hidden" name="token" value={loaderData.token} />
        <SubmitButton>{t("signup.confirmSubmit")}</SubmitButton>
      </KitForm>
    </Page>
  );
}
