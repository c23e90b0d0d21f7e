import type { Prisma } from "~/generated/prisma/client";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { loadDashboard } from "~/domain/statistics/dashboard-page.server";
import { parseDashboardParams, periodOf } from "~/domain/statistics/dashboard-params";
import { closeDb, type Db } from "~/lib/db.server";
import { pickMunicipality } from "./generate-candidates";
import { freshBenchDb, peakRssMb, progressBar, ratio, round } from "./lib/bench-db";
import { timeInTurn } from "./lib/timing";
import { seededRandom } from "./lib/random";

/**
 * One year of synthetic events for `candidates` candidates: companies, employers, openings,
 * candidates, proposals with their outcomes and stage moves. Inserted with createMany in
 * batches; ids are deterministic so a run is the same every time.
 */
export async function seedDashboardEvents(db: Db, candidates: number, seed = 5): Promise<{ municipality: string }> {
  const rnd = seededRandom(seed);
  const year = Date.UTC(2026, 0, 1);
  const day = 86_400_000;
  const at = () => new Date(year + Math.floor(rnd.next() * 330) * day + Math.floor(rnd.next() * day));
  const orgs: Prisma.OrganizationCreateManyInput[] = [];
  for (let i = 0; i < 40; i++)
    orgs.push({
      id: `bc-${i}`,
      kind: "INCLUSION_COMPANY",
      orgNumber: makeValidOrgNumber(700_000 + i),
      name: `Inkludering ${i} AS`,
      municipalityNumber: pickMunicipality(rnd).code,
      approved: true,
    });
  for (let i = 0; i < 400; i++)
    orgs.push({
      id: `be-${i}`,
      kind: "EMPLOYER",
      orgNumber: makeValidOrgNumber(800_000 + i),
      name: `Arbeidsgiver ${i} AS`,
      municipalityNumber: pickMunicipality(rnd).code,
      approved: true,
    });
  await db.organization.createMany({ data: orgs });
  await db.user.create({ data: { id: "bench-user", email: "bench@x.no", name: "Bench", passwordHash: "x" } });

  const openings: Prisma.OpeningCreateManyInput[] = Array.from({ length: Math.round(candidates / 10) }, (_, i) => {
    const published = at();
    const filled = rnd.next() < 0.3;
    return {
      id: `bo-${i}`,
      organizationId: `be-${i % 400}`,
      kind: rnd.next() < 0.2 ? "TASK" : "JOB",
      status: filled ? "FILLED" : "PUBLISHED",
      title: "Stilling",
      description: "Beskrivelse av stillingen.",
      occupationCode: "9112",
      municipalityNumber: pickMunicipality(rnd).code,
      hoursPerWeek: 30,
      extent: "PART_TIME",
      reservedForInclusion: rnd.next() < 0.1,
      publishedAt: published,
      closedAt: filled ? new Date(published.getTime() + 30 * day) : null,
      createdById: "bench-user",
    };
  });
  const proposalsCount = Math.round(candidates * 0.6);
  const bar = progressBar("events", openings.length + candidates + proposalsCount);
  for (let i = 0; i < openings.length; i += 2000) {
    await db.opening.createMany({ data: openings.slice(i, i + 2000) });
    bar.increment(Math.min(2000, openings.length - i));
  }
  const groups = ["UNDER_30", "OVER_50", "CV_GAP", "NEWLY_ARRIVED", "VTA_AFT"];
  for (let i = 0; i < candidates; i += 5000) {
    const batch: Prisma.CandidateCreateManyInput[] = Array.from({ length: Math.min(5000, candidates - i) }, (_, k) => ({
      id: `bk-${i + k}`,
      organizationId: `bc-${(i + k) % 40}`,
      code: `B-${i + k}`,
      occupationCodes: ["9112"],
      municipalityNumber: pickMunicipality(rnd).code,
      hoursPerWeek: 20,
      status: rnd.next() < 0.7 ? "ACTIVE" : "PLACED",
      targetGroups: rnd.some(groups, 2),
      measures: [],
    }));
    await db.candidate.createMany({ data: batch });
    bar.increment(batch.length);
  }
  const stages = ["PROPOSED", "SHORTLISTED", "MEETING", "TRIAL", "HIRED", "REJECTED"] as const;
  for (let i = 0; i < proposalsCount; i += 5000) {
    const batch: Prisma.ProposalCreateManyInput[] = [];
    const moves: Prisma.AuditEventCreateManyInput[] = [];
    for (let k = 0; k < Math.min(5000, proposalsCount - i); k++) {
      const n = i + k;
      const stage = rnd.pick(stages);
      const created = at();
      const outcome =
        stage === "HIRED" ? "HIRED" : stage === "TRIAL" ? "TRIAL" : stage === "REJECTED" ? "NOT_HIRED" : null;
      batch.push({
        id: `bp-${n}`,
        openingId: `bo-${Math.floor(rnd.next() * openings.length)}`,
        candidateId: `bk-${n % candidates}`,
        companyId: `bc-${(n % candidates) % 40}`,
        createdById: "bench-user",
        measures: [
          {
            code: rnd.pick(["MIDLERTIDIG_LONNSTILSKUDD", "VARIG_LONNSTILSKUDD", "MENTOR", "ARBEIDSTRENING"]),
            percent: null,
            months: 6,
            reducedWorkCapacity: false,
          },
        ],
        followUpFrequency: "WEEKLY",
        contactPerson: "Coach",
        message: "Forslag",
        estimatedMonthlyWageOre: 3_000_000,
        stage,
        outcome,
        outcomeDate: outcome
          ? new Date(
              `${new Date(created.getTime() + Math.floor(rnd.next() * 60) * day).toISOString().slice(0, 10)}T00:00:00Z`,
            )
          : null,
        createdAt: created,
      });
      if (stage === "REJECTED")
        moves.push({
          action: "proposal.move",
          entityType: "Proposal",
          entityId: `bp-${n}`,
          metadata: { from: "PROPOSED", to: rnd.pick(["SHORTLISTED", "MEETING"]) },
        });
    }
    // Several proposals of one candidate to one opening would break the unique key: skip those.
    await db.proposal.createMany({ data: batch, skipDuplicates: true });
    await db.auditEvent.createMany({ data: moves });
    bar.increment(batch.length);
  }
  bar.stop();
  return { municipality: "4601" };
}

