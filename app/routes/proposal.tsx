import { useTranslation } from "react-i18next";
import { data, href, Link, redirect, useSearchParams } from "react-router";
import type { Actor } from "~/auth/actor";
import { requireOrgPermission } from "~/auth/require.server";
import { withNavDecisions } from "~/domain/nav/approved-package";
import { inviteNavIntent } from "~/domain/nav/decision-schema";
import { inviteNavOffice, navSideOfProposal } from "~/domain/nav/nav.server";
import { employerMilestones, proposalCheckIns } from "~/domain/follow-up/follow-up.server";
import { currentMilestones } from "~/domain/follow-up/milestones";
import { packageCost } from "~/domain/proposals/package";
import {
  introConsentIntent,
  meetingIntent,
  messageIntent,
  moveIntent,
  withdrawIntroConsentIntent,
} from "~/domain/proposals/proposal-schema";
import {
  addMessage,
  getProposal,
  introducedContact,
  listMessages,
  moveProposal,
  requestMeeting,
  setIntroConsent,
} from "~/domain/proposals/proposals.server";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { osloToday } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { CostEstimateView } from "~/ui/cost-estimate";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { CheckInsSection, MilestonesSection } from "~/ui/follow-up/proposal-follow-up";
import { EmployerActions } from "~/ui/proposals/employer-actions";
import { IntroConsentSection } from "~/ui/proposals/intro-consent-section";
import { NavSection } from "~/ui/nav/nav-section";
import { MessagesSection } from "~/ui/proposals/messages-section";
import { ContactSection, ProposalFacts } from "~/ui/proposals/proposal-facts";
import { moveReplyKey } from "~/ui/proposals/stage-form";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { resultFor } from "~/ui/use-zod-form";
import type { Route } from "./+types/proposal";

