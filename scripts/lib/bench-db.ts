import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { createDb, type Db } from "~/lib/db.server";

const root = path.resolve(import.meta.dirname, "..", "..");

export type BenchDatabase = "pglite" | "postgresql";

function migrate(args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/prisma.ts", ...args], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error(`prisma ${args.join(" ")} failed`);
}

/**
 * A fresh benchmark database: PostgreSQL at BENCH_DATABASE_URL (reset!), else an embedded one in
 * .data/<folder>. `env` points a child process (a server the bench starts) at the same database.
 */
export function freshBenchDb(folder: string): { db: Db; database: BenchDatabase; env: NodeJS.ProcessEnv } {
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
  if (databaseUrl) migrate(["migrate", "reset", "--force"], env);
  else migrate(["migrate", "deploy"], env);
  return { db: createDb({ databaseUrl, pgliteDir }), database: databaseUrl ? "postgresql" : "pglite", env };
}

/** A progress bar on stderr, so stdout keeps only the JSON line. */
export function progressBar(label: string, total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    { format: `${label.padEnd(10)}[{bar}] {value}/{total}`, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

/** The process's peak resident set so far, in MB (maxRSS is in kilobytes). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export const round = (n: number) => Math.round(n * 10) / 10;
/** Two decimals: ratios near a budget's bound need them. */
export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
