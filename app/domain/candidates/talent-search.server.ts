import { fromEngine } from "~/domain/search/engine-call.server";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { mailMembers } from "~/domain/notifications/notifications.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { candidateInquiryMail } from "~/lib/mail-templates.server";
import { consumeLimits } from "~/lib/rate-limit.server";
import { indexFor } from "#search/registry.server";
import type { CandidateLanguage } from "./profile-options";
import { CANDIDATES_INDEX, toCandidateSearchDoc, type CandidateSearchDoc } from "./search-document";
import {
  meetsTalentFilters,
  TALENT_FACETS,
  talentIndexField,
  toTalentQuery,
  type TalentFacet,
  type TalentSearchParams,
} from "./talent-search-params";
import "~/lib/search-indexes.server";

const listed = { status: "ACTIVE", listingConsentAt: { not: null }, personalDataDeletedAt: null } as const;

/**
 * The anonymised profiles of the given candidates that are still listed, built from the database
 * now: the read-time gate of every employer-facing list that starts from the index. A withdrawn
 * listing drops the candidate; a withdrawn consent to share accommodation needs and sensitive
 * categories drops them from the profile, however old the indexed document is.
 */
export async function currentProfiles(db: Db, ids: string[]): Promise<Map<string, CandidateSearchDoc>> {
  if (!ids.length) return new Map();
  const rows = await db.candidate.findMany({
    where: { id: { in: ids }, ...listed },
    include: { organization: { select: { name: true } } },
  });
  return new Map(
    rows.map((c) => [c.id, toCandidateSearchDoc({ ...c, languages: c.languages as CandidateLanguage[] })]),
  );
}

/**
 * The anonymised talent search for employers and municipalities. Hits are checked against the
 * database before they are shown, so a withdrawn consent hides the profile even while the index
 * lags behind (the outbox worker, or an engine that was down), and each hit shows the profile as
 * it is now, which must still meet the query's filters.
 */
export async function searchTalent(db: Db, p: TalentSearchParams, perPage = 20) {
  const index = indexFor(db, CANDIDATES_INDEX);
  if (!index) throw new Error("candidates index is not registered");
  const found = await fromEngine("candidates", () => index.search(toTalentQuery(p, perPage)));
  if (!found.ok) return found;
  const result = found.value;
  const current = await currentProfiles(
    db,
    result.hits.map((h) => h.id),
  );
  const hits: { id: string; doc: CandidateSearchDoc; highlights: (typeof result.hits)[number]["highlights"] }[] = [];
  for (const h of result.hits) {
    const doc = current.get(h.id);
    if (doc && meetsTalentFilters(doc, p)) hits.push({ id: h.id, doc, highlights: h.highlights });
  }
  const facets = Object.fromEntries(TALENT_FACETS.map((f) => [f, result.facets[talentIndexField[f]] ?? []])) as Record<
    TalentFacet,
    { value: string; count: number }[]
  >;
  return ok({ ...result, total: result.total - (result.hits.length - hits.length), hits, facets });
}

/**
 * The anonymised profile an employer may open: built from the same whitelist as the search
 * document, read from the database (so it is never staler than the consent). Not found unless listed.
 */
export async function getAnonymisedProfile(db: Db, code: string): Promise<Result<CandidateSearchDoc>> {
  const c = await db.candidate.findFirst({
    where: { code, ...listed },
    include: { organization: { select: { name: true } } },
  });
  return c ? ok(toCandidateSearchDoc({ ...c, languages: c.languages as CandidateLanguage[] })) : notFound();
}

/**
 * "Ask about this candidate": reaches the owning company as an inquiry on the candidate's
 * timeline and a mail to its members. The employer learns nothing more by asking. Anyone with
 * the permission could make the app mail a company, so inquiries are limited per account and
 * per client address, counted before the candidate is looked up (probing codes counts too).
 */
export async function askAboutCandidate(
  db: Db,
  actor: Actor,
  inquiry: { code: string; message: string; ip: string },
  origin: string,
): Promise<Result<{ companyName: string }, "rateLimited">> {
  if (!can(actor, "talent:inquire")) return notFound();
  const gate = await consumeLimits(db, [
    ["inquiryMailUser", actor.userId],
    ["inquiryMailIp", inquiry.ip],
  ]);
  if (!gate.ok) return refuse("rateLimited", { detail: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } });
  const c = await db.candidate.findFirst({
    where: { code: inquiry.code, ...listed },
    select: { id: true, code: true, organizationId: true, organization: { select: { name: true } } },
  });
  if (!c) return notFound();
  const from = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
  await db.$transaction(async (tx) => {
    await tx.candidateInquiry.create({
      data: {
        candidateId: c.id,
        fromOrganizationId: actor.organizationId,
        fromUserId: actor.userId,
        message: inquiry.message,
      },
    });
    // No lastActivityAt: only the owning company's own work extends how long the data is kept.
    // An employer asking again and again must not keep a person's data alive.
    await tx.candidateEvent.create({
      data: {
        candidateId: c.id,
        type: "inquiry",
        actorUserId: null,
        metadata: { fromOrganizationId: actor.organizationId, from: from.name },
      },
    });
    await auditBy(tx, actor, { action: "candidate.inquiry", entityType: "Candidate", entityId: c.id });
  });
  await mailMembers(
    db,
    c.organizationId,
    (locale) =>
      candidateInquiryMail(locale, {
        code: c.code,
        from: from.name,
        message: inquiry.message,
        link: `${origin}/kandidater/henvendelser`,
      }),
    { candidateId: c.id },
  );
  return ok({ companyName: c.organization.name });
}

/** The inbox of inquiries about the actor's company's candidates, newest first. */
export async function listInquiries(db: Db, actor: Actor) {
  if (!can(actor, "candidate:manage")) return [];
  const rows = await db.candidateInquiry.findMany({
    where: { candidate: { organizationId: actor.organizationId } },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { candidate: { select: { id: true, code: true } }, fromOrganization: { select: { name: true } } },
  });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.fromUserId))] } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((r) => ({
    id: r.id,
    at: r.createdAt.toISOString(),
    candidateId: r.candidate.id,
    code: r.candidate.code,
    from: r.fromOrganization.name,
    fromPerson: byId.get(r.fromUserId)?.name ?? "",
    fromEmail: byId.get(r.fromUserId)?.email ?? "",
    message: r.message,
    status: r.status,
  }));
}

/** The company marks an inquiry about one of its candidates as answered. */
export async function markInquiryAnswered(db: Db, actor: Actor, id: string): Promise<Result> {
  const inquiry = await db.candidateInquiry.findUnique({
    where: { id },
    select: { id: true, status: true, candidate: { select: { organizationId: true } } },
  });
  if (!inquiry || !can(actor, "candidate:manage", { organizationId: inquiry.candidate.organizationId }))
    return notFound();
  if (inquiry.status !== "ANSWERED")
    await db.candidateInquiry.update({ where: { id }, data: { status: "ANSWERED", answeredAt: new Date() } });
  return ok();
}
