import { countyOf, municipalities } from "~/domain/municipalities/register";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import type { Db } from "~/lib/db.server";
import { osloToday } from "~/lib/dates";
import { hireSubsidyOre, hiresByEmployer, netSaving, retention, type HireEvent } from "./follow-up-figures";
import {
  people,
  SUPPRESS_BELOW,
  type Audience,
  type PeopleCount,
  activeCandidatesPerCompany,
  estimatedSaving,
  funnel,
  hiresByMeasure,
  medianDaysToHire,
  openingFigures,
  procurementByQuarter,
  type OrderEvent,
  type Period,
  type ProposalEvent,
  type SavingAssumptions,
} from "./figures";

const STAGES = ["PROPOSED", "SHORTLISTED", "MEETING", "TRIAL", "HIRED"] as const;
type Reached = (typeof STAGES)[number];
const later = (a: Reached, b: string): Reached =>
  STAGES.indexOf(b as Reached) > STAGES.indexOf(a) ? (b as Reached) : a;

/** Where a figure is about: one municipality, or every municipality of a county. */
export type Area = { kind: "municipality"; code: string } | { kind: "county"; code: string };

function areaCodes(area: Area): string[] {
  return area.kind === "municipality"
    ? [area.code]
    : municipalities.filter((m) => m.countyCode === area.code).map((m) => m.code);
}

export function countyArea(municipalityCode: string): Area | null {
  const county = countyOf(municipalityCode);
  return county ? { kind: "county", code: county.code } : null;
}

type DashboardOptions = {
  /** Who the figures are for: members get exact counts (1–4 suppressed), the public bands of 5 */
  audience?: Audience;
  loadOrders?: (codes: string[]) => Promise<OrderEvent[]>;
  /** The Oslo day retention is counted up to (a 6-month mark in the future has not been reached) */
  today?: string;
};

/**
 * The figures for one area and period, read from stored events only: openings, proposals and
 * the stage moves in the audit log, candidates' status and target groups (aggregated), orders.
 * No query here selects a name, an e-mail or a phone number. The per-company breakdown is for
 * members only and is not even read for the public.
 */
export async function dashboardData(
  db: Db,
  area: Area,
  period: Period,
  assumptions: SavingAssumptions,
  { audience = "member", loadOrders = async () => [], today = osloToday() }: DashboardOptions = {},
) {
  const codes = areaCodes(area);
  const [openings, proposals, perCompany, orders, checkIns] = await Promise.all([
    db.opening.findMany({
      where: {
        municipalityNumber: { in: codes },
        OR: [{ publishedAt: { gte: period.from, lt: period.to } }, { closedAt: { gte: period.from, lt: period.to } }],
      },
      select: { kind: true, status: true, publishedAt: true, closedAt: true, reservedForInclusion: true },
    }),
    // One statement: each proposal with its measure codes, its candidate's target groups and,
    // for a rejection, the furthest stage it had been moved to (from the audit log).
    db.$queryRawUnsafe<
      {
        createdDay: string;
        stage: string;
        outcome: string | null;
        outcomeDate: Date | null;
        met: boolean;
        measures: string[] | null;
        targetGroups: string[];
        furthest: number | null;
        package: PackageMeasureInput[];
        wage: number;
        zone: string;
        byMunicipality: boolean;
      }[]
    >(
      `SELECT to_char((p."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS "createdDay", p.stage::text AS stage, p.outcome, p."outcomeDate",
              p."meetingRequestedAt" IS NOT NULL AS met,
              ARRAY(SELECT m->>'code' FROM jsonb_array_elements(p.measures) m) AS measures,
              p.measures AS package, p."estimatedMonthlyWageOre" AS wage, p."employerTaxZone" AS zone,
              (e.kind = 'MUNICIPALITY' AND e."municipalityNumber" = o."municipalityNumber") AS "byMunicipality",
              c."targetGroups",
              CASE WHEN p.stage = 'REJECTED' THEN (
                SELECT max(array_position($4::text[], a.metadata->>'to')) FROM "AuditEvent" a
                 WHERE a."entityType" = 'Proposal' AND a."entityId" = p.id AND a.action = 'proposal.move') END AS furthest
         FROM "Proposal" p
         JOIN "Opening" o ON o.id = p."openingId"
         JOIN "Organization" e ON e.id = o."organizationId"
         JOIN "Candidate" c ON c.id = p."candidateId"
        WHERE o."municipalityNumber" = ANY($1::text[])
          AND ((p."createdAt" >= $2 AND p."createdAt" < $3) OR (p."outcomeDate" >= $2 AND p."outcomeDate" < $3))`,
      codes,
      period.from,
      period.to,
      [...STAGES],
    ),
    audience === "member"
      ? db.candidate.groupBy({
          by: ["organizationId"],
          where: { municipalityNumber: { in: codes }, status: "ACTIVE" },
          _count: { _all: true },
        })
      : Promise.resolve([]),
    loadOrders(codes),
    // The 6- and 12-month check-ins due in the period: whether the hire was still employed.
    db.hireCheckIn.findMany({
      where: {
        month: { in: [6, 12] },
        dueOn: { gte: period.from, lt: period.to },
        proposal: { opening: { municipalityNumber: { in: codes } } },
      },
      select: { month: true, dueOn: true, stillEmployed: true },
    }),
  ]);
  const events: ProposalEvent[] = proposals.map((p) => {
    let reached: Reached =
      p.stage === "REJECTED" ? (STAGES[(p.furthest ?? 1) - 1] ?? "PROPOSED") : (p.stage as Reached);
    if (p.met) reached = later(reached, "MEETING");
    return {
      // Days count on the Oslo calendar, like the outcome date.
      createdAt: new Date(`${p.createdDay}T00:00:00Z`),
      reached,
      hiredOn: p.outcome === "HIRED" ? p.outcomeDate : null,
      measures: p.measures ?? [],
      targetGroups: p.targetGroups,
    };
  });
  const hires: HireEvent[] = proposals
    .filter((p) => p.outcome === "HIRED" && p.outcomeDate)
    .map((p) => ({
      hiredOn: p.outcomeDate,
      byMunicipality: p.byMunicipality,
      targetGroups: p.targetGroups,
      // Only members see the net saving; the public page never computes a subsidy.
      subsidyOre:
        audience === "member" && p.outcomeDate
          ? hireSubsidyOre(
              { measures: p.package, monthlyWageOre: p.wage, employerTaxZone: p.zone },
              p.outcomeDate,
              assumptions.months,
            )
          : null,
    }));
  const saving = estimatedSaving(events, period, assumptions, audience);
  const companies = await db.organization.findMany({
    where: { id: { in: perCompany.map((c) => c.organizationId) } },
    select: { id: true, name: true },
  });
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return {
    openings: openingFigures(
      openings.map((o) => ({
        kind: o.kind,
        publishedAt: o.publishedAt,
        filledAt: o.status === "FILLED" ? o.closedAt : null,
        reservedForInclusion: o.reservedForInclusion,
      })),
      period,
    ),
    funnel: funnel(events, period, audience),
    hiresByMeasure: hiresByMeasure(events, period, audience),
    medianDaysToHire: medianDaysToHire(events, period),
    activePerCompany: activeCandidatesPerCompany(
      perCompany.map((c) => ({ company: names.get(c.organizationId) ?? "", active: c._count._all })),
    ),
    procurement: procurementByQuarter(orders, period),
    saving,
    retention: retention(checkIns, period, today, audience),
    hiresByEmployer: hiresByEmployer(hires, period, audience),
    netSaving: audience === "member" ? netSaving(saving, hires, period) : null,
  };
}