const dashboardUrls = ["period=year", "period=quarter", "period=custom&from=2026-03-01&to=2026-08-31"].map(
  (q) => new URL(`http://x/kommune/statistikk?${q}`),
);

const periodOfUrl = (i: number) => dashboardUrls[i % dashboardUrls.length]!;

/**
 * The floor: one aggregate pass over the municipality's events for the period, a single GROUP BY
 * over the event tables the dashboard reads (openings published or closed in the period, and the
 * proposals created or decided in it, found through their opening's municipality, with the same
 * period conditions). Any dashboard must at least read these rows once; the dashboard adds the
 * per-proposal details (measures, target groups, stage moves), the active candidates per company,
 * the orders and the county comparison.
 */
function dashboardFloor(db: Db, municipality: string, url: URL) {
  const period = periodOf(parseDashboardParams(url));
  return db.$queryRawUnsafe<{ kind: string; key: string; n: number }[]>(
    `SELECT kind, key, count(*)::int AS n FROM (
       SELECT 'opening' AS kind, o.status::text AS key
         FROM "Opening" o
        WHERE o."municipalityNumber" = $1
          AND ((o."publishedAt" >= $2 AND o."publishedAt" < $3) OR (o."closedAt" >= $2 AND o."closedAt" < $3))
       UNION ALL
       SELECT 'proposal', p.stage::text
         FROM "Proposal" p JOIN "Opening" o ON o.id = p."openingId"
        WHERE o."municipalityNumber" = $1
          AND ((p."createdAt" >= $2 AND p."createdAt" < $3) OR (p."outcomeDate" >= $2 AND p."outcomeDate" < $3))
     ) events
     GROUP BY kind, key`,
    municipality,
    period.from,
    period.to,
  );
}

/**
 * The member dashboard's data (municipality and county) and its floor, `runs` times each after
 * `warmup`, in turn (timeInTurn), cycling through a year, a quarter and a custom period.
 */
export function timeDashboard(db: Db, municipality: string, runs = 100, warmup = 10) {
  return timeInTurn("dashboard", [
    {
      name: "dashboard",
      warmup,
      runs,
      run: (i) => loadDashboard(db, municipality, periodOfUrl(i), true).then(() => {}),
    },
    { name: "floor", warmup, runs, run: (i) => dashboardFloor(db, municipality, periodOfUrl(i)).then(() => {}) },
    // Without the county comparison: shows how much of the page the county's ten times more rows cost.
    {
      name: "municipality only",
      warmup,
      runs,
      run: (i) => loadDashboard(db, municipality, periodOfUrl(i), false).then(() => {}),
    },
  ]);
}

/**
 * The member dashboard (municipality + county) over one year of events for 50 000 candidates,
 * and its floor (dashboardFloor) on the same data in the same run.
 */
export async function dashboardBench(): Promise<void> {
  const candidates = Number(process.env.BENCH_CANDIDATES ?? 50_000);
  const { db, database } = freshBenchDb("bench-dashboard");
  try {
    const { municipality } = await seedDashboardEvents(db, candidates);
    await db.$executeRawUnsafe("ANALYZE");
    const timing = await timeDashboard(db, municipality);
    const { p50, p95 } = timing["dashboard"]!;
    const floor = timing["floor"]!;
    const r = ratio(p95, floor.p95);
    console.log(
      JSON.stringify({
        bench: "dashboard",
        database,
        candidates,
        municipality,
        p50_ms: round(p50),
        p95_ms: round(p95),
        floor_p95_ms: round(floor.p95),
        without_county_p95_ms: round(timing["municipality only"]!.p95),
        ratio: r,
        budget_ok: r <= 4,
        peak_rss_mb: peakRssMb(),
      }),
    );
  } finally {
    await closeDb(db);
  }
}
