import type { Prisma } from "~/generated/prisma/client";
import type { ProposalStage } from "~/generated/prisma/enums";
import { recordAudit } from "~/domain/audit/audit.server";
import { markCandidatePlaced, recordCandidateEvent } from "~/domain/candidates/candidates.server";
import { accommodationsForEmployer, packageForEmployer, sharesSensitive } from "~/domain/candidates/employer-view";
import type { CandidateLanguage } from "~/domain/candidates/profile-options";
import { toCandidateSearchDoc, type CandidateSearchDoc } from "~/domain/candidates/search-document";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import type { Db } from "~/lib/db.server";
import { osloToday, storedDay } from "~/lib/dates";
import { notifyOrganization } from "~/domain/notifications/notifications.server";
import { packageMeasures, sharingProblems, type PackageErrors } from "./package";
import type { ProposalInput } from "./proposal-schema";

/** The member acting for their own organisation. */
export type Actor = { userId: string; organizationId: string };

export type CreateOutcome =
  | { ok: true; id: string }
  | { ok: false; error: "notFound" | "duplicate" }
  /** Accommodation needs or sensitive measures without the candidate's consent to share them */
  | { ok: false; error: "sharingConsent"; problems: PackageErrors };

/**
 * An inclusion company proposes one of ITS candidates to a published opening. The package was
 * checked against the catalogue by the caller (checkPackage); the employer's members are told.
 * Accommodation needs and sensitive measures are refused here unless the candidate's consent to
 * share them is in force, whatever the form posted.
 */
export async function createProposal(db: Db, actor: Actor, candidateId: string, openingId: string, input: ProposalInput, origin: string): Promise<CreateOutcome> {
  const [candidate, opening] = await Promise.all([
    db.candidate.findFirst({ where: { id: candidateId, organizationId: actor.organizationId, status: "ACTIVE", personalDataDeletedAt: null }, select: { id: true, code: true, accommodationConsentAt: true } }),
    db.opening.findFirst({ where: { id: openingId, status: "PUBLISHED" }, select: { id: true, title: true, organizationId: true } }),
  ]);
  if (!candidate || !opening) return { ok: false, error: "notFound" };
  const problems = sharingProblems(input, sharesSensitive(candidate));
  if (problems) return { ok: false, error: "sharingConsent", problems };
  if (await db.proposal.findUnique({ where: { openingId_candidateId: { openingId, candidateId } }, select: { id: true } })) return { ok: false, error: "duplicate" };
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
  await recordAudit(db, { actorUserId: actor.userId, actorOrganizationId: actor.organizationId, action: "proposal.create", entityType: "Proposal", entityId: proposal.id });
  await notifyOrganization(db, opening.organizationId, { kind: "new", code: candidate.code, opening: opening.title, path: `/forslag/${proposal.id}` }, origin);
  return { ok: true, id: proposal.id };
}


