import type { Prisma } from "~/generated/prisma/client";
import type { ProposalStage } from "~/generated/prisma/enums";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { markCandidatePlaced, recordCandidateEvent } from "~/domain/candidates/candidates.server";
import { accommodationsForEmployer, packageForEmployer, sharesSensitive } from "~/domain/candidates/employer-view";
import type { CandidateLanguage } from "~/domain/candidates/profile-options";
import { toCandidateSearchDoc, type CandidateSearchDoc } from "~/domain/candidates/search-document";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { startFollowUp, stopFollowUp } from "~/domain/follow-up/follow-up.server";
import { notifyOrganization } from "~/domain/notifications/notifications.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { dayToStored, osloToday, storedDay } from "~/lib/dates";
import { packageMeasures, sharingProblems } from "./package";
import type { ProposalInput } from "./proposal-schema";

/**
 * What a company needs to propose one of ITS active candidates to a published opening: the
 * candidate's code and needs, whether the candidate shares sensitive categories with employers,
 * and the opening. Another company's candidate, or an opening that is not published: not found.
 */
export async function proposalDraft(db: Db, actor: Actor, candidateId: string, openingId: string) {
  const [candidate, opening] = await Promise.all([
    db.candidate.findFirst({
      where: { id: candidateId, status: "ACTIVE", personalDataDeletedAt: null },
      select: { id: true, code: true, organizationId: true, accommodations: true, accommodationConsentAt: true },
    }),
    db.opening.findFirst({
      where: { id: openingId, status: "PUBLISHED" },
      select: { id: true, title: true, hoursPerWeek: true, organizationId: true },
    }),
  ]);
  if (!candidate || !opening || !can(actor, "proposal:create", { organizationId: candidate.organizationId }))
    return notFound();
  return ok({
    candidate: { id: candidate.id, code: candidate.code, accommodations: candidate.accommodations },
    shares: sharesSensitive(candidate),
    opening,
  });
}

/**
 * An inclusion company proposes one of ITS candidates to a published opening. The package was
 * checked against the catalogue by the caller (checkPackage); the employer's members are told.
 * Accommodation needs and sensitive measures are refused here unless the candidate's consent to
 * share them is in force, whatever the form posted (on the first field that holds them;
 * sharingProblems names them all).
 */
export async function createProposal(
  db: Db,
  actor: Actor,
  candidateId: string,
  openingId: string,
  input: ProposalInput,
  origin: string,
): Promise<Result<{ id: string }, "alreadyProposed" | "needsSharingConsent">> {
  const draft = await proposalDraft(db, actor, candidateId, openingId);
  if (!draft.ok) return draft;
  const { candidate, opening, shares } = draft.value;
  const problems = sharingProblems(input, shares);
  if (problems) return refuse("needsSharingConsent", { field: Object.keys(problems.fieldErrors)[0] });
  if (
    await db.proposal.findUnique({ where: { openingId_candidateId: { openingId, candidateId } }, select: { id: true } })
  )
    return refuse("alreadyProposed");
  const proposal = await db.proposal.create({
    data: {
      openingId,
      candidateId,
      companyId: actor.organizationId,
      createdById: actor.userId,
      measures: packageMeasures(input) as Prisma.InputJsonValue,
      reducedWorkCapacity: input.reducedWorkCapacity,
      followUpFrequency: input.followUpFrequency,
      contactPerson: input.contactPerson,
      accommodations: input.accommodations,
      trialPeriodWeeks: input.trialPeriodWeeks ?? null,
      message: input.message,
      estimatedMonthlyWageOre: input.monthlyWageNok * 100,
      employerTaxZone: input.employerTaxZone,
    },
  });
  await recordCandidateEvent(db, candidateId, "proposal", actor.userId, { openingTitle: opening.title });
  await auditBy(db, actor, { action: "proposal.create", entityType: "Proposal", entityId: proposal.id });
  await notifyOrganization(
    db,
    opening.organizationId,
    { kind: "new", code: candidate.code, opening: opening.title, path: `/forslag/${proposal.id}` },
    origin,
  );
  return ok({ id: proposal.id });
}

