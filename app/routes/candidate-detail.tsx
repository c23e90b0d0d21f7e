import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { requireOrgPermission } from "~/auth/require.server";
import {
  eraseIntent,
  recordConsentIntent,
  statusIntent,
  withdrawConsentIntent,
} from "~/domain/candidates/candidate-schema";
import {
  candidateTimeline,
  eraseCandidate,
  isOwnCandidate,
  recordConsent,
  setCandidateStatus,
  viewCandidate,
  withdrawConsent,
} from "~/domain/candidates/candidates.server";
import { sendLinkIntent } from "~/domain/candidate-page/candidate-page-schema";
import { erasureDeadline } from "~/domain/candidate-page/erasure-deadline";
import { companyIntroductions } from "~/domain/candidate-page/introductions.server";
import { sendCandidateLink } from "~/domain/candidate-page/sign-in-links.server";
import { municipalityName } from "~/domain/municipalities/register";
import { listCompanyProposals } from "~/domain/proposals/proposals.server";
import { useLocale } from "~/i18n/use-locale";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime, osloToday, storedDay } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { CandidateOwnPageSection } from "~/ui/candidate-page/company-section";
import { CandidateFacts } from "~/ui/candidates/candidate-facts";
import { CandidateTimeline } from "~/ui/candidates/candidate-timeline";
import { ConsentSection } from "~/ui/candidates/consent-section";
import { EraseSection } from "~/ui/candidates/erase-section";
import { StatusSection } from "~/ui/candidates/status-section";
import { linkButtonClass, Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { resultFor } from "~/ui/use-zod-form";
import type { Route } from "./+types/candidate-detail";

/**
 * A candidate's page for the owning company: the record, consents, status, timeline, proposals
 * and erasure. The pattern to copy for a page with several forms: the action dispatches on the
 * form's `intent` to one small function each; each function parses its own Zod schema (the same
 * one the form uses), calls one domain function and answers with its refusal or a redirect.
 */

// Every load of this page is a view of personal data: viewCandidate writes the audit event.
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, ...viewer } = await requireOrgPermission(request, "candidate:manage");
  const viewed = await viewCandidate(db(), actor, params.id);
  if (!viewed.ok) throw data(null, { status: 404 });
  const c = viewed.value;
  const [timeline, proposals, introductions] = await Promise.all([
    candidateTimeline(db(), c.id),
    listCompanyProposals(db(), actor, c.id),
    companyIntroductions(db(), actor, c.id),
  ]);
  return {
    canErase: can(viewer, "candidate:erase"),
    today: osloToday(),
    candidate: {
      id: c.id,
      code: c.code,
      status: c.status,
      fullName: c.fullName,
      birthYear: c.birthYear,
      phone: c.phone,
      email: c.email,
      notes: c.notes,
      personalDataDeletedAt: c.personalDataDeletedAt?.toISOString() ?? null,
      occupationCodes: c.occupationCodes,
      skills: c.skills,
      summary: c.summary,
      municipality: municipalityName(c.municipalityNumber),
      hoursPerWeek: c.hoursPerWeek,
      norwegianLevel: c.norwegianLevel,
      languages: c.languages,
      measures: c.measures,
      listed: Boolean(c.listingConsentAt) && c.status === "ACTIVE",
      consents: c.consents.map((x) => ({
        id: x.id,
        kind: x.kind,
        givenOn: storedDay(x.givenOn),
        method: x.method,
        by: x.recordedBy,
        source: x.source,
        withdrawnAt: x.withdrawnAt?.toISOString() ?? null,
        withdrawnVia: x.withdrawnVia,
      })),
      erasure: c.erasureRequestedAt
        ? { requestedAt: c.erasureRequestedAt.toISOString(), deadline: erasureDeadline(c.erasureRequestedAt) }
        : null,
    },
    introductions,
    timeline,
    proposals: proposals.map((p) => ({
      id: p.id,
      opening: p.opening.title,
      employer: p.opening.employerName,
      stage: p.stage,
    })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "candidate:manage");
  // Another company's candidate, or one erased meanwhile: not found, whatever the form says.
  if (!(await isOwnCandidate(db(), actor, params.id))) throw data(null, { status: 404 });
  const formData = await request.formData();
  const context = { request, actor, candidateId: params.id, formData };
  switch (formData.get("intent")) {
    case "status":
      return statusAction(context);
    case "consent":
      return recordConsentAction(context);
    case "withdraw":
      return withdrawConsentAction(context);
    case "erase":
      return eraseAction(context);
    case "sendLink":
      return sendLinkAction(context);
    default:
      throw data(null, { status: 400 });
  }
}

type IntentContext = { request: Request; actor: Actor; candidateId: string; formData: FormData };

const back = (candidateId: string, message: keyof typeof messages) =>
  redirect(`${href("/kandidater/:id", { id: candidateId })}?melding=${message}`);

async function statusAction({ request, actor, candidateId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: statusIntent });
  if (submission.status !== "success") return invalid(submission, "status");
  const changed = await setCandidateStatus(db(), actor, candidateId, submission.value.status);
  return changed.ok ? back(candidateId, "status") : refused(request, submission, changed, "status");
}