const withParts = {
  opening: { select: { id: true, title: true, organizationId: true, municipalityNumber: true, hoursPerWeek: true, occupationCode: true, organization: { select: { name: true } } } },
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

/** The proposal as the viewer's side may see it; null for anyone else (answered as 404). */
export async function getProposal(db: Db, actor: Actor, id: string): Promise<ProposalView | null> {
  const p = await db.proposal.findUnique({ where: { id }, include: withParts });
  if (!p) return null;
  if (p.opening.organizationId === actor.organizationId) return toView(p, "employer");
  if (p.companyId === actor.organizationId) return toView(p, "company");
  return null;
}

/**
 * Name and contact data for the employer, only while the candidate's consent to be introduced to
 * THIS employer is in force. Every call is a view of personal data outside the owning company and
 * is audited.
 */
export async function introducedContact(db: Db, actor: Actor, id: string): Promise<{ name: string; email: string | null; phone: string | null } | null> {
  const p = await db.proposal.findUnique({ where: { id }, select: { id: true, introConsentAt: true, candidateId: true, opening: { select: { organizationId: true } }, candidate: { select: { fullName: true, email: true, phone: true } } } });
  if (!p || p.opening.organizationId !== actor.organizationId || !p.introConsentAt || !p.candidate.fullName) return null;
  await recordAudit(db, { actorUserId: actor.userId, actorOrganizationId: actor.organizationId, action: "candidate.personal.view", entityType: "Candidate", entityId: p.candidateId, metadata: { proposalId: p.id } });
  return { name: p.candidate.fullName, email: p.candidate.email, phone: p.candidate.phone };
}

/** The employer's pipeline for one of ITS openings: null when the opening is another's. */
export async function listProposalsForOpening(db: Db, actor: Actor, openingId: string): Promise<ProposalView[] | null> {
  const opening = await db.opening.findFirst({ where: { id: openingId, organizationId: actor.organizationId }, select: { id: true } });
  if (!opening) return null;
  const rows = await db.proposal.findMany({ where: { openingId }, include: withParts, orderBy: { createdAt: "asc" } });
  return rows.map((p) => toView(p, "employer"));
}

/** The company's proposals of one of its candidates, or all of them. */
export async function listCompanyProposals(db: Db, actor: Actor, candidateId?: string): Promise<ProposalView[]> {
  const rows = await db.proposal.findMany({ where: { companyId: actor.organizationId, ...(candidateId ? { candidateId } : {}) }, include: withParts, orderBy: { updatedAt: "desc" }, take: 200 });
  return rows.map((p) => toView(p, "company"));
}

const outcomeOf: Partial<Record<ProposalStage, string>> = { TRIAL: "TRIAL", HIRED: "HIRED", REJECTED: "NOT_HIRED" };

/** The employer moves a proposal in the pipeline; "fått jobben" places the candidate. */
export async function moveProposal(db: Db, actor: Actor, id: string, stage: ProposalStage, reason: string | undefined, origin: string): Promise<boolean> {
  const p = await db.proposal.findUnique({ where: { id }, select: { id: true, stage: true, candidateId: true, companyId: true, opening: { select: { organizationId: true, title: true } }, candidate: { select: { code: true } } } });
  if (!p || p.opening.organizationId !== actor.organizationId) return false;
  if (p.stage === stage) return true;
  const outcome = outcomeOf[stage];
  await db.proposal.update({
    where: { id },
    data: { stage, rejectionReason: stage === "REJECTED" ? reason || null : null, outcome: outcome ?? null, outcomeDate: outcome ? new Date(`${osloToday()}T00:00:00Z`) : null },
  });
  await recordCandidateEvent(db, p.candidateId, "proposal.stage", actor.userId, { from: p.stage, to: stage, openingTitle: p.opening.title });
  await recordAudit(db, { actorUserId: actor.userId, actorOrganizationId: actor.organizationId, action: "proposal.move", entityType: "Proposal", entityId: id, metadata: { from: p.stage, to: stage } });
  if (stage === "HIRED") await markCandidatePlaced(db, p.candidateId, actor.userId);
  await notifyOrganization(db, p.companyId, { kind: "stage", code: p.candidate.code, opening: p.opening.title, path: `/forslag/${id}` }, origin);
  return true;
}

/** The employer asks to meet the candidate: the company then asks the candidate for consent. */
export async function requestMeeting(db: Db, actor: Actor, id: string, origin: string): Promise<boolean> {
  const p = await db.proposal.findUnique({ where: { id }, select: { companyId: true, meetingRequestedAt: true, opening: { select: { organizationId: true, title: true } }, candidate: { select: { code: true } } } });
  if (!p || p.opening.organizationId !== actor.organizationId) return false;
  if (!p.meetingRequestedAt) {
    await db.proposal.update({ where: { id }, data: { meetingRequestedAt: new Date() } });
    await notifyOrganization(db, p.companyId, { kind: "meeting", code: p.candidate.code, opening: p.opening.title, path: `/forslag/${id}` }, origin);
  }
  return true;
}

/** The company records (or withdraws) the candidate's consent to be introduced to THIS employer. */
export async function setIntroConsent(db: Db, actor: Actor, id: string, consent: { method: string } | null, origin: string): Promise<boolean> {
  const p = await db.proposal.findUnique({ where: { id }, select: { companyId: true, candidateId: true, opening: { select: { organizationId: true, title: true } }, candidate: { select: { code: true } } } });
  if (!p || p.companyId !== actor.organizationId) return false;
  await db.proposal.update({
    where: { id },
    data: consent ? { introConsentAt: new Date(), introConsentMethod: consent.method, introConsentById: actor.userId } : { introConsentAt: null, introConsentMethod: null, introConsentById: null },
  });
  await recordCandidateEvent(db, p.candidateId, consent ? "consent.intro" : "consent.intro.withdrawn", actor.userId, { openingTitle: p.opening.title });
  await recordAudit(db, { actorUserId: actor.userId, actorOrganizationId: actor.organizationId, action: consent ? "candidate.consent.give" : "candidate.consent.withdraw", entityType: "Candidate", entityId: p.candidateId, metadata: { kind: "INTRODUCTION", proposalId: id } });
  if (consent) await notifyOrganization(db, p.opening.organizationId, { kind: "introduced", code: p.candidate.code, opening: p.opening.title, path: `/forslag/${id}` }, origin);
  return true;
}

export async function listMessages(db: Db, proposalId: string) {
  const rows = await db.proposalMessage.findMany({ where: { proposalId }, orderBy: { createdAt: "asc" } });
  const [users, orgs] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.authorUserId))] } }, select: { id: true, name: true } }),
    db.organization.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.authorOrganizationId))] } }, select: { id: true, name: true } }),
  ]);
  const u = new Map(users.map((x) => [x.id, x.name]));
  const o = new Map(orgs.map((x) => [x.id, x.name]));
  return rows.map((r) => ({ id: r.id, at: r.createdAt.toISOString(), author: u.get(r.authorUserId) ?? "", organization: o.get(r.authorOrganizationId) ?? "", body: r.body }));
}

/** Either party writes in the proposal's thread; the other party is told. */
export async function addMessage(db: Db, actor: Actor, id: string, body: string, origin: string): Promise<boolean> {
  const p = await db.proposal.findUnique({ where: { id }, select: { companyId: true, opening: { select: { organizationId: true, title: true } }, candidate: { select: { code: true } } } });
  if (!p || (p.companyId !== actor.organizationId && p.opening.organizationId !== actor.organizationId)) return false;
  await db.proposalMessage.create({ data: { proposalId: id, authorUserId: actor.userId, authorOrganizationId: actor.organizationId, body } });
  const other = p.companyId === actor.organizationId ? p.opening.organizationId : p.companyId;
  await notifyOrganization(db, other, { kind: "message", code: p.candidate.code, opening: p.opening.title, path: `/forslag/${id}` }, origin);
  return true;
}
