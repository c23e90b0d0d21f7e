import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { validatePackageMeasure, type PackageMeasureInput } from "~/domain/measures/catalogue";
import type { CostEstimate } from "~/domain/measures/cost";
import { packageCost } from "~/domain/proposals/package";
import { notifyOrganization } from "~/domain/notifications/notifications.server";
import { employerViewOf, sideOf, type ProposalView } from "~/domain/proposals/proposals.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { dayToStored, storedDay } from "~/lib/dates";
import { percentMeasures, withNavDecisions, type NavDecisionView } from "./approved-package";
import type { DecisionInput } from "./decision-schema";

/**
 * NAV alongside (docs/decisions/0022): an inclusion company invites the NAV office that serves the
 * candidate's or the opening's municipality into one of its proposals; the office's members see
 * that proposal as its employer sees it (anonymised profile and package, never messages, contact
 * data or the candidate's record) and record NAV's decision per measure. Another office, or a
 * proposal it was not invited into: not found.
 */

type DecisionRow = {
  measureCode: string;
  outcome: "APPROVED" | "DECLINED";
  percent: number | null;
  periodFrom: Date | null;
  periodTo: Date | null;
  reason: string | null;
  decidedOn: Date;
};

const decisionView = (d: DecisionRow): NavDecisionView => ({
  measureCode: d.measureCode,
  outcome: d.outcome,
  percent: d.percent,
  periodFrom: storedDay(d.periodFrom),
  periodTo: storedDay(d.periodTo),
  reason: d.reason,
  decidedOn: storedDay(d.decidedOn),
});

const decisionSelect = {
  measureCode: true,
  outcome: true,
  percent: true,
  periodFrom: true,
  periodTo: true,
  reason: true,
  decidedOn: true,
} as const;

/** When a new NAV office signs up, it serves its own municipality until more are added. */
export async function serveOwnMunicipality(
  db: Pick<Db, "navOfficeMunicipality">,
  organization: { id: string; kind: string; municipalityNumber: string },
) {
  if (organization.kind !== "NAV_OFFICE") return;
  await db.navOfficeMunicipality.upsert({
    where: {
      navOfficeId_municipalityNumber: {
        navOfficeId: organization.id,
        municipalityNumber: organization.municipalityNumber,
      },
    },
    create: { navOfficeId: organization.id, municipalityNumber: organization.municipalityNumber },
    update: {},
  });
}

export type NavSide = {
  /** The office invited, with NAV's decisions so far (the same for employer, company and NAV) */
  office: { id: string; name: string } | null;
  decisions: NavDecisionView[];
  /** The company only: approved offices it may invite (serving the candidate's or the opening's municipality) */
  offices: { id: string; name: string }[];
};

/**
 * NAV's part of a proposal for its employer or its company: which office was invited and what it
 * decided; the company also gets the offices it may invite while none is. Not found for anyone else.
 */
