import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/lib/db.server";
import { storedDay } from "~/lib/dates";
import { SHOWN_PER_SECTION, type Contact, type Section, type SourceKey } from "./items";

/**
 * Each source of work is one statement: the first items and, in the same rows, how many there are
 * in all (`count(*) OVER ()`), so the page costs one query per section however much waits.
 */
type Row = { id: string; title: string; subtitle: string | null; state: string | null; at: Date | null; total: number };

function section(source: SourceKey, rows: Row[]): Section {
  return {
    source,
    count: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      subtitle: r.subtitle,
      state: r.state,
      day: r.at ? storedDay(r.at) : null,
    })),
  };
}

const LIMIT = SHOWN_PER_SECTION;

/** New proposals to the organisation's openings that nobody has looked at yet. */
export async function newProposals(db: Db, organizationId: string): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, o.title, c.code AS subtitle, NULL AS state, p."createdAt" AS at, count(*) OVER ()::int AS total
      FROM "Proposal" p JOIN "Opening" o ON o.id = p."openingId" JOIN "Candidate" c ON c.id = p."candidateId"
     WHERE o."organizationId" = ${organizationId} AND p.stage = 'PROPOSED'
     ORDER BY p."createdAt" DESC LIMIT ${LIMIT}`;
  return section("newProposals", rows);
}

/** Which party of a proposal the organisation is: the employer owns the opening, the company proposed. */
export type Side = "employer" | "company";

/** The proposals where the organisation is that party: one indexed condition, never an OR of both. */
const partyIs = (side: Side, organizationId: string) =>
  side === "employer"
    ? Prisma.sql`o."organizationId" = ${organizationId}`
    : Prisma.sql`p."companyId" = ${organizationId}`;

/**
 * Meetings the employer asked for that are not arranged yet: the company arranges them, the
 * employer moves the proposal on once they are. Both sides see the same rows.
 */
export async function meetingRequests(db: Db, organizationId: string, side: Side): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, o.title, c.code AS subtitle, NULL AS state, p."meetingRequestedAt" AS at, count(*) OVER ()::int AS total
      FROM "Proposal" p JOIN "Opening" o ON o.id = p."openingId" JOIN "Candidate" c ON c.id = p."candidateId"
     WHERE ${partyIs(side, organizationId)}
       AND p."meetingRequestedAt" IS NOT NULL AND p.stage IN ('PROPOSED', 'SHORTLISTED')
     ORDER BY p."meetingRequestedAt" LIMIT ${LIMIT}`;
  return section("meetingRequests", rows);
}

/** Proposals whose last message came from the other party: an answer is due. */
export async function messages(db: Db, organizationId: string, side: Side): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, o.title, c.code AS subtitle, NULL AS state, m."createdAt" AS at, count(*) OVER ()::int AS total
      FROM "Proposal" p JOIN "Opening" o ON o.id = p."openingId" JOIN "Candidate" c ON c.id = p."candidateId"
      JOIN LATERAL (SELECT "authorOrganizationId", "createdAt" FROM "ProposalMessage"
                     WHERE "proposalId" = p.id ORDER BY "createdAt" DESC LIMIT 1) m ON true
     WHERE ${partyIs(side, organizationId)}
       AND m."authorOrganizationId" <> ${organizationId} AND p.stage <> 'REJECTED'
     ORDER BY m."createdAt" DESC LIMIT ${LIMIT}`;
  return section("messages", rows);
}

/** Orders the organisation bought that are delivered (to accept) or accepted (to pay). */
export async function ordersForBuyer(db: Db, organizationId: string): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.id, t.title, s.name AS subtitle, r.status::text AS state,
           coalesce(r."acceptedAt", r."deliveredAt") AS at, count(*) OVER ()::int AS total
      FROM "Order" r JOIN "Opening" t ON t.id = r."taskId" JOIN "Organization" s ON s.id = r."companyId"
     WHERE r."buyerId" = ${organizationId} AND r.status IN ('DELIVERED', 'ACCEPTED')
     ORDER BY at LIMIT ${LIMIT}`;
  return section("ordersForBuyer", rows);
}