const withParts = {
  opening: {
    select: {
      id: true,
      title: true,
      organizationId: true,
      municipalityNumber: true,
      hoursPerWeek: true,
      occupationCode: true,
      organization: { select: { name: true } },
    },
  },
  candidate: { include: { organization: { select: { name: true } } } },
  company: { select: { name: true } },
} as const;

type Loaded = Prisma.ProposalGetPayload<{ include: typeof withParts }>;

export type ProposalView = {
  id: string;
  side: "employer" | "company";
  stage: ProposalStage;
  rejectionReason: string | null;
  opening: { id: string; title: string; employerName: string };
  companyName: string;
  /** Always the anonymised profile; the company also gets the candidate's id for its own pages */
  candidate: CandidateSearchDoc;
  candidateId: string | null;
  measures: PackageMeasureInput[];
  reducedWorkCapacity: boolean;
  followUpFrequency: string;
  contactPerson: string;
  accommodations: string[];
  trialPeriodWeeks: number | null;
  message: string;
  estimatedMonthlyWageOre: number;
  employerTaxZone: string;
  meetingRequestedAt: string | null;
  introConsentAt: string | null;
  outcome: string | null;
  outcomeDate: string | null;
  createdAt: string;
};

/**
 * The employer's side sees accommodation needs and sensitive measures only while the candidate's
 * consent to share them is in force NOW (withdrawn after proposing: gone from the view, and from
 * the cost estimate computed from it). The owning company sees its proposal as made.
 */
function toView(p: Loaded, side: "employer" | "company"): ProposalView {
  const shares = side === "company" || sharesSensitive(p.candidate);
  const measures = p.measures as PackageMeasureInput[];
  return {
    id: p.id,
    side,
    stage: p.stage,
    rejectionReason: p.rejectionReason,
    opening: { id: p.opening.id, title: p.opening.title, employerName: p.opening.organization.name },
    companyName: p.company.name,
    candidate: toCandidateSearchDoc({ ...p.candidate, languages: p.candidate.languages as CandidateLanguage[] }),
    candidateId: side === "company" ? p.candidateId : null,
    measures: packageForEmployer(measures, shares),
    reducedWorkCapacity: p.reducedWorkCapacity,
    followUpFrequency: p.followUpFrequency,
    contactPerson: p.contactPerson,
    accommodations: accommodationsForEmployer(p.accommodations, shares),
    trialPeriodWeeks: p.trialPeriodWeeks,
    message: p.message,
    estimatedMonthlyWageOre: p.estimatedMonthlyWageOre,
    employerTaxZone: p.employerTaxZone,
    meetingRequestedAt: p.meetingRequestedAt?.toISOString() ?? null,
    introConsentAt: p.introConsentAt?.toISOString() ?? null,
    outcome: p.outcome,
    outcomeDate: storedDay(p.outcomeDate),
    createdAt: p.createdAt.toISOString(),
  };
}

/**
 * The proposal exactly as its employer sees it (anonymised profile, package within the candidate's
 * sharing consent), for a third party the caller has already let in: the NAV office invited into
 * it sees this and never more (app/domain/nav).
 */
export async function employerViewOf(db: Db, id: string): Promise<ProposalView | null> {
  const p = await db.proposal.findUnique({ where: { id }, include: withParts });
  return p ? toView(p, "employer") : null;
}

/** Which side of a proposal the actor is on: the opening's employer, the proposing company, or neither. */
export function sideOf(
  actor: Actor,
  p: { companyId: string; opening: { organizationId: string } },
): "employer" | "company" | null {
  if (can(actor, "proposal:manage", { organizationId: p.opening.organizationId })) return "employer";
  if (can(actor, "proposal:create", { organizationId: p.companyId })) return "company";
  return null;
}

/** The proposal as the actor's side may see it; not found for anyone else. */
export async function getProposal(db: Db, actor: Actor, id: string): Promise<Result<ProposalView>> {
  const p = await db.proposal.findUnique({ where: { id }, include: withParts });
  const side = p ? sideOf(actor, p) : null;
  return p && side ? ok(toView(p, side)) : notFound();
}

export type IntroducedContact = { name: string; email: string | null; phone: string | null };

/**
 * Name and contact data for the employer, only while the candidate's consent to be introduced to
 * THIS employer is in force (null before). Every view is of personal data outside the owning
 * company and is audited.
 */