export async function navSideOfProposal(db: Db, actor: Actor, proposalId: string): Promise<Result<NavSide>> {
  const p = await db.proposal.findUnique({
    where: { id: proposalId },
    select: {
      companyId: true,
      opening: { select: { organizationId: true, municipalityNumber: true } },
      candidate: { select: { municipalityNumber: true } },
      navCase: {
        select: {
          navOffice: { select: { id: true, name: true } },
          decisions: { select: decisionSelect, orderBy: { measureCode: "asc" } },
        },
      },
    },
  });
  const side = p ? sideOf(actor, p) : null;
  if (!p || !side) return notFound();
  const offices =
    side === "company" && !p.navCase
      ? await db.organization.findMany({
          where: {
            kind: "NAV_OFFICE",
            approved: true,
            navMunicipalities: {
              some: { municipalityNumber: { in: [p.candidate.municipalityNumber, p.opening.municipalityNumber] } },
            },
          },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [];
  return ok({
    office: p.navCase?.navOffice ?? null,
    decisions: p.navCase?.decisions.map(decisionView) ?? [],
    offices,
  });
}

/**
 * The company invites a NAV office into ITS proposal. The package must ask for a measure, and the
 * office must serve the candidate's or the opening's municipality; once invited, the office stays.
 */
export async function inviteNavOffice(
  db: Db,
  actor: Actor,
  proposalId: string,
  navOfficeId: string,
  origin: string,
): Promise<Result<null, "navNoMeasures" | "navOfficeNotServing" | "navAlreadyInvited">> {
  const p = await db.proposal.findUnique({
    where: { id: proposalId },
    select: {
      companyId: true,
      measures: true,
      navCase: { select: { id: true } },
      opening: { select: { organizationId: true, municipalityNumber: true, title: true } },
      candidate: { select: { municipalityNumber: true, code: true } },
    },
  });
  if (!p || !can(actor, "nav:invite", { organizationId: p.companyId })) return notFound();
  if ((p.measures as PackageMeasureInput[]).length === 0) return refuse("navNoMeasures");
  if (p.navCase) return refuse("navAlreadyInvited");
  const office = await db.organization.findFirst({
    where: {
      id: navOfficeId,
      kind: "NAV_OFFICE",
      approved: true,
      navMunicipalities: {
        some: { municipalityNumber: { in: [p.candidate.municipalityNumber, p.opening.municipalityNumber] } },
      },
    },
    select: { id: true },
  });
  if (!office) return refuse("navOfficeNotServing", { field: "navOfficeId" });
  const created = await db.navCase.create({
    data: { proposalId, navOfficeId: office.id, invitedById: actor.userId },
  });
  await auditBy(db, actor, {
    action: "nav.invite",
    entityType: "Proposal",
    entityId: proposalId,
    metadata: { navOfficeId: office.id, caseId: created.id },
  });
  await notifyOrganization(
    db,
    office.id,
    { kind: "navInvited", code: p.candidate.code, opening: p.opening.title, path: `/nav/saker/${proposalId}` },
    origin,
  );
  return ok();
}

export type NavCaseView = {
  proposal: ProposalView;
  invitedAt: string;
  decisions: NavDecisionView[];
  /** The package as decided so far, for the estimate */
  decidedMeasures: PackageMeasureInput[];
};

async function caseOfOffice(db: Db, actor: Actor, proposalId: string) {
  const c = await db.navCase.findUnique({
    where: { proposalId },
    select: {
      id: true,
      navOfficeId: true,
      invitedAt: true,
      decisions: { select: decisionSelect, orderBy: { measureCode: "asc" } },
    },
  });
  return c && can(actor, "nav:decide", { organizationId: c.navOfficeId }) ? c : null;
}

/** The case as the invited office sees it: the employer's view of the proposal and NAV's decisions. */
export async function getNavCase(db: Db, actor: Actor, proposalId: string): Promise<Result<NavCaseView>> {
  const c = await caseOfOffice(db, actor, proposalId);
  const proposal = c ? await employerViewOf(db, proposalId) : null;
  if (!c || !proposal) return notFound();
  const decisions = c.decisions.map(decisionView);
  return ok({
    proposal,
    invitedAt: c.invitedAt.toISOString(),
    decisions,
    decidedMeasures: withNavDecisions(proposal.measures, decisions),
  });
}

/**
 * NAV records (or replaces) its decision on one measure of the package. Only a measure the office
 * can see in the package; an approval must stay inside the catalogue's rules (its reason is named
 * in both languages for the refusal's message). The employer and the company are told.
 */
export async function recordNavDecision(
  db: Db,
  actor: Actor,
  proposalId: string,
  input: DecisionInput,
  origin: string,
): Promise<Result<null, "navMeasureNotInPackage" | "navDecisionOutsideRules">> {
  const c = await caseOfOffice(db, actor, proposalId);
  const proposal = c ? await employerViewOf(db, proposalId) : null;
  if (!c || !proposal) return notFound();
  const measure = proposal.measures.find((m) => m.code === input.measureCode);
  if (!measure) return refuse("navMeasureNotInPackage", { field: "measureCode" });
  const approved = input.outcome === "APPROVED";
  const decision: NavDecisionView = {
    measureCode: input.measureCode,
    outcome: input.outcome,
    percent: approved && percentMeasures.includes(input.measureCode) ? (input.percent ?? null) : null,
    periodFrom: approved ? (input.periodFrom ?? null) : null,
    periodTo: approved ? (input.periodTo ?? null) : null,
    reason: approved ? null : (input.reason ?? null),
    decidedOn: input.decidedOn,
  };
  if (approved) {
    const [decided] = withNavDecisions([measure], [decision]);
    const problem = decided ? validatePackageMeasure(decided, new Date(`${input.decidedOn}T12:00:00Z`))[0] : undefined;
    if (problem)
      return refuse("navDecisionOutsideRules", {
        field: percentMeasures.includes(measure.code) ? "percent" : "periodTo",
        detail: { nb: problem.nb, en: problem.en },
      });
  }
  const data = {
    outcome: decision.outcome,
    percent: decision.percent,
    periodFrom: decision.periodFrom ? dayToStored(decision.periodFrom) : null,
    periodTo: decision.periodTo ? dayToStored(decision.periodTo) : null,
    reason: decision.reason,
    decidedOn: dayToStored(decision.decidedOn),
    decidedById: actor.userId,
  };
  await db.navDecision.upsert({
    where: { caseId_measureCode: { caseId: c.id, measureCode: input.measureCode } },
    create: { caseId: c.id, measureCode: input.measureCode, ...data },
    update: data,
  });
  await auditBy(db, actor, {
    action: "nav.decide",
    entityType: "Proposal",
    entityId: proposalId,
    metadata: { measureCode: input.measureCode, outcome: input.outcome },
  });
  const p = await db.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { companyId: true, opening: { select: { organizationId: true } } },
  });
  const notice = {
    kind: "navDecided" as const,
    code: proposal.candidate.code,
    opening: proposal.opening.title,
    path: `/forslag/${proposalId}`,
  };
  await notifyOrganization(db, p.opening.organizationId, notice, origin);
  await notifyOrganization(db, p.companyId, notice, origin);
  return ok();
}

