import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import cliProgress from "cli-progress";
import {
  CANDIDATES_INDEX,
  candidatesIndexSettings,
  type CandidateSearchDoc,
} from "~/domain/candidates/search-document";
import { closeDb, createDb, type Db } from "~/lib/db.server";
import { postgresEngine } from "#search/postgres/postgres-index";
import type { SearchIndex } from "#search/port";
import { seedDashboardEvents, timeDashboard } from "./bench-dashboard";
import { timeMatching } from "./bench-matching";
import { benchQueries, candidateDocBatches } from "./generate-candidates";
import { percentile } from "./lib/percentile";
import { generateOpenings } from "./generate-openings";

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

async function load(url: string, connections: number, seconds: number) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
    );
  });
  times.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? Number.NaN;
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p95 };
}

async function openingsBench(): Promise<void> {
  const docs = 20_000;
  const port = Number(process.env.BENCH_PORT ?? 3200);
  const pgliteDir = path.join(root, ".data", "bench");
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    DISABLE_BACKGROUND_WORK: "1",
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = pgliteDir;
    rmSync(pgliteDir, { recursive: true, force: true });
  }
  console.error(`database: ${databaseUrl ? "PostgreSQL (BENCH_DATABASE_URL)" : "embedded PGlite"}`);
  if (databaseUrl) run(["scripts/prisma.ts", "migrate", "reset", "--force"], env);
  else run(["scripts/prisma.ts", "migrate", "deploy"], env);

  const db = createDb({ databaseUrl, pgliteDir });
  await generateOpenings(db, docs);
  await closeDb(db);

  // Always a fresh build: an old one in build/ would measure old code.
  spawnSync(path.join(root, "node_modules", ".bin", "react-router"), ["build"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  // As deployed (anonymous search pages micro-cached for a few seconds), then with the cache off,
  // so that the rendering cost itself stays visible in the figures.
  // The reference page exists only with BENCH_BASELINE=1; no payments happen, so the Stripe double's address is never called.
  const served = { ...env, BENCH_BASELINE: "1", STRIPE_API_BASE: "http://127.0.0.1:9" };
  const cached = await measureServer({ ...served, PORT: String(port), APP_ORIGIN: `http://localhost:${port}` });
  const uncached = await measureServer({
    ...served,
    PORT: String(port + 1),
    APP_ORIGIN: `http://localhost:${port + 1}`,
    MICRO_CACHE_MS: "0",
  });
  const ratio = (m: typeof cached) => Math.round((m.search.rps / m.baseline.rps) * 100) / 100;
  console.log(
    JSON.stringify({
      bench: "openings",
      database: databaseUrl ? "postgresql" : "pglite",
      docs,
      rps: round(cached.search.rps),
      baseline_rps: round(cached.baseline.rps),
      ratio: ratio(cached),
      p95_ms: round(cached.latency.p95),
      uncached_rps: round(uncached.search.rps),
      uncached_baseline_rps: round(uncached.baseline.rps),
      uncached_ratio: ratio(uncached),
      uncached_p95_ms: round(uncached.latency.p95),
    }),
  );
}

/** Starts the production server with `env`, loads the search page and the constant page, stops it. */
async function measureServer(env: NodeJS.ProcessEnv) {
  const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${env.PORT}`;
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const searchUrl = `${base}/muligheter?q=renhold&county=46&extent=PART_TIME`;
    console.error(`warm-up (MICRO_CACHE_MS=${env.MICRO_CACHE_MS ?? "default"})…`);
    await load(searchUrl, 4, 3);
    console.error("32 connections: search, then the constant baseline page…");
    const search = await load(searchUrl, 32, 10);
    const baseline = await load(`${base}/bench/baseline`, 32, 10);
    console.error("4 connections: search latency…");
    const latency = await load(searchUrl, 4, 10);
    return { search, baseline, latency };
  } finally {
    server.kill("SIGTERM");
  }
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
