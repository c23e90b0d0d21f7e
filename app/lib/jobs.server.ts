import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "./db.server";

/**
 * Background work that stays right with any number of app instances and workers on one
 * database. Two kinds of claim, each one atomic conditional UPDATE on a `JobLease` row, timed by
 * the database's clock (instances' clocks may differ):
 *
 * - a **lease** on a role only one may hold at a time (the search outbox drainer: one drainer keeps
 *   each document's writes in order); the holder renews it every tick, and if it dies the lease
 *   runs out and another takes over;
 * - a **tick** of a scheduled job: it runs when its last run is at least an interval ago, so an
 *   hourly job runs once an hour across all instances, whichever wins.
 *
 * A queue library (pg-boss, graphile-worker) would need a direct PostgreSQL connection; these
 * claims run through Prisma and so work on the embedded PGlite database too (decision record 0014).
 */

/** Who this process is in the lease table: the host, the process and a random part. */
export const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

async function ensureRow(db: Db, name: string): Promise<void> {
  await db.$executeRaw`INSERT INTO "JobLease" ("name") VALUES (${name}) ON CONFLICT ("name") DO NOTHING`;
}

/** Takes or renews the lease for `ttlMs`; false while another holder's lease is still running. */
export async function holdLease(db: Db, name: string, ttlMs: number, holder = workerId): Promise<boolean> {
  await ensureRow(db, name);
  const won = await db.$executeRaw`
    UPDATE "JobLease" SET "holder" = ${holder}, "leasedUntil" = now() + make_interval(secs => ${ttlMs / 1000})
     WHERE "name" = ${name} AND ("leasedUntil" IS NULL OR "leasedUntil" < now() OR "holder" = ${holder})`;
  return won === 1;
}

/** Gives the lease back at once (a worker shutting down), so another need not wait for it to run out. */
export async function releaseLease(db: Db, name: string, holder = workerId): Promise<void> {
  await db.$executeRaw`UPDATE "JobLease" SET "holder" = NULL, "leasedUntil" = NULL WHERE "name" = ${name} AND "holder" = ${holder}`;
}

/** Claims this interval's run of a scheduled job; true for exactly one caller per interval. */
export async function claimTick(db: Db, name: string, everyMs: number, holder = workerId): Promise<boolean> {
  await ensureRow(db, name);
  const won = await db.$executeRaw`
    UPDATE "JobLease" SET "lastRunAt" = now(), "holder" = ${holder}
     WHERE "name" = ${name} AND ("lastRunAt" IS NULL OR "lastRunAt" <= now() - make_interval(secs => ${everyMs / 1000}))`;
  return won === 1;
}