export type DashboardData = Awaited<ReturnType<typeof dashboardData>>;

export type AreaSummary = {
  published: number;
  proposed: PeopleCount;
  hired: PeopleCount;
  medianDaysToHire: number | null;
};

/**
 * The few figures of the county comparison, aggregated in SQL: a county has ten times the rows of
 * a municipality, and the comparison needs counts, not events. Same rules as figures.ts (Oslo days,
 * suppression under 5, no median of fewer than 5); the integration test checks both agree.
 */
export async function areaSummary(db: Db, area: Area, period: Period): Promise<AreaSummary> {
  const codes = areaCodes(area);
  const [row] = await db.$queryRawUnsafe<
    { published: number; proposed: number; hired: number; median: number | null }[]
  >(
    `WITH p AS (
       SELECT (to_char((p."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD'))::date AS created, p."createdAt", p.outcome, p."outcomeDate"
         FROM "Proposal" p JOIN "Opening" o ON o.id = p."openingId"
        WHERE o."municipalityNumber" = ANY($1::text[])
          AND ((p."createdAt" >= $2 AND p."createdAt" < $3) OR (p."outcomeDate" >= $2 AND p."outcomeDate" < $3))),
     hires AS (SELECT "outcomeDate"::date - created AS days FROM p WHERE outcome = 'HIRED' AND "outcomeDate" >= $2 AND "outcomeDate" < $3)
     SELECT (SELECT count(*)::int FROM "Opening" WHERE "municipalityNumber" = ANY($1::text[]) AND "publishedAt" >= $2 AND "publishedAt" < $3) AS published,
            (SELECT count(*)::int FROM p WHERE "createdAt" >= $2 AND "createdAt" < $3) AS proposed,
            (SELECT count(*)::int FROM hires) AS hired,
            (SELECT CASE WHEN count(*) >= ${SUPPRESS_BELOW} THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY days) END FROM hires) AS median`,
    codes,
    period.from,
    period.to,
  );
  return {
    published: row?.published ?? 0,
    proposed: people(row?.proposed ?? 0),
    hired: people(row?.hired ?? 0),
    medianDaysToHire: row?.median ?? null,
  };
}
