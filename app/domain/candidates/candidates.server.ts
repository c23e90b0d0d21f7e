import { randomInt } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { CandidateStatus, ConsentSource } from "~/generated/prisma/enums";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy, recordAudit } from "~/domain/audit/audit.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { enqueueIndexWrite } from "#search/outbox.server";
import { indexFor, tenantIndexFor } from "#search/registry.server";
import { languagesOf, type CandidateInput } from "./candidate-schema";
import type { CandidateLanguage, ConsentKind } from "./profile-options";
import { CANDIDATES_INDEX, toCandidateSearchDoc } from "./search-document";
import "~/lib/search-indexes.server";

type Tx = Prisma.TransactionClient;

const date = (v: string | undefined) => (v ? new Date(`${v}T00:00:00Z`) : null);

function profileColumns(input: CandidateInput) {
  return {
    fullName: input.fullName,
    birthYear: input.birthYear ?? null,
    phone: input.phone || null,
    email: input.email || null,
    notes: input.notes || null,
    occupationCodes: input.occupationCodes,
    skills: input.skills,
    summary: input.summary,
    municipalityNumber: input.municipalityNumber,
    travelMode: input.travelMode,
    workMunicipalities: input.travelMode === "LISTED" ? input.workMunicipalities : [],
    hoursPerWeek: input.hoursPerWeek,
    earliestStart: date(input.earliestStart),
    norwegianLevel: input.norwegianLevel,
    languages: languagesOf(input) as Prisma.InputJsonValue,
    licences: input.licences.filter((l) => l !== "NONE"),
    accommodations: input.accommodations,
    targetGroups: input.targetGroups,
    measures: input.measures,
  };
}

/** A pseudonym employers can quote: K- and five digits, never derived from the person. */
export function newCandidateCode(): string {
  return `K-${randomInt(10_000, 100_000)}`;
}

const forIndex = { organization: { select: { name: true } } } as const;

/** Listed exactly while the candidate is active and a listing consent is in force. */
async function syncIndex(tx: Tx, candidateId: string): Promise<void> {
  const c = await tx.candidate.findUniqueOrThrow({ where: { id: candidateId }, include: forIndex });
  if (c.status === "ACTIVE" && c.listingConsentAt && !c.personalDataDeletedAt) {
    const doc = toCandidateSearchDoc({ ...c, languages: c.languages as CandidateLanguage[] });
    await enqueueIndexWrite(tx, { indexName: CANDIDATES_INDEX, documentId: c.id, op: "UPSERT", payload: doc });
  } else {
    await enqueueIndexWrite(tx, { indexName: CANDIDATES_INDEX, documentId: c.id, op: "DELETE" });
  }
}

/**
 * Withdrawal must take the profile out of search at once, not when the worker next runs. The
 * outbox row written in the transaction stays the guarantee if the engine is down now.
 */
async function removeFromIndexNow(db: Db, candidateId: string): Promise<void> {
  try {
    await indexFor(db, CANDIDATES_INDEX)?.delete([candidateId]);
  } catch (err) {
    logger.warn({ err, candidateId }, "candidate not removed from the search index yet; the outbox retries");
  }
}

/**
 * Withdrawing the consent to share accommodation needs and sensitive categories must take them
 * out of the index at once too (facets and filters of the talent search read the index): the
 * current document is written directly. The outbox row of the transaction stays the guarantee.
 */
async function reindexNow(db: Db, candidateId: string): Promise<void> {
  try {
    const c = await db.candidate.findUnique({ where: { id: candidateId }, include: forIndex });
    const index = indexFor(db, CANDIDATES_INDEX);
    if (c && c.status === "ACTIVE" && c.listingConsentAt && !c.personalDataDeletedAt)
      await index?.upsert([toCandidateSearchDoc({ ...c, languages: c.languages as CandidateLanguage[] })]);
    else await index?.delete([candidateId]);
  } catch (err) {
    logger.warn({ err, candidateId }, "candidate not re-indexed yet; the outbox retries");
  }
}