/**
 * One proposal, for either side of it: the employer moves it, asks to meet and sees the contact
 * data once the candidate consented; the company records that consent; both write in its thread.
 * The action dispatches on the form's intent to one small function each; the domain decides
 * which side the actor is on, and anyone else's proposal is not found.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "proposal:read");
  const found = await getProposal(db(), actor, params.id);
  if (!found.ok) throw data(null, { status: 404 });
  const proposal = found.value;
  const [contact, messages, nav, checkIns] = await Promise.all([
    proposal.side === "employer" && proposal.introConsentAt ? introducedContact(db(), actor, proposal.id) : null,
    listMessages(db(), actor, proposal.id),
    navSideOfProposal(db(), actor, proposal.id),
    proposal.side === "company" ? proposalCheckIns(db(), actor, proposal.id) : [],
  ]);
  const navSide = nav.ok ? nav.value : { office: null, decisions: [], offices: [] };
  // The view's package is already what the employer may see (sensitive measures only with consent);
  // the dates follow what NAV approved where it has decided.
  const milestones =
    proposal.side === "employer" && proposal.stage === "HIRED"
      ? employerMilestones({
          measures: withNavDecisions(proposal.measures, navSide.decisions),
          hireDay: proposal.outcomeDate,
          shares: true,
        })
      : [];
  return {
    checkIns,
    milestones,
    currentMilestones: currentMilestones(milestones, osloToday()).map((m) => m.key),
    proposal,
    contact: contact?.ok ? contact.value : null,
    // NAV's decisions replace what the company asked for: approved figures, declined measures gone.
    cost: packageCost(
      { ...proposal, measures: withNavDecisions(proposal.measures, navSide.decisions) },
      new Date(proposal.createdAt),
    ),
    messages: messages.ok ? messages.value : [],
    nav: navSide,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "proposal:read");
  // Neither side of this proposal: not found, whatever the form says.
  if (!(await getProposal(db(), actor, params.id)).ok) throw data(null, { status: 404 });
  const formData = await request.formData();
  const context = { request, actor, proposalId: params.id, formData };
  switch (formData.get("intent")) {
    case "message":
      return messageAction(context);
    case "move":
      return moveAction(context);
    case "meeting":
      return meetingAction(context);
    case "consent":
      return consentAction(context);
    case "withdraw":
      return withdrawAction(context);
    case "inviteNav":
      return inviteNavAction(context);
    default:
      throw data(null, { status: 400 });
  }
}

type IntentContext = { request: Request; actor: Actor; proposalId: string; formData: FormData };

const back = (proposalId: string, message: keyof typeof notices) =>
  redirect(`${href("/forslag/:id", { id: proposalId })}?melding=${message}`);

async function messageAction({ request, actor, proposalId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: messageIntent });
  if (submission.status !== "success") return invalid(submission, "message");
  const added = await addMessage(db(), actor, proposalId, submission.value.body, appOrigin());
  return added.ok ? back(proposalId, "melding") : refused(request, submission, added, "message");
}

async function moveAction({ request, actor, proposalId, formData }: IntentContext) {
  const key = moveReplyKey(proposalId);
  const submission = parseSubmission(formData, { schema: moveIntent });
  if (submission.status !== "success") return invalid(submission, key);
  const moved = await moveProposal(
    db(),
    actor,
    proposalId,
    submission.value.stage,
    submission.value.reason,
    appOrigin(),
  );
  return moved.ok ? back(proposalId, "flyttet") : refused(request, submission, moved, key);
}

async function meetingAction({ request, actor, proposalId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: meetingIntent });
  if (submission.status !== "success") return invalid(submission, "meeting");
  const requested = await requestMeeting(db(), actor, proposalId, appOrigin());
  return requested.ok ? back(proposalId, "mote") : refused(request, submission, requested, "meeting");
}

async function consentAction({ request, actor, proposalId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: introConsentIntent });
  if (submission.status !== "success") return invalid(submission, "consent");
  const recorded = await setIntroConsent(db(), actor, proposalId, { method: submission.value.method }, appOrigin());
  return recorded.ok ? back(proposalId, "samtykke") : refused(request, submission, recorded, "consent");
}

async function withdrawAction({ request, actor, proposalId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: withdrawIntroConsentIntent });
  if (submission.status !== "success") return invalid(submission, "withdraw");
  const withdrawn = await setIntroConsent(db(), actor, proposalId, null, appOrigin());
  return withdrawn.ok ? back(proposalId, "trukket") : refused(request, submission, withdrawn, "withdraw");
}

async function inviteNavAction({ request, actor, proposalId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: inviteNavIntent });
  if (submission.status !== "success") return invalid(submission, "inviteNav");
  const invited = await inviteNavOffice(db(), actor, proposalId, submission.value.navOfficeId, appOrigin());
  return invited.ok ? back(proposalId, "nav") : refused(request, submission, invited, "inviteNav");
}

const notices = {
  sendt: "proposals.created",
  melding: "proposals.messageSent",
  mote: "proposals.meetingRequested",
  flyttet: "proposals.moved",
  samtykke: "proposals.consentSaved",
  trukket: "proposals.consentWithdrawn",
  nav: "navOffice.invited",
} as const;

export default function ProposalPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [params] = useSearchParams();
  const notice = notices[params.get("melding") as keyof typeof notices];
  const { proposal: p, contact, cost, messages, nav, checkIns, milestones, currentMilestones: now } = loaderData;
  const employer = p.side === "employer";
  // The forms this page shows now; an answer to any other (the proposal moved on meanwhile) stands at the top.
  const placed = employer
    ? [moveReplyKey(p.id), ...(p.meetingRequestedAt ? [] : ["meeting"]), "message"]
    : [p.introConsentAt ? "withdraw" : "consent", ...(nav.office ? [] : ["inviteNav"]), "message"];
  return (
    <Page title={t("proposals.title", { code: p.candidate.code, opening: p.opening.title })}>
      {notice && !actionData ? <Notice tone="success">{t(notice)}</Notice> : null}
      <UnplacedReply actionData={actionData} placed={placed} />
      <p className="mb-4">
        {t("proposals.stage")}: <strong>{t(`proposals.stages.${p.stage}`)}</strong>
        {p.outcome
          ? ` · ${t("proposals.outcome", { outcome: t(`proposals.outcomes.${p.outcome}`), date: p.outcomeDate ?? "" })}`
          : ""}
        {p.rejectionReason ? ` · ${p.rejectionReason}` : ""}
      </p>
      <p className="mb-6">
        {employer ? (
          <Link to={href("/stillinger/:id/forslag", { id: p.opening.id })} className="text-brand-700 underline">
            {t("proposals.back")}
          </Link>
        ) : p.candidateId ? (
          <Link to={href("/kandidater/:id", { id: p.candidateId })} className="text-brand-700 underline">
            {t("proposals.back")}
          </Link>
        ) : null}
      </p>
      {employer ? (
        <EmployerActions
          proposalId={p.id}
          stage={p.stage}
          meetingRequested={Boolean(p.meetingRequestedAt)}
          introduced={Boolean(p.introConsentAt)}
          moveResult={resultFor(actionData, moveReplyKey(p.id))}
          meetingResult={resultFor(actionData, "meeting")}
        />
      ) : (
        <IntroConsentSection
          employer={p.opening.employerName}
          meetingRequested={Boolean(p.meetingRequestedAt)}
          introduced={Boolean(p.introConsentAt)}
          consentResult={resultFor(actionData, "consent")}
          withdrawResult={resultFor(actionData, "withdraw")}
        />
      )}
      {contact ? <ContactSection contact={contact} /> : null}
      {employer ? <MilestonesSection milestones={milestones} current={now} /> : <CheckInsSection checkIns={checkIns} />}
      <ProposalFacts p={p} />
      <section aria-labelledby="cost-title" className="mt-8">
        <h2 id="cost-title" className="text-xl font-semibold">
          {t("proposals.cost")}
        </h2>
        <p className="mb-2 text-sm">
          {t("proposals.costIntro", { wage: formatNok(p.estimatedMonthlyWageOre, lang), zone: p.employerTaxZone })}{" "}
          {nav.decisions.length ? t("navOffice.costUsesDecisions") : null}
        </p>
        {cost ? <CostEstimateView estimate={cost} /> : null}
      </section>
      <NavSection
        proposalId={p.id}
        nav={nav}
        company={!employer}
        hasMeasures={p.measures.length > 0}
        inviteResult={resultFor(actionData, "inviteNav")}
      />
      <MessagesSection messages={messages} result={resultFor(actionData, "message")} />
    </Page>
  );
}
