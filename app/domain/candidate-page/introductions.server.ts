import type { Actor } from "~/auth/actor";
import type { CandidateSelf } from "~/auth/candidate-session.server";
import { can } from "~/auth/permissions";
import { auditBy, recordAudit } from "~/domain/audit/audit.server";
import { mailMembers, notifyMembers } from "~/domain/notifications/notifications.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { consumeLimits } from "~/lib/rate-limit.server";
import { introductionRequestMail } from "./candidate-page-mails.server";

const listed = { status: "ACTIVE", listingConsentAt: { not: null }, personalDataDeletedAt: null } as const;

/**
 * An employer (or municipality) asks to be introduced to a listed candidate. It reaches the owning
 * company as an inquiry that wants an introduction; the candidate answers on their own page (the
 * company sends them a link). Limited as inquiries are, counted before the candidate is looked up.
 */
export async function askForIntroduction(
  db: Db,
  actor: Actor,
  request: { code: string; ip: string },
  origin: string,
): Promise<Result<{ companyName: string }, "rateLimited" | "alreadyIntroduced">> {
  if (!can(actor, "talent:inquire")) return notFound();
  const gate = await consumeLimits(db, [
    ["inquiryMailUser", actor.userId],
    ["inquiryMailIp", request.ip],
  ]);
  if (!gate.ok) return refuse("rateLimited", { detail: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } });
  const c = await db.candidate.findFirst({
    where: { code: request.code, ...listed },
    select: { id: true, code: true, organizationId: true, organization: { select: { name: true } } },
  });
  if (!c) return notFound();
  if (await liveIntroduction(db, c.id, actor.organizationId)) return refuse("alreadyIntroduced");
  const from = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
  await db.$transaction(async (tx) => {
    await tx.candidateInquiry.create({
      data: {
        candidateId: c.id,
        fromOrganizationId: actor.organizationId,
        fromUserId: actor.userId,
        message: "",
        wantsIntroduction: true,
      },
    });
    // Not the company's own work: does not extend how long the person's data is kept.
    await tx.candidateEvent.create({
      data: {
        candidateId: c.id,
        type: "introduction.asked",
        metadata: { fromOrganizationId: actor.organizationId, from: from.name },
      },
    });
    await auditBy(tx, actor, { action: "candidate.introduction.ask", entityType: "Candidate", entityId: c.id });
  });
  const path = `/kandidater/${c.id}`;
  await notifyMembers(db, c.organizationId, {
    kind: "introductionRequested",
    params: { code: c.code, from: from.name },
    path,
  });
  await mailMembers(
    db,
    c.organizationId,
    (locale) => introductionRequestMail(locale, { code: c.code, from: from.name, link: `${origin}${path}` }),
    { candidateId: c.id },
  );
  return ok({ companyName: c.organization.name });
}

async function liveIntroduction(db: Db, candidateId: string, employerOrganizationId: string) {
  return db.candidateIntroduction.findFirst({
    where: { candidateId, employerOrganizationId, given: true, withdrawnAt: null },
    select: { id: true, decidedAt: true },
  });
}

/**
 * The candidate's answer to one employer who asked: yes introduces them to that employer only (its
 * members then see name and contact data), no says so. An earlier answer to the same employer
 * ends. Audited as a consent change with its source.
 */
export async function answerIntroduction(
  db: Db,
  self: CandidateSelf,
  inquiryId: string,
  answer: "yes" | "no",
): Promise<Result> {
  const inquiry = await db.candidateInquiry.findUnique({
    where: { id: inquiryId },
    select: {
      candidateId: true,
      wantsIntroduction: true,
      fromOrganizationId: true,
      candidate: { select: { code: true, organizationId: true, personalDataDeletedAt: true } },
    },
  });
  // Another candidate's inquiry is not found, as if it did not exist.
  if (!inquiry || inquiry.candidateId !== self.candidateId || !inquiry.wantsIntroduction) return notFound();
  if (inquiry.candidate.personalDataDeletedAt) return notFound();
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.candidateIntroduction.updateMany({
      where: { candidateId: self.candidateId, employerOrganizationId: inquiry.fromOrganizationId, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnSource: "CANDIDATE_LINK" },
    });
    await tx.candidateIntroduction.create({
      data: {
        candidateId: self.candidateId,
        employerOrganizationId: inquiry.fromOrganizationId,
        inquiryId,
        given: answer === "yes",
        source: "CANDIDATE_LINK",
        decidedAt: now,
      },
    });
    await tx.candidateInquiry.update({ where: { id: inquiryId }, data: { status: "ANSWERED", answeredAt: now } });
    await tx.candidateEvent.create({
      data: {
        candidateId: self.candidateId,
        type: answer === "yes" ? "consent.intro" : "consent.intro.refused",
        metadata: { employerOrganizationId: inquiry.fromOrganizationId, source: "CANDIDATE_LINK" },
      },
    });
    await recordAudit(tx, {
      actorUserId: null,
      actorOrganizationId: inquiry.candidate.organizationId,
      action: answer === "yes" ? "candidate.consent.give" : "candidate.consent.refuse",
      entityType: "Candidate",
      entityId: self.candidateId,
      metadata: { kind: "INTRODUCTION", employerOrganizationId: inquiry.fromOrganizationId, source: "CANDIDATE_LINK" },
    });
  });
  if (answer === "yes")
    await notifyMembers(db, inquiry.fromOrganizationId, {
      kind: "candidateIntroduced",
      params: { code: inquiry.candidate.code },
      path: `/talentsok/${inquiry.candidate.code}`,
    });
  return ok();
}