/**
 * A line on the timeline. `ownActivity` says whether the owning company did it: only that resets
 * the retention clock (lastActivityAt), so that a third party – an employer moving a proposal or
 * asking about the person – can never extend how long their personal data is kept.
 */
async function addEvent(
  tx: Tx,
  candidateId: string,
  type: string,
  actorUserId: string | null,
  metadata: Prisma.InputJsonValue | undefined,
  ownActivity: boolean,
) {
  await tx.candidateEvent.create({ data: { candidateId, type, actorUserId, metadata } });
  if (ownActivity) await tx.candidate.update({ where: { id: candidateId }, data: { lastActivityAt: new Date() } });
}

/** Whether the user acts for the company that owns the candidate (other capabilities call in with a user only). */
async function isOwningMember(tx: Tx, candidateId: string, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const c = await tx.candidate.findUnique({ where: { id: candidateId }, select: { organizationId: true } });
  if (!c) return false;
  return Boolean(
    await tx.membership.findUnique({
      where: { userId_organizationId: { userId, organizationId: c.organizationId } },
      select: { id: true },
    }),
  );
}

export async function createCandidate(db: Db, actor: Actor, input: CandidateInput) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const c = await tx.candidate.create({
          data: {
            ...profileColumns(input),
            code: newCandidateCode(),
            organizationId: actor.organizationId,
            createdById: actor.userId,
          },
        });
        await addEvent(tx, c.id, "created", actor.userId, undefined, true);
        const consent = { givenOn: input.consentGivenOn ?? "", method: input.consentMethod ?? "IN_MEETING" } as const;
        if (input.listingConsent) await giveConsent(tx, recordedBy(actor), c.id, { kind: "LISTING", ...consent });
        if (input.shareAccommodationsConsent)
          await giveConsent(tx, recordedBy(actor), c.id, { kind: "SHARE_ACCOMMODATIONS", ...consent });
        await syncIndex(tx, c.id);
        await auditBy(tx, actor, { action: "candidate.create", entityType: "Candidate", entityId: c.id });
        return c;
      });
    } catch (err) {
      // A code already taken: draw again (90 000 codes; collisions are rare but possible).
      if (attempt < 5 && err instanceof Error && /Unique constraint|code/.test(err.message)) continue;
      throw err;
    }
  }
}

/**
 * A candidate the actor may manage (the permission table says: members of the owning company);
 * anyone else's is "not found". No audit here: see viewCandidate.
 */
async function findOwn(
  db: Db | Tx,
  actor: Actor,
  id: string,
  action: "candidate:manage" | "candidate:erase" = "candidate:manage",
) {
  const c = await db.candidate.findUnique({ where: { id } });
  return c && can(actor, action, { organizationId: c.organizationId }) ? c : null;
}

/** Whether the actor may manage this candidate (it exists and belongs to their company); reads no personal data. */
export async function isOwnCandidate(db: Db, actor: Actor, id: string): Promise<boolean> {
  const c = await db.candidate.findUnique({ where: { id }, select: { organizationId: true } });
  return Boolean(c && can(actor, "candidate:manage", { organizationId: c.organizationId }));
}

/**
 * The whole record, personal part included, for a member of the owning company, with who
 * recorded each consent. Every call is a view of personal data and is audited; routes must read
 * candidates through this.
 */
export async function viewCandidate(db: Db, actor: Actor, id: string, purpose: "view" | "edit" = "view") {
  const c = await findOwn(db, actor, id);
  if (!c) return notFound();
  await auditBy(db, actor, { action: `candidate.personal.${purpose}`, entityType: "Candidate", entityId: c.id });
  const consents = await db.candidateConsent.findMany({ where: { candidateId: id }, orderBy: { recordedAt: "desc" } });
  const recorders = await db.user.findMany({
    where: { id: { in: [...new Set(consents.flatMap((x) => (x.recordedById ? [x.recordedById] : [])))] } },
    select: { id: true, name: true },
  });
  const names = new Map(recorders.map((u) => [u.id, u.name]));
  return ok({
    ...c,
    languages: c.languages as CandidateLanguage[],
    consents: consents.map((x) => ({ ...x, recordedBy: x.recordedById ? (names.get(x.recordedById) ?? "") : "" })),
  });
}

