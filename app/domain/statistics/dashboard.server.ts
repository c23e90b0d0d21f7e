import { countyOf, municipalities } from "~/domain/municipalities/register";
import type { Db } from "~/lib/db.server";
import { osloToday } from "~/lib/dates";
import {
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
const later = (a: Reached, b: string): Reached => (STAGES.indexOf(b as Reached) > STAGES.indexOf(a) ? (b as Reached) : a);

/** Where a figure is about: one municipality, or every municipality of a county. */
export type Area = { kind: "municipality"; code: string } | { kind: "county"; code: string };

function areaCodes(area: Area): string[] {
  return area.kind === "municipality" ? [area.code] : municipalities.filter((m) => m.countyCode === area.code).map((m) => m.code);
}

export function countyArea(municipalityCode: string): Area | null {
  const county = countyOf(municipalityCode);
  return county ? { kind: "county", code: county.code } : null;
}

/**
 * The figures for one area and period, read from stored events only: openings, proposals and
 * the stage moves in the audit log, candidates' status and target groups (aggregated), orders.
 * No query here selects a name, an e-mail or a phone number.
 */
export async function dashboardData(db: Db, area: Area, period: Period, assumptions: SavingAssumptions, loadOrders: (codes: string[]) => Promise<OrderEvent[]> = async () => []) {
  const codes = areaCodes(area);
  const [openings, proposals, perCompany, orders] = await Promise.all([
    db.opening.findMany({
      where: { municipalityNumber: { in: codes }, OR: [{ publishedAt: { gte: period.from, lt: period.to } }, { closedAt: { gte: period.from, lt: period.to } }] },
      select: { kind: true, status: true, publishedAt: true, closedAt: true, reservedForInclusion: true },
    }),
    db.proposal.findMany({
      where: { opening: { municipalityNumber: { in: codes } }, OR: [{ createdAt: { gte: period.from, lt: period.to } }, { outcomeDate: { gte: period.from, lt: period.to } }] },
      select: { id: true, createdAt: true, stage: true, outcome: true, outcomeDate: true, meetingRequestedAt: true, measures: true, candidate: { select: { targetGroups: true } } },
    }),
    db.candidate.groupBy({ by: ["organizationId"], where: { municipalityNumber: { in: codes }, status: "ACTIVE" }, _count: { _all: true } }),
    loadOrders(codes),
  ]);
  // How far each proposal got: its stage now, or the furthest stage it was moved to before a rejection.
  const moves = proposals.some((p) => p.stage === "REJECTED")
    ? await db.auditEvent.findMany({ where: { action: "proposal.move", entityType: "Proposal", entityId: { in: proposals.filter((p) => p.stage === "REJECTED").map((p) => p.id) } }, select: { entityId: true, metadata: true } })
    : [];
  const furthest = new Map<string, Reached>();
  for (const m of moves) {
    const to = (m.metadata as { to?: string } | null)?.to ?? "PROPOSED";
    furthest.set(m.entityId, later(furthest.get(m.entityId) ?? "PROPOSED", to));
  }
  const events: ProposalEvent[] = proposals.map((p) => {
    let reached: Reached = p.stage === "REJECTED" ? (furthest.get(p.id) ?? "PROPOSED") : p.stage;
    if (p.meetingRequestedAt) reached = later(reached, "MEETING");
    return {
      // Days count on the Oslo calendar, like the outcome date.
      createdAt: new Date(`${osloToday(p.createdAt)}T00:00:00Z`),
      reached,
      hiredOn: p.outcome === "HIRED" ? p.outcomeDate : null,
      measures: ((p.measures ?? []) as { code: string }[]).map((m) => m.code),
      targetGroups: p.candidate.targetGroups,
    };
  });
  const companies = await db.organization.findMany({ where: { id: { in: perCompany.map((c) => c.organizationId) } }, select: { id: true, name: true } });
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return {
    openings: openingFigures(
      openings.map((o) => ({ kind: o.kind, publishedAt: o.publishedAt, filledAt: o.status === "FILLED" ? o.closedAt : null, reservedForInclusion: o.reservedForInclusion })),
      period,
    ),
    funnel: funnel(events, period),
    hiresByMeasure: hiresByMeasure(events, period),
    medianDaysToHire: medianDaysToHire(events, period),
    activePerCompany: activeCandidatesPerCompany(perCompany.map((c) => ({ company: names.get(c.organizationId) ?? "", active: c._count._all }))),
    procurement: procurementByQuarter(orders, period),
    saving: estimatedSaving(events, period, assumptions),
  };
}

export type DashboardData = Awaited<ReturnType<typeof dashboardData>>;