export async function introducedContact(db: Db, actor: Actor, id: string): Promise<Result<IntroducedContact | null>> {
  const p = await db.proposal.findUnique({
    where: { id },
    select: {
      id: true,
      companyId: true,
      introConsentAt: true,
      candidateId: true,
      opening: { select: { organizationId: true } },
      candidate: { select: { fullName: true, email: true, phone: true } },
    },
  });
  if (!p || sideOf(actor, p) !== "employer") return notFound();
  if (!p.introConsentAt || !p.candidate.fullName) return ok(null);
  await auditBy(db, actor, {
    action: "candidate.personal.view",
    entityType: "Candidate",
    entityId: p.candidateId,
    metadata: { proposalId: p.id },
  });
  return ok({ name: p.candidate.fullName, email: p.candidate.email, phone: p.candidate.phone });
}

/** The employer's pipeline for one of ITS openings. */
export async function listProposalsForOpening(
  db: Db,
  actor: Actor,
  openingId: string,
): Promise<Result<{ opening: { id: string; title: string }; proposals: ProposalView[] }>> {
  const opening = await db.opening.findUnique({
    where: { id: openingId },
    select: { id: true, title: true, organizationId: true },
  });
  if (!opening || !can(actor, "proposal:manage", { organizationId: opening.organizationId })) return notFound();
  const rows = await db.proposal.findMany({ where: { openingId }, include: withParts, orderBy: { createdAt: "asc" } });
  return ok({ opening: { id: opening.id, title: opening.title }, proposals: rows.map((p) => toView(p, "employer")) });
}

