import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { closeDb, createDb } from "~/lib/db.server";
import { candidatesBench } from "./bench-candidates";
import { dashboardBench } from "./bench-dashboard";
import { matchingBench } from "./bench-matching";
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