export type NavCaseRow = {
  proposalId: string;
  code: string;
  openingTitle: string;
  employerName: string;
  companyName: string;
  invitedAt: string;
  measures: number;
  decided: number;
};

/** The office's cases, newest first: the list page of a NAV office. */
export async function listNavCases(db: Db, actor: Actor): Promise<NavCaseRow[]> {
  if (!can(actor, "nav:decide")) return [];
  const rows = await db.navCase.findMany({
    where: { navOfficeId: actor.organizationId },
    orderBy: { invitedAt: "desc" },
    take: 200,
    select: {
      proposalId: true,
      invitedAt: true,
      _count: { select: { decisions: true } },
      proposal: {
        select: {
          measures: true,
          candidate: { select: { code: true } },
          company: { select: { name: true } },
          opening: { select: { title: true, organization: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((r) => ({
    proposalId: r.proposalId,
    code: r.proposal.candidate.code,
    openingTitle: r.proposal.opening.title,
    employerName: r.proposal.opening.organization.name,
    companyName: r.proposal.company.name,
    invitedAt: r.invitedAt.toISOString(),
    measures: (r.proposal.measures as PackageMeasureInput[]).length,
    decided: r._count.decisions,
  }));
}

export type NavDecisionWaiting = {
  proposalId: string;
  code: string;
  openingTitle: string;
  invitedAt: Date;
  /** Measures of the package NAV has not decided on yet */
  waiting: number;
};

/**
 * The cases of the actor's NAV office that still wait for a decision on some measure, oldest
 * first, in one query (for the home page). Anyone but a NAV office member: none.
 */
export async function navDecisionsWaiting(db: Db, actor: Actor): Promise<NavDecisionWaiting[]> {
  if (!can(actor, "nav:decide")) return [];
  const rows = await db.$queryRaw<
    { proposalId: string; code: string; openingTitle: string; invitedAt: Date; waiting: number }[]
  >`
    SELECT c."proposalId", k."code", o."title" AS "openingTitle", c."invitedAt",
           (jsonb_array_length(p."measures") - COUNT(d."id"))::int AS "waiting"
    FROM "NavCase" c
    JOIN "Proposal" p ON p."id" = c."proposalId"
    JOIN "Opening" o ON o."id" = p."openingId"
    JOIN "Candidate" k ON k."id" = p."candidateId"
    LEFT JOIN "NavDecision" d ON d."caseId" = c."id"
    WHERE c."navOfficeId" = ${actor.organizationId}
    GROUP BY c."id", c."proposalId", k."code", o."title", c."invitedAt", p."measures"
    HAVING jsonb_array_length(p."measures") > COUNT(d."id")
    ORDER BY c."invitedAt" ASC
    LIMIT 100`;
  return rows;
}

export type MeasureSummary = {
  measureCode: string;
  decision: NavDecisionView;
  /** The measure as approved (percent and months NAV decided) */
  measure: PackageMeasureInput;
  /** The wage basis and subsidy month by month for this measure alone; null if the catalogue no longer accepts it */
  estimate: CostEstimate | null;
  employer: { name: string; orgNumber: string; contactName: string; contactEmail: string };
  company: { name: string; orgNumber: string; contactPerson: string };
  navOffice: { name: string; orgNumber: string; caseHandlerName: string; caseHandlerEmail: string };
  participantCode: string;
  openingTitle: string;
  hoursPerWeek: number;
  estimatedMonthlyWageOre: number;
  employerTaxZone: string;
  followUpFrequency: string;
  trialPeriodWeeks: number | null;
  reducedWorkCapacity: boolean;
};

/**
 * Everything NAV's measure agreement asks for about one APPROVED measure, for its three parties
 * (the employer, the company, the invited office), so the employer can fill NAV's own form in one
 * go. The participant is named by pseudonym: the agreement's personal part is the employer's to
 * fill from what the candidate chose to tell it.
 */
export async function measureSummary(
  db: Db,
  actor: Actor,
  proposalId: string,
  measureCode: string,
): Promise<Result<MeasureSummary>> {
  const p = await db.proposal.findUnique({
    where: { id: proposalId },
    select: {
      companyId: true,
      contactPerson: true,
      followUpFrequency: true,
      trialPeriodWeeks: true,
      reducedWorkCapacity: true,
      estimatedMonthlyWageOre: true,
      employerTaxZone: true,
      opening: {
        select: {
          organizationId: true,
          title: true,
          hoursPerWeek: true,
          createdById: true,
          organization: { select: { name: true, orgNumber: true } },
        },
      },
      company: { select: { name: true, orgNumber: true } },
      candidate: { select: { code: true } },
      navCase: {
        select: {
          navOfficeId: true,
          navOffice: { select: { name: true, orgNumber: true } },
          decisions: { where: { measureCode, outcome: "APPROVED" }, select: { ...decisionSelect, decidedById: true } },
        },
      },
    },
  });
  if (!p || !p.navCase || !can(actor, "nav:summary")) return notFound();
  const party =
    sideOf(actor, p) ?? (can(actor, "nav:decide", { organizationId: p.navCase.navOfficeId }) ? "nav" : null);
  const row = p.navCase.decisions[0];
  if (!party || !row) return notFound();
  // The measure as the employer sees the package: a sensitive one without consent is not there.
  const view = await employerViewOf(db, proposalId);
  const measure = view?.measures.find((m) => m.code === measureCode);
  if (!view || !measure) return notFound();
  const decision = decisionView(row);
  const people = await db.user.findMany({
    where: { id: { in: [p.opening.createdById, row.decidedById] } },
    select: { id: true, name: true, email: true },
  });
  const person = (id: string) => people.find((u) => u.id === id);
  const decided = withNavDecisions([measure], [decision])[0] ?? measure;
  return ok({
    measureCode,
    decision,
    measure: decided,
    estimate: packageCost(
      { measures: [decided], estimatedMonthlyWageOre: p.estimatedMonthlyWageOre, employerTaxZone: p.employerTaxZone },
      dayToStored(decision.decidedOn),
    ),
    employer: {
      name: p.opening.organization.name,
      orgNumber: p.opening.organization.orgNumber,
      contactName: person(p.opening.createdById)?.name ?? "",
      contactEmail: person(p.opening.createdById)?.email ?? "",
    },
    company: { name: p.company.name, orgNumber: p.company.orgNumber, contactPerson: p.contactPerson },
    navOffice: {
      name: p.navCase.navOffice.name,
      orgNumber: p.navCase.navOffice.orgNumber,
      caseHandlerName: person(row.decidedById)?.name ?? "",
      caseHandlerEmail: person(row.decidedById)?.email ?? "",
    },
    participantCode: p.candidate.code,
    openingTitle: p.opening.title,
    hoursPerWeek: p.opening.hoursPerWeek,
    estimatedMonthlyWageOre: p.estimatedMonthlyWageOre,
    employerTaxZone: p.employerTaxZone,
    followUpFrequency: p.followUpFrequency,
    trialPeriodWeeks: p.trialPeriodWeeks,
    reducedWorkCapacity: p.reducedWorkCapacity,
  });
}
