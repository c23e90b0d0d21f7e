import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import {
  CANDIDATES_INDEX,
  candidatesIndexSettings,
  type CandidateSearchDoc,
} from "~/domain/candidates/search-document";
import { closeDb, createDb, type Db } from "~/lib/db.server";
import { postgresEngine } from "#search/postgres/postgres-index";
import type { SearchIndex } from "#search/port";
import { openingsBench } from "./bench-openings";
import { seedDashboardEvents, timeDashboard } from "./bench-dashboard";
import { timeMatching } from "./bench-matching";
import { benchQueries, candidateDocBatches } from "./generate-candidates";
import { percentile } from "./lib/percentile";

/**
 * `npm run bench -- <name>`: one JSON line of figures on stdout, progress on stderr.
 * Benchmarks measure; tests never assert on time.
 */
const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const name = process.argv[2];

const round = (n: number) => Math.round(n * 10) / 10;

function run(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(tsx, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

/** A fresh benchmark database: PostgreSQL at BENCH_DATABASE_URL (reset!), else an embedded one in .data/<folder>. */
function freshBenchDb(folder: string): { db: Db; databaseUrl: string | undefined } {
  const pgliteDir = path.join(root, ".data", folder);
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = pgliteDir;
    rmSync(pgliteDir, { recursive: true, force: true });
  }
  console.error(`database: ${databaseUrl ? "PostgreSQL (BENCH_DATABASE_URL)" : "embedded PGlite"}`);
  if (databaseUrl) run(["scripts/prisma.ts", "migrate", "reset", "--force"], env);
  else run(["scripts/prisma.ts", "migrate", "deploy"], env);
  return { db: createDb({ databaseUrl, pgliteDir }), databaseUrl };
}

/**
 * `docs` synthetic candidates indexed through the port on the default adapter. build_ms covers
 * applySettings, every upsert (index maintenance included) and the ANALYZE that fresh statistics
 * need; generating the documents is not counted.
 */
async function buildCandidateIndex(
  db: Db,
  docs: number,
  batch: number,
): Promise<{ index: SearchIndex<CandidateSearchDoc>; buildMs: number }> {
  const index = postgresEngine(db).index<CandidateSearchDoc>(CANDIDATES_INDEX, candidatesIndexSettings);
  const bar = new cliProgress.SingleBar(
    { format: "index     [{bar}] {value}/{total}", stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(docs, 0);
  let buildMs = 0;
  let t = performance.now();
  await index.applySettings(candidatesIndexSettings);
  buildMs += performance.now() - t;
  for (const chunk of candidateDocBatches(docs, batch)) {
    t = performance.now();
    await index.upsert(chunk);
    buildMs += performance.now() - t;
    bar.increment(chunk.length);
  }
  bar.stop();
  t = performance.now();
  // Fresh planner statistics after a bulk load, as autovacuum would give a live system.
  await db.$executeRawUnsafe("ANALYZE search.documents");
  await db.$executeRawUnsafe("ANALYZE search.lexicon");
  const analyzeMs = performance.now() - t;
  buildMs += analyzeMs;
  console.error(`build ${Math.round(buildMs)} ms (ANALYZE ${Math.round(analyzeMs)} ms)`);
  return { index, buildMs };
}

/**
 * Candidate search on the default adapter (PostgreSQL full text) in-process: 100 000 synthetic
 * profiles, then typo + municipality + hours + two-facet queries timed one at a time around
 * index.search().
 */
async function candidatesBench(): Promise<void> {
  const docs = Number(process.env.BENCH_DOCS ?? 100_000);
  const batch = Number(process.env.BENCH_BATCH ?? 1000);
  const warmup = 50;
  const measured = Number(process.env.BENCH_QUERIES ?? 500);
  const { db, databaseUrl } = freshBenchDb("bench-candidates");
  try {
    const { index, buildMs } = await buildCandidateIndex(db, docs, batch);
    const queries = benchQueries(warmup + measured);
    const times: number[] = [];
    let hits = 0;
    const qbar = new cliProgress.SingleBar(
      { format: "queries   [{bar}] {value}/{total}", stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    qbar.start(queries.length, 0);
    for (const [i, query] of queries.entries()) {
      const t0 = performance.now();
      const result = await index.search(query);
      const ms = performance.now() - t0;
      if (i >= warmup) {
        times.push(ms);
        hits += result.total;
      }
      qbar.increment();
    }
    qbar.stop();
    times.sort((a, b) => a - b);
    console.error(
      `mean total ${round(hits / measured)} hits, max ${round(times.at(-1) ?? 0)} ms, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, JS heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`,
    );
    console.log(
      JSON.stringify({
        bench: "candidates",
        ...(databaseUrl ? { database: "postgresql" } : {}),
        docs,
        build_ms: Math.round(buildMs),
        p50_ms: round(percentile(times, 50)),
        p95_ms: round(percentile(times, 95)),
        rss_mb: Math.round(process.memoryUsage().rss / 1024 / 1024),
      }),
    );
  } finally {
    await closeDb(db);
  }
}

/** Top-20 explained matches for 200 openings over 100 000 indexed candidates (retrieval + re-ranking). */
async function matchingBench(): Promise<void> {
  const docs = Number(process.env.BENCH_DOCS ?? 100_000);
  const { db, databaseUrl } = freshBenchDb("bench-matching");
  try {
    const { index } = await buildCandidateIndex(db, docs, 1000);
    const { p50, p95, meanPool } = await timeMatching(index, 200);
    console.error(`mean ${round(meanPool)} matches per opening`);
    console.log(
      JSON.stringify({
        bench: "matching",
        ...(databaseUrl ? { database: "postgresql" } : {}),
        docs,
        p50_ms: round(p50),
        p95_ms: round(p95),
      }),
    );
  } finally {
    await closeDb(db);
  }
}

/** The member dashboard (municipality + county) over one year of events for 50 000 candidates. */
async function dashboardBench(): Promise<void> {
  const candidates = Number(process.env.BENCH_CANDIDATES ?? 50_000);
  const { db, databaseUrl } = freshBenchDb("bench-dashboard");
  try {
    const { municipality } = await seedDashboardEvents(db, candidates);
    await db.$executeRawUnsafe("ANALYZE");
    const { p50, p95 } = await timeDashboard(db, municipality, 100);
    console.log(
      JSON.stringify({
        bench: "dashboard",
        ...(databaseUrl ? { database: "postgresql" } : {}),
        candidates,
        municipality,
        p50_ms: round(p50),
        p95_ms: round(p95),
      }),
    );
  } finally {
    await closeDb(db);
  }
}

const benches: Record<string, () => Promise<void>> = {
  openings: openingsBench,
  candidates: candidatesBench,
  matching: matchingBench,
  dashboard: dashboardBench,
};
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join("|")}>`);
  process.exit(2);
}
await bench();