export type CandidateRecord = Extract<Awaited<ReturnType<typeof viewCandidate>>, { ok: true }>["value"];

export async function updateCandidate(
  db: Db,
  actor: Actor,
  id: string,
  input: CandidateInput,
): Promise<Result<{ id: string }, "personalDataDeleted">> {
  return db.$transaction(async (tx) => {
    const before = await findOwn(tx, actor, id);
    if (!before) return notFound();
    if (before.personalDataDeletedAt) return refuse("personalDataDeleted");
    const next = profileColumns(input);
    const after = await tx.candidate.update({ where: { id }, data: next });
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    await addEvent(tx, id, "updated", actor.userId, { fields: changed }, true);
    await syncIndex(tx, id);
    return ok({ id });
  });
}

export async function setCandidateStatus(
  db: Db,
  actor: Actor,
  id: string,
  status: CandidateStatus,
): Promise<Result<null, "personalDataDeleted">> {
  const done = await db.$transaction(async (tx): Promise<Result<null, "personalDataDeleted">> => {
    const before = await findOwn(tx, actor, id);
    if (!before) return notFound();
    // A record emptied by retention or erasure can only be archived.
    if (before.personalDataDeletedAt && status !== "ARCHIVED") return refuse("personalDataDeleted");
    if (before.status === status) return ok();
    await tx.candidate.update({ where: { id }, data: { status } });
    await addEvent(tx, id, "status", actor.userId, { from: before.status, to: status }, true);
    await syncIndex(tx, id);
    return ok();
  });
  if (done.ok && status !== "ACTIVE") await removeFromIndexNow(db, id);
  return done;
}

export type ConsentInput = { kind: ConsentKind; givenOn: string; method: string };

/**
 * Who gives or withdraws a consent (issue 18): the candidate through their own link, or a member
 * of the owning company recording a consent given on paper or orally. Every consent record and
 * every audit event of a consent change carries it.
 */
export type ConsentAuthor = { source: ConsentSource; userId: string | null; organizationId: string };

const recordedBy = (actor: Actor): ConsentAuthor => ({
  source: "COMPANY_RECORDED",
  userId: actor.userId,
  organizationId: actor.organizationId,
});

/** The method stored on a consent the candidate gave on their own page. */
export const CANDIDATE_LINK_METHOD = "CANDIDATE_LINK";

async function giveConsent(tx: Tx, by: ConsentAuthor, candidateId: string, input: ConsentInput) {
  await tx.candidateConsent.updateMany({
    where: { candidateId, kind: input.kind, withdrawnAt: null },
    data: { withdrawnAt: new Date(), withdrawnById: by.userId, withdrawnVia: by.source },
  });
  await tx.candidateConsent.create({
    data: {
      candidateId,
      kind: input.kind,
      givenOn: new Date(`${input.givenOn}T00:00:00Z`),
      method: input.method,
      recordedById: by.userId,
      source: by.source,
    },
  });
  const now = new Date();
  await tx.candidate.update({
    where: { id: candidateId },
    data: input.kind === "LISTING" ? { listingConsentAt: now } : { accommodationConsentAt: now },
  });
  // Only the company's own work keeps the data longer (retention); the candidate's answers do not.
  await addEvent(
    tx,
    candidateId,
    "consent.given",
    by.userId,
    { kind: input.kind, method: input.method, source: by.source },
    by.source === "COMPANY_RECORDED",
  );
}