/** Orders the organisation supplies that are awarded or in delivery. */
export async function ordersToDeliver(db: Db, organizationId: string): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.id, t.title, b.name AS subtitle, r.status::text AS state,
           coalesce(r."deliveryStartedAt", r."awardedAt") AS at, count(*) OVER ()::int AS total
      FROM "Order" r JOIN "Opening" t ON t.id = r."taskId" JOIN "Organization" b ON b.id = r."buyerId"
     WHERE r."companyId" = ${organizationId} AND r.status IN ('AWARDED', 'IN_DELIVERY')
     ORDER BY at LIMIT ${LIMIT}`;
  return section("ordersToDeliver", rows);
}

/** Disputes the other side opened that this organisation's admin must answer. */
export async function disputes(db: Db, organizationId: string): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.id, t.title, NULL AS subtitle, d."openedBySide"::text AS state, d."openedAt" AS at, count(*) OVER ()::int AS total
      FROM "OrderDispute" d JOIN "Order" r ON r.id = d."orderId" JOIN "Opening" t ON t.id = r."taskId"
     WHERE d.status = 'OPEN'
       AND ((r."buyerId" = ${organizationId} AND d."openedBySide" = 'COMPANY')
         OR (r."companyId" = ${organizationId} AND d."openedBySide" = 'BUYER'))
     ORDER BY d."openedAt" LIMIT ${LIMIT}`;
  return section("disputes", rows);
}

/** The organisation's tasks with quotes in and none awarded, soonest deadline first. */
export async function quotesToEvaluate(db: Db, organizationId: string): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.id, t.title, q.n::text AS subtitle, NULL AS state, t."quoteDeadline" AS at, count(*) OVER ()::int AS total
      FROM "Opening" t
      JOIN LATERAL (SELECT count(*)::int AS n FROM "Quote" WHERE "taskId" = t.id AND status = 'SUBMITTED') q ON q.n > 0
     WHERE t."organizationId" = ${organizationId} AND t.kind = 'TASK'
       AND NOT EXISTS (SELECT 1 FROM "Quote" a WHERE a."taskId" = t.id AND a.status = 'AWARDED')
     ORDER BY t."quoteDeadline" NULLS LAST LIMIT ${LIMIT}`;
  return section("quotesToEvaluate", rows);
}

/** Employers' questions about the company's candidates that are not answered yet. */
export async function inquiries(db: Db, organizationId: string): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT i.id, c.code AS title, f.name AS subtitle, NULL AS state, i."createdAt" AS at, count(*) OVER ()::int AS total
      FROM "CandidateInquiry" i JOIN "Candidate" c ON c.id = i."candidateId" JOIN "Organization" f ON f.id = i."fromOrganizationId"
     WHERE c."organizationId" = ${organizationId} AND i.status = 'OPEN'
     ORDER BY i."createdAt" LIMIT ${LIMIT}`;
  return section("inquiries", rows);
}

/** Days ahead that a quote deadline counts as closing soon. */
export const CLOSING_WITHIN_DAYS = 14;

/**
 * Published tasks of other buyers whose quote deadline is within two weeks and that the
 * organisation has not quoted on. Reserved tasks are listed only for inclusion companies, the only
 * ones who may quote on them (the quote itself checks that again, with the registers).
 */
export async function tasksClosing(
  db: Db,
  organizationId: string,
  { today, mayQuoteReserved }: { today: string; mayQuoteReserved: boolean },
): Promise<Section> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.id, t.title, b.name AS subtitle, NULL AS state, t."quoteDeadline" AS at, count(*) OVER ()::int AS total
      FROM "Opening" t JOIN "Organization" b ON b.id = t."organizationId"
     WHERE t.kind = 'TASK' AND t.status = 'PUBLISHED' AND t."organizationId" <> ${organizationId}
       AND t."quoteDeadline" >= ${today}::date AND t."quoteDeadline" < ${today}::date + ${CLOSING_WITHIN_DAYS}::int
       AND (${mayQuoteReserved} OR NOT t."reservedForInclusion")
       AND NOT EXISTS (SELECT 1 FROM "Quote" q WHERE q."taskId" = t.id AND q."companyId" = ${organizationId})
     ORDER BY t."quoteDeadline", t.id LIMIT ${LIMIT}`;
  return section("tasksClosing", rows);
}

/** The employer's contact person at each inclusion company it has live proposals from. */
export async function contacts(db: Db, organizationId: string): Promise<Contact[]> {
  return db.$queryRaw<Contact[]>`
    SELECT DISTINCT ON (p."companyId") s.name AS company, p."contactPerson" AS "contactPerson"
      FROM "Proposal" p JOIN "Opening" o ON o.id = p."openingId" JOIN "Organization" s ON s.id = p."companyId"
     WHERE o."organizationId" = ${organizationId} AND p.stage <> 'REJECTED'
     ORDER BY p."companyId", p."updatedAt" DESC
     LIMIT 20`;
}