/** The candidate takes back an introduction: the employer loses name and contact data at once. */
export async function withdrawIntroduction(db: Db, self: CandidateSelf, introductionId: string): Promise<Result> {
  const row = await db.candidateIntroduction.findUnique({
    where: { id: introductionId },
    select: {
      candidateId: true,
      employerOrganizationId: true,
      given: true,
      withdrawnAt: true,
      candidate: { select: { organizationId: true } },
    },
  });
  if (!row || row.candidateId !== self.candidateId) return notFound();
  if (!row.given || row.withdrawnAt) return ok();
  await db.$transaction(async (tx) => {
    await tx.candidateIntroduction.update({
      where: { id: introductionId },
      data: { withdrawnAt: new Date(), withdrawnSource: "CANDIDATE_LINK" },
    });
    await tx.candidateEvent.create({
      data: {
        candidateId: self.candidateId,
        type: "consent.intro.withdrawn",
        metadata: { employerOrganizationId: row.employerOrganizationId, source: "CANDIDATE_LINK" },
      },
    });
    await recordAudit(tx, {
      actorUserId: null,
      actorOrganizationId: row.candidate.organizationId,
      action: "candidate.consent.withdraw",
      entityType: "Candidate",
      entityId: self.candidateId,
      metadata: { kind: "INTRODUCTION", employerOrganizationId: row.employerOrganizationId, source: "CANDIDATE_LINK" },
    });
  });
  return ok();
}

export type IntroductionLine = {
  id: string;
  employer: string;
  at: string;
  given: boolean;
  source: "CANDIDATE_LINK" | "COMPANY_RECORDED";
  withdrawnAt: string | null;
  /** An introduction through a proposal (recorded by the company there) or an answer on the page */
  through: "answer" | "proposal";
};

/**
 * Every introduction of the candidate, both kinds: answers the candidate gave on their page and
 * consents the company recorded on a proposal. `answers` are the page's rows as stored.
 */
export async function introductionsOf(db: Db, candidateId: string) {
  const [answers, proposals] = await Promise.all([
    db.candidateIntroduction.findMany({ where: { candidateId }, orderBy: { decidedAt: "desc" } }),
    db.proposal.findMany({
      where: { candidateId, introConsentAt: { not: null } },
      select: { id: true, introConsentAt: true, opening: { select: { organization: { select: { name: true } } } } },
    }),
  ]);
  const orgs = await db.organization.findMany({
    where: { id: { in: [...new Set(answers.map((a) => a.employerOrganizationId))] } },
    select: { id: true, name: true },
  });
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const lines: IntroductionLine[] = [
    ...answers.map((a) => ({
      id: a.id,
      employer: names.get(a.employerOrganizationId) ?? "",
      at: a.decidedAt.toISOString(),
      given: a.given,
      source: a.source,
      withdrawnAt: a.withdrawnAt?.toISOString() ?? null,
      through: "answer" as const,
    })),
    ...proposals.map((p) => ({
      id: p.id,
      employer: p.opening.organization.name,
      at: (p.introConsentAt ?? new Date()).toISOString(),
      given: true,
      source: "COMPANY_RECORDED" as const,
      withdrawnAt: null,
      through: "proposal" as const,
    })),
  ];
  return { answers, introduced: lines.filter((l) => l.given), all: lines };
}

/**
 * Name and contact data for the employer the candidate agreed to be introduced to, or null. Every
 * call that returns them is a view of personal data by someone outside the company: audited.
 */
export async function introducedContact(db: Db, actor: Actor, code: string) {
  if (!can(actor, "talent:search")) return null;
  const c = await db.candidate.findFirst({
    where: { code, personalDataDeletedAt: null },
    select: { id: true, fullName: true, phone: true, email: true },
  });
  if (!c) return null;
  const live = await liveIntroduction(db, c.id, actor.organizationId);
  if (!live) return null;
  await auditBy(db, actor, {
    action: "candidate.personal.view",
    entityType: "Candidate",
    entityId: c.id,
    metadata: { through: "introduction", source: "CANDIDATE_LINK" },
  });
  return { fullName: c.fullName ?? "", phone: c.phone, email: c.email, since: live.decidedAt.toISOString() };
}

/** For the owning company's page of the candidate: every introduction and who gave it. */
export async function companyIntroductions(db: Db, actor: Actor, candidateId: string) {
  const c = await db.candidate.findUnique({ where: { id: candidateId }, select: { organizationId: true } });
  if (!c || !can(actor, "candidate:manage", { organizationId: c.organizationId })) return [];
  const [{ all }, waiting] = await Promise.all([
    introductionsOf(db, candidateId),
    db.candidateInquiry.findMany({
      where: { candidateId, wantsIntroduction: true, status: "OPEN" },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true, fromOrganization: { select: { name: true } } },
    }),
  ]);
  return [
    ...waiting.map((w) => ({
      id: w.id,
      employer: w.fromOrganization.name,
      at: w.createdAt.toISOString(),
      state: "waiting" as const,
      source: null,
    })),
    ...all.map((l) => ({
      id: l.id,
      employer: l.employer,
      at: l.at,
      state: l.withdrawnAt ? ("withdrawn" as const) : l.given ? ("given" as const) : ("refused" as const),
      source: l.source,
    })),
  ];
}
