import { useTranslation } from "react-i18next";
import { data, href, redirect, useSearchParams } from "react-router";
import { endCandidateSession, findCandidateSelf, type CandidateSelf } from "~/auth/candidate-session.server";
import {
  consentAnswerIntent,
  erasureRequestIntent,
  introductionAnswerIntent,
  signOutIntent,
  withdrawIntroductionIntent,
} from "~/domain/candidate-page/candidate-page-schema";
import { answerIntroduction, withdrawIntroduction } from "~/domain/candidate-page/introductions.server";
import { answerConsent, loadOwnPage, requestErasure } from "~/domain/candidate-page/own-page.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { ConsentQuestions } from "~/ui/candidate-page/consent-questions";
import { EmployersAsked } from "~/ui/candidate-page/employers-asked";
import { OwnData } from "~/ui/candidate-page/own-data";
import { OwnPreview } from "~/ui/candidate-page/own-preview";
import { ActionButton, Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { resultFor, useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/candidate-own-page";

/**
 * The candidate's own page. Reached only with a candidate session (from a sign-in link); every
 * read and change is for the session's candidate, so nothing a form posts can name another.
 */
async function requireSelf(request: Request): Promise<CandidateSelf> {
  const self = await findCandidateSelf(db(), request);
  if (!self) throw redirect(href("/min-side/inn"));
  return self;
}

export async function loader({ request }: Route.LoaderArgs) {
  const self = await requireSelf(request);
  const page = await loadOwnPage(db(), self);
  if (!page.ok) throw redirect(href("/min-side/inn"));
  return data(page.value, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request }: Route.ActionArgs) {
  const self = await requireSelf(request);
  const formData = await request.formData();
  const context = { request, self, formData };
  switch (formData.get("intent")) {
    case "consent":
      return consentAction(context);
    case "introduction":
      return introductionAction(context);
    case "withdrawIntroduction":
      return withdrawIntroductionAction(context);
    case "erasure":
      return erasureAction(context);
    case "signout":
      return signOutAction(context);
    default:
      throw data(null, { status: 400 });
  }
}

type IntentContext = { request: Request; self: CandidateSelf; formData: FormData };

const saved = () => redirect(`${href("/min-side")}?melding=lagret`);

async function consentAction({ request, self, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: consentAnswerIntent });
  if (submission.status !== "success") return invalid(submission, "consent");
  const done = await answerConsent(db(), self, submission.value.kind, submission.value.answer);
  return done.ok ? saved() : refused(request, submission, done, "consent");
}

async function introductionAction({ request, self, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: introductionAnswerIntent });
  if (submission.status !== "success") return invalid(submission, "introduction");
  const done = await answerIntroduction(db(), self, submission.value.inquiryId, submission.value.answer);
  return done.ok ? saved() : refused(request, submission, done, "introduction");
}

async function withdrawIntroductionAction({ request, self, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: withdrawIntroductionIntent });
  if (submission.status !== "success") return invalid(submission, "withdrawIntroduction");
  const done = await withdrawIntroduction(db(), self, submission.value.introductionId);
  return done.ok ? saved() : refused(request, submission, done, "withdrawIntroduction");
}

async function erasureAction({ request, self, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: erasureRequestIntent });
  if (submission.status !== "success") return invalid(submission, "erasure");
  const done = await requestErasure(db(), self, appOrigin());
  return done.ok ? saved() : refused(request, submission, done, "erasure");
}

async function signOutAction({ self, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: signOutIntent });
  if (submission.status !== "success") throw data(null, { status: 400 });
  const cookie = await endCandidateSession(db(), self);
  return redirect(`${href("/min-side/inn")}?ut=1`, { headers: { "Set-Cookie": cookie } });
}

export default function CandidateOwnPage({ loaderData: page, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [signOutForm] = useZodForm(signOutIntent, resultFor(actionData, "signout"));
  return (
    <Page title={t("candidatePage.title")} intro={t("candidatePage.intro", { company: page.company })} width="medium">
      {params.get("melding") === "lagret" && !actionData ? (
        <Notice tone="success">{t("candidatePage.saved")}</Notice>
      ) : null}
      <UnplacedReply
        actionData={actionData}
        placed={["consent", "introduction", "withdrawIntroduction", ...(page.erasureRequestedAt ? [] : ["erasure"])]}
      />
      <OwnPreview page={page} />
      <ConsentQuestions page={page} result={resultFor(actionData, "consent")} />
      <EmployersAsked
        page={page}
        answerResult={resultFor(actionData, "introduction")}
        withdrawResult={resultFor(actionData, "withdrawIntroduction")}
      />
      <OwnData page={page} result={resultFor(actionData, "erasure")} />
      <div className="mt-10">
        <ActionButton form={signOutForm} result={resultFor(actionData, "signout")} intent="signout" tone="secondary">
          {t("candidatePage.signOut")}
        </ActionButton>
      </div>
    </Page>
  );
}
