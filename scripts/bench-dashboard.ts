import cliProgress from "cli-progress";
import type { Prisma } from "~/generated/prisma/client";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { loadDashboard } from "~/domain/statistics/dashboard-page.server";
import type { Db } from "~/lib/db.server";
import { pickMunicipality } from "./generate-candidates";
import { percentile } from "./lib/percentile";
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
  const bar = new cliProgress.SingleBar(
    { format: "events    [{bar}] {value}/{total}", stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const proposalsCount = Math.round(candidates * 0.6);
  bar.start(openings.length + candidates + proposalsCount, 0);
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

/** The member dashboard's data (municipality and county) for one municipality, timed `runs` times. */
export async function timeDashboard(
  db: Db,
  municipality: string,
  runs = 100,
  warmup = 10,
): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  const urls = ["period=year", "period=quarter", "period=custom&from=2026-03-01&to=2026-08-31"].map(
    (q) => new URL(`http://x/kommune/statistikk?${q}`),
  );
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    await loadDashboard(db, municipality, urls[i % urls.length] ?? urls[0]!, true);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
