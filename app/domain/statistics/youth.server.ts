import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { notFound, ok, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { addDays, osloMidnight } from "~/lib/dates";
import { people, publicPeople, type Audience, type PeopleCount } from "./figures";

/**
 * The 0–24 view of the dashboard: young candidates proposed and hired, apprenticeships (and
 * training-candidate places) started, summer jobs published. "Young" is the age band UNDER_25 or
 * a birth year that makes the person 24 or younger in the period's last year. Counts of people
 * follow the dashboard's rules (figures.ts): members see 1–4 as "< 5", the public bands of 5.
 * Only counts leave the database; no row about a person is read.
 */
export type YouthFigures = {
  proposed: PeopleCount;
  hired: PeopleCount;
  apprenticeshipsStarted: PeopleCount;
  /** Openings, not people: shown as they are */
  summerJobs: number;
};

export type YouthCounts = { proposed: number; hired: number; apprenticeshipsStarted: number; summerJobs: number };

export function youthFigures(c: YouthCounts, audience: Audience): YouthFigures {
  const count = audience === "public" ? publicPeople : people;
  return {
    proposed: count(c.proposed),
    hired: count(c.hired),
    apprenticeshipsStarted: count(c.apprenticeshipsStarted),
    summerJobs: c.summerJobs,
  };
}

/** The counts for one municipality and a period of Oslo days (inclusive). */
export async function youthCounts(
  db: Db,
  municipalityNumber: string,
  fromDay: string,
  toDay: string,
): Promise<YouthCounts> {
  const from = osloMidnight(fromDay);
  const to = osloMidnight(addDays(toDay, 1));
  const lastYear = Number(toDay.slice(0, 4));
  const [row] = await db.$queryRawUnsafe<YouthCounts[]>(
    `WITH young AS (
       SELECT p.id, p."createdAt", p.outcome, p."outcomeDate", o.kind::text AS kind
         FROM "Proposal" p
         JOIN "Opening" o ON o.id = p."openingId"
         JOIN "Candidate" c ON c.id = p."candidateId"
        WHERE o."municipalityNumber" = $1
          AND ('UNDER_25' = ANY(c."targetGroups") OR ($4::int - c."birthYear") <= 24))
     SELECT (SELECT count(*)::int FROM young WHERE "createdAt" >= $2 AND "createdAt" < $3) AS proposed,
            (SELECT count(*)::int FROM young WHERE outcome = 'HIRED' AND "outcomeDate" >= $2 AND "outcomeDate" < $3) AS hired,
            (SELECT count(*)::int FROM "Proposal" p JOIN "Opening" o ON o.id = p."openingId"
              WHERE o."municipalityNumber" = $1 AND o.kind IN ('APPRENTICESHIP', 'TRAINING_CANDIDATE')
                AND p.outcome = 'HIRED' AND p."outcomeDate" >= $2 AND p."outcomeDate" < $3) AS "apprenticeshipsStarted",
            (SELECT count(*)::int FROM "Opening"
              WHERE "municipalityNumber" = $1 AND kind = 'SUMMER_JOB' AND "publishedAt" >= $2 AND "publishedAt" < $3) AS "summerJobs"`,
    municipalityNumber,
    from,
    to,
    lastYear,
  );
  return row ?? { proposed: 0, hired: 0, apprenticeshipsStarted: 0, summerJobs: 0 };
}

/** The member's own municipality only, like the rest of the dashboard. */
export async function memberYouthFigures(
  db: Db,
  actor: Actor,
  municipalityNumber: string,
  days: { fromDay: string; toDay: string },
): Promise<Result<YouthFigures>> {
  if (!can(actor, "statistics:read")) return notFound();
  return ok(youthFigures(await youthCounts(db, municipalityNumber, days.fromDay, days.toDay), "member"));
}
