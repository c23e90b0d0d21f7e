import type { Opening, Prisma } from "~/generated/prisma/client";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { notFound, ok, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { dayToStored } from "~/lib/dates";
import { enqueueIndexWrite } from "#search/outbox.server";
import type { OpeningInput } from "./opening-schema";
import { OPENINGS_INDEX, toOpeningSearchDoc } from "./search-document";
import { isTrainingKind } from "./opening-kinds";

type Tx = Prisma.TransactionClient;

const date = (v: string | undefined) => (v ? dayToStored(v) : null);
const ore = (nok: number | undefined) => (nok === undefined ? null : nok * 100);

function columns(input: OpeningInput) {
  const task = input.kind === "TASK";
  const training = isTrainingKind(input.kind);
  const summer = input.kind === "SUMMER_JOB";
  const dated = summer || input.kind === "WORK_PLACEMENT";
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    occupationCode: input.occupationCode,
    municipalityNumber: input.municipalityNumber,
    address: input.address || null,
    hoursPerWeek: input.hoursPerWeek,
    extent: input.extent,
    startDate: date(input.startDate),
    applicationDeadline: date(input.applicationDeadline),
    positions: input.positions,
    norwegianLevel: input.norwegianLevel,
    licenceClass: input.licenceClass,
    skills: input.skills,
    accommodations: input.accommodations,
    accommodationNote: input.accommodationNote || null,
    measures: input.measures,
    budgetMinOre: task ? ore(input.budgetMinNok) : null,
    budgetMaxOre: task ? ore(input.budgetMaxNok) : null,
    deliveryStart: task ? date(input.deliveryStart) : null,
    deliveryEnd: task ? date(input.deliveryEnd) : null,
    deliveryPlace: task ? input.deliveryPlace || null : null,
    reservedForInclusion: task && input.reservedForInclusion,
    quoteDeadline: task ? date(input.quoteDeadline) : null,
    requiredDocuments: task ? input.requiredDocuments : [],
    serviceArea: task ? (input.serviceArea ?? null) : null,
    contractTerms: task ? input.contractTerms : [],
    // Each youth kind keeps only its own fields, so a kind changed in an edit leaves no stale facts.
    programmeArea: training ? (input.programmeArea ?? null) : null,
    tradeCode: training ? (input.tradeCode ?? null) : null,
    trainingMonths: training ? (input.trainingMonths ?? null) : null,
    approvedTrainingCompany: training && input.approvedTrainingCompany,
    endDate: dated ? date(input.endDate) : null,
    ageMin: summer ? (input.ageMin ?? null) : null,
    ageMax: summer ? (input.ageMax ?? null) : null,
  };
}

/** Keeps the public index in step with the opening, in the same transaction (outbox). */
async function syncIndex(tx: Tx, openingId: string): Promise<void> {
  const o = await tx.opening.findUniqueOrThrow({
    where: { id: openingId },
    include: { organization: { select: { name: true } } },
  });
  if (o.status === "PUBLISHED") {
    await enqueueIndexWrite(tx, {
      indexName: OPENINGS_INDEX,
      documentId: o.id,
      op: "UPSERT",
      payload: toOpeningSearchDoc(o),
    });
  } else {
    await enqueueIndexWrite(tx, { indexName: OPENINGS_INDEX, documentId: o.id, op: "DELETE" });
  }
}

export async function createOpening(db: Db, actor: Actor, input: OpeningInput) {
  return db.$transaction(async (tx) => {
    const opening = await tx.opening.create({
      data: { ...columns(input), organizationId: actor.organizationId, createdById: actor.userId },
    });
    await auditBy(tx, actor, { action: "opening.create", entityType: "Opening", entityId: opening.id });
    return opening;
  });
}

/**
 * An opening the actor may manage (the permission table says: members of the owning
 * organisation); another tenant's id is "not found", so its existence is not revealed.
 */
async function findOwn(db: Db | Tx, actor: Actor, id: string): Promise<Opening | null> {
  const o = await db.opening.findUnique({ where: { id } });
  return o && can(actor, "opening:update", { organizationId: o.organizationId }) ? o : null;
}

export async function findOwnOpening(db: Db, actor: Actor, id: string): Promise<Result<Opening>> {
  const o = await findOwn(db, actor, id);
  return o ? ok(o) : notFound();
}