async function recordConsentAction({ request, actor, candidateId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: recordConsentIntent });
  if (submission.status !== "success") return invalid(submission, "consent");
  const recorded = await recordConsent(db(), actor, candidateId, submission.value);
  return recorded.ok ? back(candidateId, "samtykke") : refused(request, submission, recorded, "consent");
}

async function withdrawConsentAction({ request, actor, candidateId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: withdrawConsentIntent });
  if (submission.status !== "success") return invalid(submission, "withdraw");
  const withdrawn = await withdrawConsent(db(), actor, candidateId, submission.value.kind);
  return withdrawn.ok
    ? back(candidateId, submission.value.kind === "LISTING" ? "trukket" : "delingtrukket")
    : refused(request, submission, withdrawn, "withdraw");
}

async function eraseAction({ request, actor, candidateId, formData }: IntentContext) {
  // Only the company's admins may erase (the domain asks the same permission for the record's company).
  if (!can(actor, "candidate:erase")) throw data(null, { status: 403 });
  const submission = parseSubmission(formData, { schema: eraseIntent });
  if (submission.status !== "success") return invalid(submission, "erase");
  const erased = await eraseCandidate(db(), actor, candidateId);
  return erased.ok ? redirect(`${href("/kandidater")}?melding=slettet`) : refused(request, submission, erased, "erase");
}

async function sendLinkAction({ request, actor, candidateId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: sendLinkIntent });
  if (submission.status !== "success") return invalid(submission, "sendLink");
  const sent = await sendCandidateLink(db(), actor, candidateId, submission.value.channel, appOrigin());
  return sent.ok ? back(candidateId, "lenke") : refused(request, submission, sent, "sendLink");
}

const messages = {
  opprettet: "candidates.created",
  lagret: "candidates.saved",
  status: "candidates.statusChanged",
  samtykke: "candidates.consentRecorded",
  trukket: "candidates.consentWithdrawn",
  delingtrukket: "candidates.sharingWithdrawn",
  lenke: "candidatePage.company.sent",
} as const;

export default function CandidateDetail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const message = messages[params.get("melding") as keyof typeof messages];
  const c = loaderData.candidate;
  const deleted = Boolean(c.personalDataDeletedAt);
  // The forms this page shows now; an answer to any other (the record changed meanwhile) stands at the top.
  const placed = [
    "status",
    ...(deleted ? [] : ["consent"]),
    ...(c.consents.some((x) => !x.withdrawnAt) ? ["withdraw"] : []),
    ...(loaderData.canErase ? ["erase"] : []),
    ...(deleted ? [] : ["sendLink"]),
  ];
  return (
    <Page title={`${c.code}${c.fullName ? ` – ${c.fullName}` : ""}`}>
      {message && !actionData ? <Notice tone="success">{t(message)}</Notice> : null}
      <UnplacedReply actionData={actionData} placed={placed} />
      {c.personalDataDeletedAt ? (
        <Notice tone="info">
          {t("candidates.personalDeleted", { date: formatOsloDateTime(c.personalDataDeletedAt, locale) })}
        </Notice>
      ) : null}
      <p className="mb-4">
        {t("candidates.status")}: <strong>{t(`candidateStatuses.${c.status}`)}</strong> ·{" "}
        {c.listed ? t("candidates.listedNow") : t("candidates.notListed")}
      </p>
      <p className="mb-6 flex flex-wrap gap-4">
        {deleted ? null : (
          <Link to={href("/kandidater/:id/rediger", { id: c.id })} className={linkButtonClass}>
            {t("candidates.edit")}
          </Link>
        )}
        {c.status === "ACTIVE" && !deleted ? (
          <Link to={href("/kandidater/:id/stillinger", { id: c.id })} className="self-center text-brand-700 underline">
            {t("matching.openingsLink")}
          </Link>
        ) : null}
        <a href={href("/kandidater/:id/eksport", { id: c.id })} className="self-center text-brand-700 underline">
          {t("candidates.export")}
        </a>
        <Link to={href("/kandidater")} className="self-center text-brand-700 underline">
          {t("candidates.back")}
        </Link>
      </p>
      <CandidateFacts c={c} />
      <ConsentSection
        consents={c.consents}
        canRecord={!deleted}
        today={loaderData.today}
        recordResult={resultFor(actionData, "consent")}
        withdrawResult={resultFor(actionData, "withdraw")}
      />
      <CandidateOwnPageSection
        canSend={!deleted}
        hasEmail={Boolean(c.email)}
        hasPhone={Boolean(c.phone)}
        introductions={loaderData.introductions}
        erasure={c.erasure}
        result={resultFor(actionData, "sendLink")}
      />
      <StatusSection status={c.status} personalDataDeleted={deleted} result={resultFor(actionData, "status")} />
      {loaderData.proposals.length ? (
        <section aria-labelledby="proposals-title" className="mt-8">
          <h2 id="proposals-title" className="text-xl font-semibold">
            {t("proposals.myProposals")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {loaderData.proposals.map((p) => (
              <li key={p.id}>
                <Link to={href("/forslag/:id", { id: p.id })} className="text-brand-700 underline">
                  {p.opening}
                </Link>{" "}
                ({p.employer}): {t(`proposals.stages.${p.stage}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CandidateTimeline entries={loaderData.timeline} />
      {loaderData.canErase ? <EraseSection result={resultFor(actionData, "erase")} /> : null}
    </Page>
  );
}