async function auditConsent(
  tx: Tx,
  by: ConsentAuthor,
  candidateId: string,
  change: "give" | "withdraw" | "refuse",
  kind: ConsentKind,
) {
  await recordAudit(tx, {
    actorUserId: by.userId,
    actorOrganizationId: by.organizationId,
    action: `candidate.consent.${change}`,
    entityType: "Candidate",
    entityId: candidateId,
    metadata: { kind, source: by.source },
  });
}

export async function recordConsent(
  db: Db,
  actor: Actor,
  id: string,
  input: ConsentInput,
): Promise<Result<null, "personalDataDeleted">> {
  return db.$transaction(async (tx) => {
    const c = await findOwn(tx, actor, id);
    if (!c) return notFound();
    if (c.personalDataDeletedAt) return refuse("personalDataDeleted");
    await giveConsent(tx, recordedBy(actor), id, input);
    await syncIndex(tx, id);
    await auditConsent(tx, recordedBy(actor), id, "give", input.kind);
    return ok();
  });
}

/**
 * The candidate gives a consent on their own page (the caller has checked their session is for
 * this candidate). Dated today in Oslo, method and source "through the link".
 */
export async function giveConsentAsCandidate(
  db: Db,
  candidateId: string,
  kind: ConsentKind,
  today: string,
): Promise<Result<null, "personalDataDeleted">> {
  return db.$transaction(async (tx) => {
    const c = await tx.candidate.findUnique({ where: { id: candidateId } });
    if (!c) return notFound();
    if (c.personalDataDeletedAt) return refuse("personalDataDeleted");
    const by = candidateAuthor(c.organizationId);
    await giveConsent(tx, by, candidateId, { kind, givenOn: today, method: CANDIDATE_LINK_METHOD });
    await syncIndex(tx, candidateId);
    await auditConsent(tx, by, candidateId, "give", kind);
    return ok();
  });
}

const candidateAuthor = (organizationId: string): ConsentAuthor => ({
  source: "CANDIDATE_LINK",
  userId: null,
  organizationId,
});

/**
 * Withdrawing the listing consent also ends the sharing one (accommodation needs and sensitive
 * categories): it was given together with the listing, and a conservative reading is safer.
 */
export async function withdrawConsent(db: Db, actor: Actor, id: string, kind: ConsentKind): Promise<Result> {
  const own = await findOwn(db, actor, id);
  if (!own) return notFound();
  return endConsent(db, recordedBy(actor), id, kind, "withdraw");
}

/** The candidate withdraws (or says no to) a consent on their own page: it ends at once, as the company's withdrawal does. */
export async function withdrawConsentAsCandidate(
  db: Db,
  candidateId: string,
  kind: ConsentKind,
  change: "withdraw" | "refuse" = "withdraw",
): Promise<Result<null, never>> {
  const c = await db.candidate.findUnique({ where: { id: candidateId }, select: { organizationId: true } });
  if (!c) return notFound();
  return endConsent(db, candidateAuthor(c.organizationId), candidateId, kind, change);
}

async function endConsent(
  db: Db,
  by: ConsentAuthor,
  id: string,
  kind: ConsentKind,
  change: "withdraw" | "refuse",
): Promise<Result<null, never>> {
  const done = await db.$transaction(async (tx) => {
    const c = await tx.candidate.findUnique({ where: { id }, select: { id: true } });
    if (!c) return false;
    const kinds: ConsentKind[] = kind === "LISTING" ? ["LISTING", "SHARE_ACCOMMODATIONS"] : ["SHARE_ACCOMMODATIONS"];
    await tx.candidateConsent.updateMany({
      where: { candidateId: id, kind: { in: kinds }, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnById: by.userId, withdrawnVia: by.source },
    });
    await tx.candidate.update({
      where: { id },
      data:
        kind === "LISTING"
          ? { listingConsentAt: null, accommodationConsentAt: null }
          : { accommodationConsentAt: null },
    });
    await addEvent(
      tx,
      id,
      change === "refuse" ? "consent.refused" : "consent.withdrawn",
      by.userId,
      { kind, source: by.source },
      by.source === "COMPANY_RECORDED",
    );
    await syncIndex(tx, id);
    await auditConsent(tx, by, id, change, kind);
    return true;
  });
  if (!done) return notFound();
  if (kind === "LISTING") await removeFromIndexNow(db, id);
  else await reindexNow(db, id);
  return ok();
}

