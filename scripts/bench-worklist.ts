import type { Actor } from "~/auth/actor";
import type { RoleKey } from "~/auth/permissions";
import { listOwnCandidates } from "~/domain/candidates/candidates.server";
import { listOrganizationOpenings } from "~/domain/openings/openings.server";
import { worklist } from "~/domain/worklist/worklist.server";
import { closeDb, type Db } from "~/lib/db.server";
import { seedDashboardEvents } from "./bench-dashboard";
import { freshBenchDb, peakRssMb, ratio, round } from "./lib/bench-db";
import { timeInTurn } from "./lib/timing";

/** The bench's organisations (seedDashboardEvents): 400 employers and 40 inclusion companies. */
const EMPLOYERS = 400;
const COMPANIES = 40;
const actor = (organizationId: string, role: RoleKey): Actor => ({
  userId: "bench-user",
  organizationId,
  roles: [role],
});
const employer = (i: number) => actor(`be-${i % EMPLOYERS}`, "EMPLOYER:ADMIN");
const company = (i: number) => actor(`bc-${i % COMPANIES}`, "INCLUSION_COMPANY:ADMIN");

/**
 * Work waiting on the dashboard's year of proposals: a message on one proposal in five from the
 * employer, answered by the company on half of those, and a question about one candidate in twenty.
 */
async function seedWaitingWork(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`
    INSERT INTO "ProposalMessage" (id, "proposalId", "authorUserId", "authorOrganizationId", body, "createdAt")
    SELECT 'bm-' || p.id, p.id, 'bench-user', o."organizationId", 'Når kan vi møtes?', p."createdAt" + interval '1 day'
      FROM "Proposal" p JOIN "Opening" o ON o.id = p."openingId" WHERE right(p.id, 1) IN ('1', '2')`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ProposalMessage" (id, "proposalId", "authorUserId", "authorOrganizationId", body, "createdAt")
    SELECT 'br-' || p.id, p.id, 'bench-user', p."companyId", 'Tirsdag passer.', p."createdAt" + interval '2 days'
      FROM "Proposal" p WHERE right(p.id, 1) = '1'`);
  await db.$executeRawUnsafe(`
    INSERT INTO "CandidateInquiry" (id, "candidateId", "fromOrganizationId", "fromUserId", message)
    SELECT 'bi-' || c.id, c.id, 'be-' || (abs(hashtext(c.id)) % ${EMPLOYERS}), 'bench-user', 'Kan kandidaten jobbe kveld?'
      FROM "Candidate" c WHERE right(c.id, 2) IN ('05', '55')`);
}

/**
 * "Mine oppgaver" against the member pages beside it, for the same organisation in the same run:
 * an employer's list of openings (/stillinger) and a company's list of candidates (/kandidater).
 * Each run asks for the next organisation, so no query is the same twice in a row. The budget:
 * the start page costs at most twice the page beside it at p95.
 */
export async function worklistBench(): Promise<void> {
  const candidates = Number(process.env.BENCH_CANDIDATES ?? 20_000);
  const runs = Number(process.env.BENCH_RUNS ?? 200);
  const { db, database } = freshBenchDb("bench-worklist");
  try {
    await seedDashboardEvents(db, candidates);
    await seedWaitingWork(db);
    await db.$executeRawUnsafe("ANALYZE");
    const warmup = 20;
    const timing = await timeInTurn("worklist", [
      { name: "employer worklist", warmup, runs, run: (i) => worklist(db, employer(i)).then(() => {}) },
      {
        name: "employer openings",
        warmup,
        runs,
        run: (i) => listOrganizationOpenings(db, employer(i)).then(() => {}),
      },
      { name: "company worklist", warmup, runs, run: (i) => worklist(db, company(i)).then(() => {}) },
      {
        name: "company candidates",
        warmup,
        runs,
        run: (i) => listOwnCandidates(db, company(i), {}).then(() => {}),
      },
    ]);
    const figures = (mine: string, beside: string) => {
      const a = timing[mine]!;
      const b = timing[beside]!;
      return { p50_ms: round(a.p50), p95_ms: round(a.p95), reference_p95_ms: round(b.p95), ratio: ratio(a.p95, b.p95) };
    };
    const employerFigures = figures("employer worklist", "employer openings");
    const companyFigures = figures("company worklist", "company candidates");
    console.log(
      JSON.stringify({
        bench: "worklist",
        database,
        candidates,
        runs,
        employer: { ...employerFigures, reference: "openings list" },
        company: { ...companyFigures, reference: "candidates list" },
        budget_ok: employerFigures.ratio <= 2 && companyFigures.ratio <= 2,
        peak_rss_mb: peakRssMb(),
      }),
    );
  } finally {
    await closeDb(db);
  }
}
