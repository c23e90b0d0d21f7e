import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { closeDb } from "~/lib/db.server";
import { generateOpenings } from "./generate-openings";
import { freshBenchDb, peakRssMb, progressBar, ratio, round } from "./lib/bench-db";
import { combined, load, processRssMb, type Cursor, type LoadResult } from "./lib/http-load";
import { openingsQueryMix } from "./lib/openings-queries";

/**
 * The public search under load, against references measured in the same run: the app's constant
 * page inside its layout (`/bench/baseline`) and a bare React Router page built apart
 * (scripts/bench-bare). Budgets: search ≥ 0.5 × baseline throughput at 32 connections, search
 * p95 ≤ 3 × baseline p95 at 4 connections, baseline ≥ 0.5 × bare throughput.
 */
const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
/** Turns of search, baseline and bare page; the search's 32-connection time is spread over them. */
const ROUNDS = 6;

function runOrThrow(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed`);
}

async function startServer(script: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${env.PORT}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    const up = await fetch(`${base}${script === "server.ts" ? "/healthz" : "/"}`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`${script} did not start`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.on("exit", resolve);
    child.kill("SIGTERM");
  });
}

export async function openingsBench(): Promise<void> {
  const docs = Number(process.env.BENCH_DOCS ?? 20_000);
  const loadSeconds = Number(process.env.BENCH_SECONDS ?? 60);
  const port = Number(process.env.BENCH_PORT ?? 3200);
  const { db, database, env: dbEnv } = freshBenchDb("bench");
  const env: NodeJS.ProcessEnv = { ...dbEnv, NODE_ENV: "production", DISABLE_BACKGROUND_WORK: "1" };
  await generateOpenings(db, docs);
  await closeDb(db);

  // Always fresh builds: an old one would measure old code.
  console.error("building the app and the bare page…");
  runOrThrow(bin("react-router"), ["build"], env);
  rmSync(path.join(root, ".data", "bench-bare"), { recursive: true, force: true });
  runOrThrow(bin("react-router"), ["build", "scripts/bench-bare"], env);

  const queries = openingsQueryMix(Number(process.env.BENCH_QUERIES ?? 2_400));
  const base = `http://127.0.0.1:${port}`;
  const bareBase = `http://127.0.0.1:${port + 1}`;
  // As deployed: the anonymous search pages' response cache on. The reference page exists only
  // with BENCH_BASELINE=1; no payment happens, so the Stripe double's address is never called.
  const app = await startServer("server.ts", {
    ...env,
    PORT: String(port),
    APP_ORIGIN: `http://localhost:${port}`,
    BENCH_BASELINE: "1",
    STRIPE_API_BASE: "http://127.0.0.1:9",
  });
  const bare = await startServer("scripts/bench-bare/server.ts", { ...env, PORT: String(port + 1) });
  const parts = {
    search: [] as LoadResult[],
    baseline: [] as LoadResult[],
    bare: [] as LoadResult[],
    searchAt4: [] as LoadResult[],
    baselineAt4: [] as LoadResult[],
  };
  let serverRssMb: number | null = null;
  try {
    console.error("warm-up…");
    await load(base, 4, 5, ["/bench/baseline", "/muligheter"]);
    await load(bareBase, 4, 3);
    // The three pages take turns in short rounds, so that other work on the machine weighs on
    // each alike; the search list is walked once from the start across every round.
    const cursor: Cursor = { next: 0 };
    const bar = progressBar("rounds", ROUNDS);
    for (let turn = 0; turn < ROUNDS; turn++) {
      parts.search.push(await load(base, 32, Math.max(1, Math.round(loadSeconds / ROUNDS)), queries, cursor));
      parts.baseline.push(await load(base, 32, 5, ["/bench/baseline"]));
      parts.bare.push(await load(bareBase, 32, 5, ["/?q=renhold"]));
      parts.searchAt4.push(await load(base, 4, 5, queries, cursor));
      parts.baselineAt4.push(await load(base, 4, 3, ["/bench/baseline"]));
      bar.increment();
    }
    bar.stop();
    serverRssMb = await processRssMb(app.pid ?? 0);
  } finally {
    await Promise.all([stopServer(app), stopServer(bare)]);
  }
  const m = {
    search: combined(parts.search),
    baseline: combined(parts.baseline),
    bare: combined(parts.bare),
    searchLatency: combined(parts.searchAt4),
    baselineLatency: combined(parts.baselineAt4),
  };
  const bareLoad = m.bare;

  const searchRatio = m.search.rps / m.baseline.rps;
  console.log(
    JSON.stringify({
      bench: "openings",
      database,
      docs,
      distinct_queries: new Set([...parts.search, ...parts.searchAt4].flatMap((p) => [...p.sent])).size,
      requests: m.search.requests,
      rps: round(m.search.rps),
      baseline_rps: round(m.baseline.rps),
      ratio: ratio(m.search.rps, m.baseline.rps),
      p95_ms: round(m.searchLatency.p95),
      baseline_p95_ms: round(m.baselineLatency.p95),
      bare_rps: round(bareLoad.rps),
      shell_ratio: ratio(m.baseline.rps, bareLoad.rps),
      server_rss_mb: serverRssMb,
      peak_rss_mb: peakRssMb(),
      budget_ratio_ok: searchRatio >= 0.5,
      budget_p95_ok: m.searchLatency.p95 <= 3 * m.baselineLatency.p95,
      budget_shell_ok: m.baseline.rps >= 0.5 * bareLoad.rps,
    }),
  );
}