export type CandidateListFilters = {
  status?: CandidateStatus;
  occupationCode?: string;
  listed?: "yes" | "no";
  q?: string;
};

/**
 * The company's list. Names are personal data: one audit event per list view names which
 * candidates were shown (ids only).
 */
export async function listOwnCandidates(db: Db, actor: Actor, filters: CandidateListFilters) {
  const q = filters.q?.trim();
  // Words also search the listed profiles (occupation, skills, experience, with typo tolerance)
  // through the company's tenant view of the index: it can only ever return this company's own.
  const profileHits = q && !/^K-\d/i.test(q) ? await ownProfileSearch(db, actor.organizationId, q) : [];
  const rows = await db.candidate.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(filters.status ? { status: filters.status } : { status: { not: "ARCHIVED" } }),
      ...(filters.occupationCode ? { occupationCodes: { has: filters.occupationCode } } : {}),
      ...(filters.listed === "yes"
        ? { listingConsentAt: { not: null } }
        : filters.listed === "no"
          ? { listingConsentAt: null }
          : {}),
      ...(q
        ? {
            OR: [
              { fullName: { contains: q, mode: "insensitive" } },
              { code: { contains: q, mode: "insensitive" } },
              { id: { in: profileHits } },
            ],
          }
        : {}),
    },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      id: true,
      code: true,
      fullName: true,
      status: true,
      occupationCodes: true,
      municipalityNumber: true,
      hoursPerWeek: true,
      listingConsentAt: true,
      personalDataDeletedAt: true,
      updatedAt: true,
    },
  });
  if (rows.length) {
    await auditBy(db, actor, {
      action: "candidate.personal.list",
      entityType: "CandidateList",
      entityId: actor.organizationId,
      metadata: { candidateIds: rows.map((r) => r.id) },
    });
  }
  return rows;
}

async function ownProfileSearch(db: Db, organizationId: string, q: string): Promise<string[]> {
  try {
    const result = await tenantIndexFor(db, CANDIDATES_INDEX, { field: "companyId", value: organizationId })?.search({
      q,
      perPage: 100,
    });
    return result?.hits.map((h) => h.id) ?? [];
  } catch (err) {
    // The name and code search still answers when the engine does not.
    logger.warn({ err }, "own-candidate profile search failed");
    return [];
  }
}

export type TimelineEntry = { at: string; type: string; actor: string; metadata: Record<string, unknown> };

/** Events and inquiries, newest first, with the acting person's name (a colleague, never the candidate). */
export async function candidateTimeline(db: Db, candidateId: string): Promise<TimelineEntry[]> {
  const events = await db.candidateEvent.findMany({ where: { candidateId }, orderBy: { at: "desc" }, take: 200 });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(events.map((e) => e.actorUserId).filter((x): x is string => Boolean(x)))] } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return events.map((e) => ({
    at: e.at.toISOString(),
    type: e.type,
    actor: e.actorUserId ? (names.get(e.actorUserId) ?? "") : "",
    metadata: (e.metadata ?? {}) as Record<string, unknown>,
  }));
}

/** Everything stored about one candidate, as JSON, for a request under GDPR art. 15/20. Audited. */
export async function exportCandidate(db: Db, actor: Actor, id: string) {
  const c = await findOwn(db, actor, id);
  if (!c) return notFound();
  await auditBy(db, actor, { action: "candidate.export", entityType: "Candidate", entityId: id });
  return ok(await exportOf(db, c));
}

