import { useTranslation } from "react-i18next";
import { data, href, redirect } from "react-router";
import { signInSchema } from "~/domain/candidate-page/candidate-page-schema";
import { redeemCandidateLink } from "~/domain/candidate-page/sign-in-links.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { ErrorSummary, HiddenValues, KitForm, Notice, SubmitButton } from "~/ui/form";
import { Page } from "~/ui/page";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/candidate-sign-in";

/**
 * Where the candidate's link lands. Opening the link uses nothing up: the page posts the token
 * back with one button, so a mail scanner that fetches links cannot spend a single-use link.
 */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return data(
    { token: url.searchParams.get("token") ?? "", signedOut: url.searchParams.has("ut") },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), { schema: signInSchema });
  if (submission.status !== "success") return invalid(submission, "signIn", ["token"]);
  const redeemed = await redeemCandidateLink(db(), submission.value.token, context.clientIp);
  if (!redeemed.ok) return refused(request, submission, redeemed, "signIn");
  return redirect(href("/min-side"), { headers: { "Set-Cookie": redeemed.value.cookie } });
}

export default function CandidateSignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useZodForm(signInSchema, actionData?.result, { shouldValidate: "onSubmit" });
  // A refused link has no field to point at: its message (and any on the token) stands alone.
  const failed = Boolean(actionData);
  return (
    <Page title={t("candidatePage.signIn.title")} width="medium">
      {loaderData.signedOut && !failed ? <Notice tone="success">{t("candidatePage.signedOut")}</Notice> : null}
      {loaderData.token && !failed ? (
        <>
          <p className="mb-4">{t("candidatePage.signIn.intro")}</p>
          <KitForm form={form} result={actionData?.result} fields={fields} labels={{}}>
            <HiddenValues values={{ token: loaderData.token }} />
            <SubmitButton>{t("candidatePage.signIn.button")}</SubmitButton>
          </KitForm>
        </>
      ) : (
        <>
          {failed ? (
            <ErrorSummary
              fields={[]}
              formErrors={Object.values(actionData?.result?.error ?? {}).flatMap((e) => e ?? [])}
              resultKey={actionData?.result}
            />
          ) : null}
          <p>{t("candidatePage.signIn.noLink")}</p>
        </>
      )}
    </Page>
  );
}
