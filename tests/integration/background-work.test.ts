import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexGeneration } from "#search/generation.server";
import { enqueueIndexWrite, pendingOutboxCount } from "#search/outbox.server";
import type { SearchDoc, SearchIndex } from "#search/port";
import { postgresEngine } from "#search/postgres/postgres-index";
import { contractSettings } from "#search/contract/search-contract";
import { OUTBOX_LEASE, startSearchWorker, type SearchWorker } from "#search/worker.server";
import { cachedSearch } from "~/domain/openings/search-cache.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { claimTick, holdLease, releaseLease } from "~/lib/jobs.server";
import { createTestDb, type TestDb } from "../support/test-db";

/**
 * Background work with several processes on one database. On PostgreSQL the two clients are two
 * connection pools, so the claims below really race; on PGlite they interleave in one process.
 */
let t: TestDb;
let other: PrismaClient;
beforeAll(async () => {
  t = await createTestDb();
  other = await t.connectAgain();
});
afterAll(async () => {
  await other.$disconnect();
  await t.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(20);
  }
}

describe("scheduled jobs and leases", () => {
  it("a scheduled job's tick is won by exactly one of many callers, once per interval", async () => {
    // The interval is long enough that a loaded CI machine still makes the second round inside it.
    const claim = () =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) => claimTick(i % 2 ? t.db : other, "hourly-job", 4_000, `caller-${i}`)),
      );
    expect((await claim()).filter(Boolean)).toHaveLength(1);
    expect((await claim()).filter(Boolean)).toHaveLength(0);
    await sleep(4_100);
    expect((await claim()).filter(Boolean)).toHaveLength(1);
  });

  it("a lease has one holder; it is renewed by its holder, handed over on release, and taken over when it runs out", async () => {
    const holders = await Promise.all(
      ["a", "b", "c", "d"].map((h, i) => holdLease(i % 2 ? t.db : other, "role", 60_000, h)),
    );
    expect(holders.filter(Boolean)).toHaveLength(1);
    const holder = ["a", "b", "c", "d"][holders.indexOf(true)] ?? "";
    const rival = holder === "a" ? "b" : "a";
    expect(await holdLease(t.db, "role", 60_000, holder)).toBe(true);
    expect(await holdLease(other, "role", 60_000, rival)).toBe(false);
    await releaseLease(t.db, "role", rival); // not the holder: changes nothing
    expect(await holdLease(other, "role", 60_000, rival)).toBe(false);
    await releaseLease(t.db, "role", holder);
    expect(await holdLease(other, "role", 2_000, rival)).toBe(true);
    // The new holder dies without giving the lease back: it is free once its 2 s have passed.
    expect(await holdLease(t.db, "role", 60_000, holder)).toBe(false);
    await sleep(2_100);
    expect(await holdLease(t.db, "role", 60_000, holder)).toBe(true);
  });
});

type Doc = SearchDoc & { title: string; version: number };

/** The real index, watched: how many writes run at once, and which versions of each document arrive in which order. */
function watched(index: SearchIndex<Doc>) {
  const seen = { inFlight: 0, maxInFlight: 0, versions: new Map<string, number[]>() };
  const around = async <T>(work: () => Promise<T>): Promise<T> => {
    seen.inFlight += 1;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
    try {
      return await work();
    } finally {
      seen.inFlight -= 1;
    }
  };
  const wrapped: SearchIndex<Doc> = {
    name: index.name,
    applySettings: (s) => index.applySettings(s),
    search: (q) => index.search(q),
    clear: () => index.clear(),
    health: () => index.health(),
    upsert: (docs) =>
      around(async () => {
        // Slow enough that a second drainer, if there were one, would overlap with this one.
        await sleep(5);
        for (const d of docs) seen.versions.set(d.id, [...(seen.versions.get(d.id) ?? []), d.version]);
        return index.upsert(docs);
      }),
    delete: (ids) => around(() => index.delete(ids)),
  };
  return { index: wrapped, seen };
}