/**
 * The same export for the candidate themself, from their own page (the caller has checked that
 * their session is for this candidate). Audited with its source.
 */
export async function exportCandidateData(db: Db, id: string, by: { source: "CANDIDATE_LINK" }) {
  const c = await db.candidate.findUnique({ where: { id } });
  if (!c) return notFound();
  await recordAudit(db, {
    actorUserId: null,
    actorOrganizationId: c.organizationId,
    action: "candidate.export",
    entityType: "Candidate",
    entityId: id,
    metadata: { source: by.source },
  });
  return ok(await exportOf(db, c));
}

async function exportOf(db: Db, c: NonNullable<Awaited<ReturnType<Db["candidate"]["findUnique"]>>>) {
  const id = c.id;
  const [consents, events, inquiries, introductions] = await Promise.all([
    db.candidateConsent.findMany({ where: { candidateId: id }, orderBy: { recordedAt: "asc" } }),
    db.candidateEvent.findMany({ where: { candidateId: id }, orderBy: { at: "asc" } }),
    db.candidateInquiry.findMany({
      where: { candidateId: id },
      orderBy: { createdAt: "asc" },
      include: { fromOrganization: { select: { name: true } } },
    }),
    db.candidateIntroduction.findMany({ where: { candidateId: id }, orderBy: { decidedAt: "asc" } }),
  ]);
  const employers = await db.organization.findMany({
    where: { id: { in: [...new Set(introductions.map((i) => i.employerOrganizationId))] } },
    select: { id: true, name: true },
  });
  const employerName = new Map(employers.map((o) => [o.id, o.name]));
  const { organizationId: _o, createdById: _c, ...candidate } = c;
  return {
    exportedAt: new Date().toISOString(),
    candidate,
    consents: consents.map(({ candidateId: _id, ...rest }) => rest),
    introductions: introductions.map(({ candidateId: _id, employerOrganizationId, ...rest }) => ({
      employer: employerName.get(employerOrganizationId) ?? "",
      ...rest,
    })),
    timeline: events.map(({ candidateId: _id, ...rest }) => rest),
    inquiries: inquiries.map((i) => ({
      at: i.createdAt,
      from: i.fromOrganization.name,
      message: i.message,
      wantsIntroduction: i.wantsIntroduction,
      status: i.status,
    })),
  };
}

/** Erasure on request (admins of the owning company): the record and everything hanging on it; the audit log keeps ids only. */
export async function eraseCandidate(db: Db, actor: Actor, id: string): Promise<Result> {
  const done = await db.$transaction(async (tx) => {
    const c = await findOwn(tx, actor, id, "candidate:erase");
    if (!c) return false;
    await enqueueIndexWrite(tx, { indexName: CANDIDATES_INDEX, documentId: id, op: "DELETE" });
    // Stored mail about the person (inquiries, proposal notices). The foreign key cascades too;
    // deleting here says so where erasure is read.
    await tx.emailMessage.deleteMany({ where: { candidateId: id } });
    await tx.candidate.delete({ where: { id } });
    await auditBy(tx, actor, { action: "candidate.erase", entityType: "Candidate", entityId: id });
    return true;
  });
  if (!done) return notFound();
  await removeFromIndexNow(db, id);
  return ok();
}

/**
 * The retention job: candidates with no activity of the owning company for `months` lose their
 * personal part, free-text profile and the stored mail about them; what is left (occupations, municipality, measures, target groups, dates)
 * is anonymous and feeds the statistics. They leave the search index.
 */