/** Edits of a published opening are kept as versions: which fields changed, by whom, when. */
export async function updateOpening(db: Db, actor: Actor, id: string, input: OpeningInput): Promise<Result<Opening>> {
  return db.$transaction(async (tx) => {
    const before = await findOwn(tx, actor, id);
    if (!before) return notFound();
    const next = columns(input);
    const after = await tx.opening.update({ where: { id }, data: next });
    if (before.status === "PUBLISHED") {
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of Object.keys(next) as (keyof typeof next)[]) {
        const from = before[key];
        const to = after[key];
        if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
      }
      if (Object.keys(changes).length) {
        const version = (await tx.openingVersion.count({ where: { openingId: id } })) + 1;
        await tx.openingVersion.create({
          data: { openingId: id, version, changedBy: actor.userId, changes: changes as Prisma.InputJsonValue },
        });
      }
      await syncIndex(tx, id);
    }
    return ok(after);
  });
}

async function setStatus(
  db: Db,
  actor: Actor,
  id: string,
  status: "PUBLISHED" | "CLOSED" | "FILLED",
  action: string,
): Promise<Result<Opening>> {
  return db.$transaction(async (tx) => {
    const found = await findOwn(tx, actor, id);
    if (!found) return notFound();
    const now = new Date();
    const opening = await tx.opening.update({
      where: { id },
      data: {
        status,
        publishedAt: status === "PUBLISHED" ? (found.publishedAt ?? now) : found.publishedAt,
        closedAt: status === "PUBLISHED" ? null : now,
      },
    });
    await syncIndex(tx, id);
    await auditBy(tx, actor, { action, entityType: "Opening", entityId: id });
    return ok(opening);
  });
}

export const publishOpening = (db: Db, actor: Actor, id: string) =>
  setStatus(db, actor, id, "PUBLISHED", "opening.publish");
export const closeOpening = (db: Db, actor: Actor, id: string) => setStatus(db, actor, id, "CLOSED", "opening.close");
export const markOpeningFilled = (db: Db, actor: Actor, id: string) =>
  setStatus(db, actor, id, "FILLED", "opening.fill");

/** A copy as a new draft, for posting the same job again. */
export async function duplicateOpening(db: Db, actor: Actor, id: string): Promise<Result<Opening>> {
  const source = await findOwn(db, actor, id);
  if (!source) return notFound();
  const {
    id: _id,
    status: _s,
    publishedAt: _p,
    closedAt: _c,
    createdAt: _ca,
    updatedAt: _u,
    createdById: _cb,
    organizationId,
    title,
    ...rest
  } = source;
  return ok(
    await db.opening.create({ data: { ...rest, organizationId, title: `${title} (kopi)`, createdById: actor.userId } }),
  );
}

/** The scheduled job: published openings whose application deadline has passed (Oslo date). */
export async function expireOpenings(db: Db, today: string): Promise<number> {
  const due = await db.opening.findMany({
    where: { status: "PUBLISHED", applicationDeadline: { lt: dayToStored(today) } },
    select: { id: true },
  });
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      await tx.opening.update({ where: { id }, data: { status: "EXPIRED", closedAt: new Date() } });
      await syncIndex(tx, id);
    });
  }
  return due.length;
}

/** The actor's organisation's openings, drafts and published first. */
export function listOrganizationOpenings(db: Db, actor: Actor) {
  return db.opening.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
  });
}

/** Every published opening, in batches, for `npm run search:reindex`. */
export async function* publishedOpeningsForIndex(db: Db, batchSize = 500) {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.opening.findMany({
      where: { status: "PUBLISHED" },
      include: { organization: { select: { name: true } } },
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (!rows.length) return;
    yield rows.map(toOpeningSearchDoc);
    cursor = rows.at(-1)?.id;
  }
}

/** The edit history of an opening: which fields changed, by whom, when. */
export async function listOpeningVersions(db: Db, openingId: string) {
  const versions = await db.openingVersion.findMany({ where: { openingId }, orderBy: { version: "desc" } });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(versions.map((v) => v.changedBy))] } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return versions.map((v) => ({
    version: v.version,
    at: v.createdAt.toISOString(),
    by: names.get(v.changedBy) ?? "",
    fields: Object.keys(v.changes as Record<string, unknown>),
  }));
}