describe("the search outbox with two workers and concurrent writers", () => {
  it("applies every write exactly once, in order per document, and the index ends equal to the records", async () => {
    // The records: a version per document, raised by each write, the outbox row written in the
    // same transaction, after the record (as the domain code does), so a document's rows are in
    // the order its record changed.
    await t.db.$executeRawUnsafe(
      `CREATE TABLE "BgDoc" ("id" text PRIMARY KEY, "version" int NOT NULL, "deleted" boolean NOT NULL)`,
    );
    const real = postgresEngine(t.db).index<Doc>("bg-docs", contractSettings);
    await real.applySettings(contractSettings);
    const { index, seen } = watched(real);
    const indexes = (name: string) => (name === "bg-docs" ? (index as unknown as SearchIndex) : undefined);

    const write = async (db: PrismaClient, id: string, remove: boolean) =>
      db.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<{ version: number }[]>`
          INSERT INTO "BgDoc" ("id", "version", "deleted") VALUES (${id}, 1, ${remove})
          ON CONFLICT ("id") DO UPDATE SET "version" = "BgDoc"."version" + 1, "deleted" = ${remove}
          RETURNING "version"`;
        const version = row?.version ?? 0;
        await enqueueIndexWrite(
          tx,
          remove
            ? { indexName: "bg-docs", documentId: id, op: "DELETE" }
            : {
                indexName: "bg-docs",
                documentId: id,
                op: "UPSERT",
                payload: { id, title: `versjon ${version}`, version, company: "c1" },
              },
        );
      });

    const holders = ["worker-1", "worker-2"];
    const workers: SearchWorker[] = [
      startSearchWorker(t.db, { holder: "worker-1", intervalMs: 10, leaseMs: 10_000, indexes }),
      startSearchWorker(other, { holder: "worker-2", intervalMs: 10, leaseMs: 10_000, indexes }),
    ];
    const leaseHolder = async () => (await t.db.jobLease.findUnique({ where: { name: OUTBOX_LEASE } }))?.holder ?? null;
    const WRITES = 400;
    const DOCS = 25;
    let next = 0;
    // Eight writers, half on each client, each taking the next write from a shared plan; a fifth of
    // the writes are deletions. Halfway, the worker that holds the lease (whichever won it) is
    // stopped and a third one starts.
    const writer = async (w: number) => {
      while (next < WRITES) {
        const n = next++;
        if (n === WRITES / 2) {
          await until(async () => (await leaseHolder()) !== null);
          await workers[holders.indexOf((await leaseHolder()) ?? "")]?.stop();
          workers.push(startSearchWorker(t.db, { holder: "worker-3", intervalMs: 10, leaseMs: 10_000, indexes }));
          holders.push("worker-3");
        }
        await write(w % 2 ? t.db : other, `doc-${(n * 7) % DOCS}`, n % 5 === 4);
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    await until(async () => (await pendingOutboxCount(t.db)) === 0);
    await Promise.all(workers.map((w) => w.stop()));

    // Exactly once: every row was counted as applied by exactly one drain, and none is left.
    const rows = await t.db.searchOutbox.count({ where: { indexName: "bg-docs" } });
    expect(rows).toBe(WRITES);
    expect(workers.reduce((sum, w) => sum + w.stats().applied, 0)).toBe(WRITES);
    expect(workers.reduce((sum, w) => sum + w.stats().failed, 0)).toBe(0);
    // One drainer at a time, and each document's versions arrive in increasing order.
    expect(seen.maxInFlight).toBe(1);
    for (const versions of seen.versions.values()) expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(workers.filter((w) => w.stats().drains > 0).length).toBeGreaterThanOrEqual(2);

    // The index equals the records.
    const records = await t.db.$queryRaw<{ id: string; version: number; deleted: boolean }[]>`
      SELECT "id", "version", "deleted" FROM "BgDoc" ORDER BY "id"`;
    const indexed = await real.search({ perPage: 100 });
    expect(
      indexed.hits.map((h) => ({ id: h.id, version: h.doc.version })).sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual(records.filter((r) => !r.deleted).map((r) => ({ id: r.id, version: r.version })));
    expect(records.filter((r) => r.deleted).length).toBeGreaterThan(0);
  });

  it("a worker that died holding the lease is replaced once the lease runs out", async () => {
    const real = postgresEngine(t.db).index<Doc>("bg-docs", contractSettings);
    const indexes = (name: string) => (name === "bg-docs" ? (real as unknown as SearchIndex) : undefined);
    // 3 s: the standby must still find the lease held when it first looks, even on a loaded machine.
    expect(await holdLease(t.db, OUTBOX_LEASE, 3_000, "dead-worker")).toBe(true);
    await t.db.$transaction((tx) =>
      enqueueIndexWrite(tx, {
        indexName: "bg-docs",
        documentId: "late",
        op: "UPSERT",
        payload: { id: "late", title: "sent", version: 1, company: "c1" },
      }),
    );
    const standby = startSearchWorker(other, { holder: "standby", intervalMs: 20, leaseMs: 10_000, indexes });
    await sleep(300);
    expect(await pendingOutboxCount(t.db)).toBe(1);
    await until(async () => (await pendingOutboxCount(t.db)) === 0, 15_000);
    await standby.stop();
    expect((await real.search({ q: "sent" })).hits.map((h) => h.id)).toEqual(["late"]);
  });
});

describe("the public search cache across instances", () => {
  it("a result cached by one instance is not served once another instance's worker has applied a change", async () => {
    const real = postgresEngine(t.db).index<Doc>("bg-docs", contractSettings);
    const indexes = (name: string) => (name === "bg-docs" ? (real as unknown as SearchIndex) : undefined);
    let searches = 0;
    const ask = () =>
      cachedSearch(t.db, "bg-docs", { q: "sjelden" }, (q) => {
        searches += 1;
        return real.search(q);
      });
    expect((await ask()).total).toBe(0);
    expect((await ask()).total).toBe(0);
    expect(searches).toBe(1);

    const before = await indexGeneration(t.db, "bg-docs");
    await other.$transaction((tx) =>
      enqueueIndexWrite(tx, {
        indexName: "bg-docs",
        documentId: "rare",
        op: "UPSERT",
        payload: { id: "rare", title: "sjelden", version: 1, company: "c1" },
      }),
    );
    const worker = startSearchWorker(other, { holder: "instance-b", intervalMs: 20, indexes });
    await until(async () => (await pendingOutboxCount(t.db)) === 0, 15_000);
    await worker.stop();
    expect(await indexGeneration(t.db, "bg-docs")).toBeGreaterThan(before);
    expect((await ask()).hits.map((h) => h.id)).toEqual(["rare"]);
    expect(searches).toBe(2);
  });
});
