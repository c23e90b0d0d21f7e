import type { CandidateSelf } from "~/auth/candidate-session.server";
import { recordAudit } from "~/domain/audit/audit.server";
import {
  exportCandidateData,
  giveConsentAsCandidate,
  withdrawConsentAsCandidate,
} from "~/domain/candidates/candidates.server";
import { accommodationsForEmployer, measuresForEmployer } from "~/domain/candidates/employer-view";
import type { CandidateLanguage, ConsentKind } from "~/domain/candidates/profile-options";
import { toCandidateSearchDoc } from "~/domain/candidates/search-document";
import { notifyMembers, mailMembers } from "~/domain/notifications/notifications.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { osloToday } from "~/lib/dates";
import { erasureRequestMail } from "./candidate-page-mails.server";
import { erasureDeadline } from "./erasure-deadline";
import { introductionsOf } from "./introductions.server";

/**
 * The candidate's own page: what they see and do with the session their link gave them. Every
 * function takes the session's candidate (CandidateSelf) and nothing else names a candidate, so a
 * candidate can never reach another's record.
 */
export async function loadOwnPage(db: Db, self: CandidateSelf) {
  const c = await db.candidate.findUnique({
    where: { id: self.candidateId },
    include: { organization: { select: { name: true } } },
  });
  if (!c || c.personalDataDeletedAt) return notFound();
  const forIndex = { ...c, languages: c.languages as CandidateLanguage[] };
  const [consents, inquiries, introductions] = await Promise.all([
    db.candidateConsent.findMany({ where: { candidateId: c.id }, orderBy: { recordedAt: "desc" } }),
    db.candidateInquiry.findMany({
      where: { candidateId: c.id },
      orderBy: { createdAt: "desc" },
      include: { fromOrganization: { select: { id: true, name: true } } },
    }),
    introductionsOf(db, c.id),
  ]);
  const inForce = (kind: ConsentKind) => consents.some((x) => x.kind === kind && !x.withdrawnAt);
  const answered = new Map(introductions.answers.map((a) => [a.employerOrganizationId, a]));
  return ok({
    code: c.code,
    company: c.organization.name,
    listed: c.status === "ACTIVE" && Boolean(c.listingConsentAt),
    active: c.status === "ACTIVE",
    /** Exactly what an employer is shown now, built by the same whitelist as the search. */
    preview: toCandidateSearchDoc(forIndex),
    /** What sharing would add to it: accommodation categories and the sensitive measures. */
    sharingAdds: {
      accommodations: accommodationsForEmployer(c.accommodations, true),
      measures: c.measures.filter((m) => !measuresForEmployer(c.measures, false).includes(m)),
    },
    consents: {
      LISTING: inForce("LISTING"),
      SHARE_ACCOMMODATIONS: inForce("SHARE_ACCOMMODATIONS"),
    } satisfies Record<ConsentKind, boolean>,
    history: consents.map((x) => ({
      id: x.id,
      kind: x.kind,
      source: x.source,
      givenOn: x.givenOn.toISOString().slice(0, 10),
      withdrawnAt: x.withdrawnAt?.toISOString() ?? null,
      withdrawnVia: x.withdrawnVia,
    })),
    asked: inquiries.map((i) => {
      const answer = answered.get(i.fromOrganization.id);
      return {
        id: i.id,
        employer: i.fromOrganization.name,
        at: i.createdAt.toISOString(),
        wantsIntroduction: i.wantsIntroduction,
        answer: answer ? (answer.given && !answer.withdrawnAt ? "yes" : "no") : null,
      };
    }),
    introduced: introductions.introduced,
    erasureRequestedAt: c.erasureRequestedAt?.toISOString() ?? null,
    erasureDeadline: c.erasureRequestedAt ? erasureDeadline(c.erasureRequestedAt) : null,
  });
}

export type OwnPage = Extract<Awaited<ReturnType<typeof loadOwnPage>>, { ok: true }>["value"];

/** Yes or no to one consent: yes gives it (through the link), no withdraws it at once if it was in force. */
export async function answerConsent(
  db: Db,
  self: CandidateSelf,
  kind: ConsentKind,
  answer: "yes" | "no",
): Promise<Result<null, "personalDataDeleted" | "listingFirst">> {
  if (answer === "no") {
    const held = await db.candidateConsent.count({ where: { candidateId: self.candidateId, kind, withdrawnAt: null } });
    return withdrawConsentAsCandidate(db, self.candidateId, kind, held ? "withdraw" : "refuse");
  }
  // Sharing is about the listed profile: without the listing there is nothing to share it with.
  if (kind === "SHARE_ACCOMMODATIONS") {
    const listing = await db.candidateConsent.count({
      where: { candidateId: self.candidateId, kind: "LISTING", withdrawnAt: null },
    });
    if (!listing) return refuse("listingFirst");
  }
  return giveConsentAsCandidate(db, self.candidateId, kind, osloToday());
}

/** The candidate's data as the company's export has it (GDPR art. 15/20), audited as the candidate's own. */
export async function exportOwnData(db: Db, self: CandidateSelf) {
  return exportCandidateData(db, self.candidateId, { source: "CANDIDATE_LINK" });
}

/**
 * The candidate asks to be erased. The company must act within one month (GDPR art. 12(3)): its
 * members are told in the app and by mail, and its page of the candidate shows the deadline.
 * Asking again changes nothing (the first request starts the month).
 */
export async function requestErasure(db: Db, self: CandidateSelf, origin: string): Promise<Result> {
  const c = await db.candidate.findUnique({
    where: { id: self.candidateId },
    select: { id: true, code: true, organizationId: true, erasureRequestedAt: true, personalDataDeletedAt: true },
  });
  if (!c || c.personalDataDeletedAt) return notFound();
  if (c.erasureRequestedAt) return ok();
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.candidate.update({ where: { id: c.id }, data: { erasureRequestedAt: now } });
    await tx.candidateEvent.create({
      data: { candidateId: c.id, type: "erasure.requested", metadata: { source: "CANDIDATE_LINK" } },
    });
    await recordAudit(tx, {
      actorUserId: null,
      actorOrganizationId: c.organizationId,
      action: "candidate.erasure.request",
      entityType: "Candidate",
      entityId: c.id,
      metadata: { source: "CANDIDATE_LINK" },
    });
  });
  const deadline = erasureDeadline(now);
  const path = `/kandidater/${c.id}`;
  await notifyMembers(db, c.organizationId, { kind: "erasureRequested", params: { code: c.code, deadline }, path });
  await mailMembers(
    db,
    c.organizationId,
    (locale) => erasureRequestMail(locale, { code: c.code, deadline, link: `${origin}${path}` }),
    { candidateId: c.id },
  );
  return ok();
}
