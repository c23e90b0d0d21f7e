import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { closeDb, createDb } from "~/lib/db.server";
import { generateOpenings } from "./generate-openings";

/**
 * `npm run bench -- <name>`: one JSON line of figures on stdout, progress on stderr.
 * Benchmarks measure; tests never assert on time.
 */
const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const name = process.argv[2];

function run(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(tsx, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

async function load(url: string, connections: number, seconds: number) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
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
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", DISABLE_BACKGROUND_WORK: "1" };
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

  if (!existsSync(path.join(root, "build", "server", "index.js"))) {
    spawnSync(path.join(root, "node_modules", ".bin", "react-router"), ["build"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  }
  const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], { cwd: root, env: { ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"] });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const searchUrl = `${base}/muligheter?q=renhold&county=46&extent=PART_TIME`;
    console.error("warm-up…");
    await load(searchUrl, 4, 3);
    console.error("32 connections: search, then the constant baseline page…");
    const search = await load(searchUrl, 32, 10);
    const baseline = await load(`${base}/bench/baseline`, 32, 10);
    console.error("4 connections: search latency…");
    const latency = await load(searchUrl, 4, 10);
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      JSON.stringify({
        bench: "openings",
        database: databaseUrl ? "postgresql" : "pglite",
        docs,
        rps: round(search.rps),
        baseline_rps: round(baseline.rps),
        ratio: Math.round((search.rps / baseline.rps) * 100) / 100,
        p95_ms: latency.p95,
      }),
    );
  } finally {
    server.kill("SIGTERM");
  }
}

const benches: Record<string, () => Promise<void>> = { openings: openingsBench };
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join("|")}>`);
  process.exit(2);
}
await bench();