export async function applyRetention(db: Db, options: { months: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - options.months);
  const due = await db.candidate.findMany({
    where: { lastActivityAt: { lt: cutoff }, personalDataDeletedAt: null },
    select: { id: true, organizationId: true },
  });
  for (const { id, organizationId } of due) {
    await db.$transaction(async (tx) => {
      await tx.candidate.update({
        where: { id },
        data: {
          fullName: null,
          birthYear: null,
          phone: null,
          email: null,
          notes: null,
          summary: "",
          skills: [],
          personalDataDeletedAt: now,
          status: "ARCHIVED",
          listingConsentAt: null,
          accommodationConsentAt: null,
        },
      });
      await tx.candidateConsent.updateMany({
        where: { candidateId: id, withdrawnAt: null },
        data: { withdrawnAt: now },
      });
      // Free text about the person outside the record goes too: proposal letters, their threads
      // and inquiries. Stages, measures and dates stay for the statistics.
      await tx.proposal.updateMany({
        where: { candidateId: id },
        data: { message: "", introConsentAt: null, introConsentMethod: null },
      });
      await tx.proposalMessage.deleteMany({ where: { proposal: { candidateId: id } } });
      await tx.candidateInquiry.updateMany({ where: { candidateId: id }, data: { message: "" } });
      // The company's notes of needs at its check-ins after a hire are free text about the person.
      await tx.hireCheckIn.updateMany({ where: { proposal: { candidateId: id } }, data: { needs: "" } });
      // The stored copies of mail about the person: an inquiry mail quotes the employer's message.
      await tx.emailMessage.deleteMany({ where: { candidateId: id } });
      await tx.candidateEvent.create({
        data: { candidateId: id, type: "retention", metadata: { months: options.months } },
      });
      await syncIndex(tx, id);
      await recordAudit(tx, {
        actorUserId: null,
        actorOrganizationId: organizationId,
        action: "candidate.retention",
        entityType: "Candidate",
        entityId: id,
        metadata: { months: options.months },
      });
    });
    await removeFromIndexNow(db, id);
  }
  return due.length;
}

/** Who looked at or exported the company's candidates' personal data, newest first. */
export async function listCandidateAudit(db: Db, organizationId: string, take = 200) {
  const ids = (await db.candidate.findMany({ where: { organizationId }, select: { id: true, code: true } })).map(
    (c) => c,
  );
  const codes = new Map(ids.map((c) => [c.id, c.code]));
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Candidate", entityId: { in: [...codes.keys()] } },
        { entityType: "CandidateList", entityId: organizationId },
      ],
    },
    orderBy: { at: "desc" },
    take,
  });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(events.map((e) => e.actorUserId).filter((x): x is string => Boolean(x)))] } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    action: e.action,
    who: e.actorUserId ? (names.get(e.actorUserId) ?? "") : "",
    code: e.entityType === "Candidate" ? (codes.get(e.entityId) ?? null) : null,
  }));
}

/**
 * A hire recorded by the employer on a proposal: the candidate is placed and leaves the search.
 * The company's own status buttons use setCandidateStatus; this one is driven by the outcome.
 */
export async function markCandidatePlaced(db: Db, candidateId: string, byUserId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { status: true } });
    if (before.status === "PLACED") return;
    await tx.candidate.update({ where: { id: candidateId }, data: { status: "PLACED" } });
    await addEvent(
      tx,
      candidateId,
      "status",
      byUserId,
      { from: before.status, to: "PLACED" },
      await isOwningMember(tx, candidateId, byUserId),
    );
    await syncIndex(tx, candidateId);
  });
  await removeFromIndexNow(db, candidateId);
}

/**
 * A line on the candidate's timeline written by another capability (proposals). It counts as
 * activity only when the owning company acted (proposing, recording an introduction consent),
 * not when the employer did (moving the proposal in its pipeline).
 */
export async function recordCandidateEvent(
  db: Db,
  candidateId: string,
  type: string,
  actorUserId: string | null,
  metadata?: Prisma.InputJsonValue,
): Promise<void> {
  await db.$transaction(async (tx) =>
    addEvent(tx, candidateId, type, actorUserId, metadata, await isOwningMember(tx, candidateId, actorUserId)),
  );
}
