import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "./db.server";

/**
 * Rate limits in PostgreSQL with rate-limiter-flexible's PostgreSQL store, so that they hold
 * across every app instance on the same database. Each consume is one atomic
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so parallel requests cannot slip past a limit by
 * reading the counter at the same time. The table is created by a migration (RateLimit).
 *
 * Limits follow OWASP's authentication guidance: failed logins are counted per account AND
 * address (a stranger at one address locks out nobody but themselves), with a slower limit per
 * account across all addresses (distributed guessing) and per address across accounts (credential
 * stuffing). Mail that anyone can trigger is limited per account and per address.
 */
export const LIMITS = {
  loginAccountIp: { points: 5, duration: 15 * 60 },
  loginAccount: { points: 50, duration: 24 * 60 * 60 },
  loginIp: { points: 30, duration: 15 * 60 },
  resetMailAccount: { points: 3, duration: 60 * 60 },
  resetMailIp: { points: 20, duration: 60 * 60 },
  signupMailAccount: { points: 3, duration: 60 * 60 },
  signupMailIp: { points: 10, duration: 60 * 60 },
  invitationMailUser: { points: 30, duration: 60 * 60 },
  invitationMailIp: { points: 60, duration: 60 * 60 },
  inquiryMailUser: { points: 20, duration: 24 * 60 * 60 },
  inquiryMailIp: { points: 60, duration: 24 * 60 * 60 },
  // The candidate's own page (issue 18): links a company sends, and sign-ins with them.
  candidateLinkCandidate: { points: 10, duration: 60 * 60 },
  candidateLinkUser: { points: 60, duration: 60 * 60 },
  candidateSignInIp: { points: 60, duration: 15 * 60 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;
export type LimitKey = readonly [LimitName, string];
export type Gate = { ok: true } | { ok: false; retryAfterSeconds: number };

type QueryResult = { rows: Record<string, unknown>[]; rowCount: number };

/** The pg-style client the store expects, running its SQL through Prisma (PGlite or PostgreSQL alike). */
function storeClient(db: Db) {
  return {
    async query(q: { text: string; values?: unknown[] }): Promise<QueryResult> {
      const values = q.values ?? [];
      if (/^\s*DELETE\b/i.test(q.text)) {
        const rowCount = await db.$executeRawUnsafe(q.text, ...values);
        return { rows: [], rowCount };
      }
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(q.text, ...values);
      // `expire` is a bigint column (milliseconds); the store does arithmetic with numbers.
      const plain = rows.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
      );
      return { rows: plain, rowCount: plain.length };
    },
  };
}

const limiters = new WeakMap<Db, Map<LimitName, RateLimiterPostgres>>();

function limiter(db: Db, name: LimitName): RateLimiterPostgres {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  let found = byName.get(name);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: storeClient(db),
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true,
      keyPrefix: name,
      ...LIMITS[name],
    });
    byName.set(name, found);
  }
  return found;
}

/** Keys hold a hash of the account or address: the table is no place for e-mail addresses or IPs. */
const keyOf = (value: string) =>
  createHash("sha256").update(value.trim().toLowerCase()).digest("base64url").slice(0, 32);

/**
 * Counts one attempt against every key, before the work it guards is done. Refused when any key
 * is already over its limit; the answer says how long the longest of them still blocks.
 */
export async function consumeLimits(db: Db, keys: readonly LimitKey[]): Promise<Gate> {
  const results = await Promise.allSettled(keys.map(([name, value]) => limiter(db, name).consume(keyOf(value))));
  let waitMs = 0;
  for (const r of results) {
    if (r.status === "fulfilled") continue;
    if (!(r.reason instanceof RateLimiterRes)) throw r.reason instanceof Error ? r.reason : new Error(String(r.reason));
    waitMs = Math.max(waitMs, r.reason.msBeforeNext);
  }
  return results.every((r) => r.status === "fulfilled")
    ? { ok: true }
    : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Gives back the attempt counted by consumeLimits (a login that succeeded was no guess). */
export async function refundLimits(db: Db, keys: readonly LimitKey[]): Promise<void> {
  await Promise.all(keys.map(([name, value]) => limiter(db, name).reward(keyOf(value), 1)));
}

/** Forgets a key's count altogether. */
export async function clearLimits(db: Db, keys: readonly LimitKey[]): Promise<void> {
  await Promise.all(keys.map(([name, value]) => limiter(db, name).delete(keyOf(value))));
}