/** The company's proposals of one of its candidates, or all of them. */
export async function listCompanyProposals(db: Db, actor: Actor, candidateId?: string): Promise<ProposalView[]> {
  if (!can(actor, "proposal:create")) return [];
  const rows = await db.proposal.findMany({
    where: { companyId: actor.organizationId, ...(candidateId ? { candidateId } : {}) },
    include: withParts,
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return rows.map((p) => toView(p, "company"));
}

const outcomeOf: Partial<Record<ProposalStage, string>> = { TRIAL: "TRIAL", HIRED: "HIRED", REJECTED: "NOT_HIRED" };

/**
 * The employer moves a proposal in the pipeline; "fått jobben" places the candidate. With
 * `openingId` the proposal must belong to that opening (the pipeline page of one opening).
 */
export async function moveProposal(
  db: Db,
  actor: Actor,
  id: string,
  stage: ProposalStage,
  reason: string | undefined,
  origin: string,
  openingId?: string,
): Promise<Result> {
  const p = await db.proposal.findUnique({
    where: { id },
    select: {
      id: true,
      stage: true,
      candidateId: true,
      companyId: true,
      openingId: true,
      opening: { select: { organizationId: true, title: true } },
      candidate: { select: { code: true } },
    },
  });
  if (!p || sideOf(actor, p) !== "employer" || (openingId !== undefined && p.openingId !== openingId))
    return notFound();
  if (p.stage === stage) return ok();
  const outcome = outcomeOf[stage];
  await db.proposal.update({
    where: { id },
    data: {
      stage,
      rejectionReason: stage === "REJECTED" ? reason || null : null,
      outcome: outcome ?? null,
      outcomeDate: outcome ? dayToStored(osloToday()) : null,
    },
  });
  await recordCandidateEvent(db, p.candidateId, "proposal.stage", actor.userId, {
    from: p.stage,
    to: stage,
    openingTitle: p.opening.title,
  });
  await auditBy(db, actor, {
    action: "proposal.move",
    entityType: "Proposal",
    entityId: id,
    metadata: { from: p.stage, to: stage },
  });
  if (stage === "HIRED") await markCandidatePlaced(db, p.candidateId, actor.userId);
  // "Fått jobben" starts the company's follow-up; leaving it drops what was not yet recorded.
  if (stage === "HIRED") await startFollowUp(db, p, osloToday());
  else if (p.stage === "HIRED") await stopFollowUp(db, p.id);
  await notifyOrganization(
    db,
    p.companyId,
    { kind: "stage", code: p.candidate.code, opening: p.opening.title, path: `/forslag/${id}` },
    origin,
  );
  return ok();
}

/** The employer asks to meet the candidate: the company then asks the candidate for consent. */
export async function requestMeeting(db: Db, actor: Actor, id: string, origin: string): Promise<Result> {
  const p = await db.proposal.findUnique({
    where: { id },
    select: {
      companyId: true,
      meetingRequestedAt: true,
      opening: { select: { organizationId: true, title: true } },
      candidate: { select: { code: true } },
    },
  });
  if (!p || sideOf(actor, p) !== "employer") return notFound();
  if (!p.meetingRequestedAt) {
    await db.proposal.update({ where: { id }, data: { meetingRequestedAt: new Date() } });
    await notifyOrganization(
      db,
      p.companyId,
      { kind: "meeting", code: p.candidate.code, opening: p.opening.title, path: `/forslag/${id}` },
      origin,
    );
  }
  return ok();
}

/** The company records (or withdraws) the candidate's consent to be introduced to THIS employer. */
export async function setIntroConsent(
  db: Db,
  actor: Actor,
  id: string,
  consent: { method: string } | null,
  origin: string,
): Promise<Result> {
  const p = await db.proposal.findUnique({
    where: { id },
    select: {
      companyId: true,
      candidateId: true,
      opening: { select: { organizationId: true, title: true } },
      candidate: { select: { code: true } },
    },
  });
  if (!p || sideOf(actor, p) !== "company") return notFound();
  await db.proposal.update({
    where: { id },
    data: consent
      ? { introConsentAt: new Date(), introConsentMethod: consent.method, introConsentById: actor.userId }
      : { introConsentAt: null, introConsentMethod: null, introConsentById: null },
  });
  await recordCandidateEvent(db, p.candidateId, consent ? "consent.intro" : "consent.intro.withdrawn", actor.userId, {
    openingTitle: p.opening.title,
  });
  await auditBy(db, actor, {
    action: consent ? "candidate.consent.give" : "candidate.consent.withdraw",
    entityType: "Candidate",
    entityId: p.candidateId,
    metadata: { kind: "INTRODUCTION", proposalId: id, source: "COMPANY_RECORDED" },
  });
  if (consent)
    await notifyOrganization(
      db,
      p.opening.organizationId,
      { kind: "introduced", code: p.candidate.code, opening: p.opening.title, path: `/forslag/${id}` },
      origin,
    );
  return ok();
}

export type ProposalMessage = { id: string; at: string; author: string; organization: string; body: string };

/** The thread of a proposal, oldest first, for either side of it. */
export async function listMessages(db: Db, actor: Actor, proposalId: string): Promise<Result<ProposalMessage[]>> {
  const p = await db.proposal.findUnique({
    where: { id: proposalId },
    select: { companyId: true, opening: { select: { organizationId: true } } },
  });
  if (!p || !sideOf(actor, p)) return notFound();
  const rows = await db.proposalMessage.findMany({ where: { proposalId }, orderBy: { createdAt: "asc" } });
  const [users, orgs] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.authorUserId))] } },
      select: { id: true, name: true },
    }),
    db.organization.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.authorOrganizationId))] } },
      select: { id: true, name: true },
    }),
  ]);
  const u = new Map(users.map((x) => [x.id, x.name]));
  const o = new Map(orgs.map((x) => [x.id, x.name]));
  return ok(
    rows.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      author: u.get(r.authorUserId) ?? "",
      organization: o.get(r.authorOrganizationId) ?? "",
      body: r.body,
    })),
  );
}

/** Either party writes in the proposal's thread; the other party is told. */
export async function addMessage(db: Db, actor: Actor, id: string, body: string, origin: string): Promise<Result> {
  const p = await db.proposal.findUnique({
    where: { id },
    select: {
      companyId: true,
      opening: { select: { organizationId: true, title: true } },
      candidate: { select: { code: true } },
    },
  });
  const side = p ? sideOf(actor, p) : null;
  if (!p || !side) return notFound();
  await db.proposalMessage.create({
    data: { proposalId: id, authorUserId: actor.userId, authorOrganizationId: actor.organizationId, body },
  });
  const other = side === "company" ? p.opening.organizationId : p.companyId;
  await notifyOrganization(
    db,
    other,
    { kind: "message", code: p.candidate.code, opening: p.opening.title, path: `/forslag/${id}` },
    origin,
  );
  return ok();
}
