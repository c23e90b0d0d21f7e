import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backoffMs, drainSearchOutbox, enqueueIndexWrite } from "#search/outbox.server";
import type { SearchIndex } from "#search/port";
import { postgresEngine } from "#search/postgres/postgres-index";
import { contractSettings } from "#search/contract/search-contract";
import { createTestDb, type TestDb } from "../support/test-db";

/** Wraps a real index; while `down` is set every write fails as an unreachable engine would. */
function flaky(index: SearchIndex): SearchIndex & { down: boolean } {
  const wrapper = {
    down: false,
    name: index.name,
    applySettings: index.applySettings.bind(index),
    search: index.search.bind(index),
    clear: index.clear.bind(index),
    upsert: async (docs: Parameters<SearchIndex["upsert"]>[0]) => {
      if (wrapper.down) throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
      return index.upsert(docs);
    },
    delete: async (ids: string[]) => {
      if (wrapper.down) throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
      return index.delete(ids);
    },
    health: async () => !wrapper.down,
  };
  return wrapper;
}

describe("search outbox", () => {
  let t: TestDb;
  let index: ReturnType<typeof flaky>;
  beforeAll(async () => {
    t = await createTestDb();
    const real = postgresEngine(t.db).index("openings", contractSettings);
    await real.applySettings(contractSettings);
    index = flaky(real);
  });
  afterAll(() => t.close());

  const doc = (id: string, title: string) => ({
    id,
    title,
    description: "",
    skills: [],
    county: "46",
    kind: "JOB",
    hours: 20,
    measures: [],
    publishedAt: "2026-11-01",
  });

  it("keeps an update queued while the engine is down and applies it once it returns", async () => {
    await t.db.$transaction(async (tx) => {
      await enqueueIndexWrite(tx, {
        indexName: "openings",
        documentId: "a",
        op: "UPSERT",
        payload: doc("a", "Kokk i Bergen"),
      });
    });
    index.down = true;
    const failed = await drainSearchOutbox(t.db, () => index);
    expect(failed).toEqual({ applied: 0, failed: 1 });
    const row = await t.db.searchOutbox.findFirstOrThrow({ where: { documentId: "a" } });
    expect(row.processedAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("ECONNREFUSED");
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
    expect((await index.search({ q: "kokk" })).total).toBe(0);

    // Not retried before its backoff has passed…
    expect(await drainSearchOutbox(t.db, () => index)).toEqual({ applied: 0, failed: 0 });
    // …and applied once the engine is back and the time has come.
    index.down = false;
    const later = new Date(Date.now() + backoffMs(1) + 1000);
    expect(await drainSearchOutbox(t.db, () => index, { now: later })).toEqual({ applied: 1, failed: 0 });
    expect((await index.search({ q: "kokk" })).hits.map((h) => h.id)).toEqual(["a"]);
    expect(await t.db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
  });

  it("collapses several writes to one document into the last one", async () => {
    await enqueueIndexWrite(t.db, {
      indexName: "openings",
      documentId: "b",
      op: "UPSERT",
      payload: doc("b", "Sjåfør"),
    });
    await enqueueIndexWrite(t.db, {
      indexName: "openings",
      documentId: "b",
      op: "UPSERT",
      payload: doc("b", "Bussjåfør"),
    });
    await enqueueIndexWrite(t.db, { indexName: "openings", documentId: "a", op: "DELETE" });
    expect(await drainSearchOutbox(t.db, () => index)).toEqual({ applied: 3, failed: 0 });
    const all = await index.search({});
    expect(all.hits.map((h) => [h.id, h.doc.title])).toEqual([["b", "Bussjåfør"]]);
  });

  it("never lets a retried old write overwrite a newer one applied meanwhile", async () => {
    await enqueueIndexWrite(t.db, {
      indexName: "openings",
      documentId: "c",
      op: "UPSERT",
      payload: doc("c", "Kokk, gammel tekst"),
    });
    index.down = true;
    expect(await drainSearchOutbox(t.db, () => index)).toEqual({ applied: 0, failed: 1 });
    index.down = false;
    // The newer write is available at once; the old one still waits out its backoff.
    await enqueueIndexWrite(t.db, {
      indexName: "openings",
      documentId: "c",
      op: "UPSERT",
      payload: doc("c", "Kokk, ny tekst"),
    });
    expect(await drainSearchOutbox(t.db, () => index)).toEqual({ applied: 1, failed: 0 });
    const later = new Date(Date.now() + backoffMs(1) + 1000);
    expect(await drainSearchOutbox(t.db, () => index, { now: later })).toEqual({ applied: 0, failed: 0 });
    expect((await index.search({ q: "kokk" })).hits.map((h) => h.doc.title)).toEqual(["Kokk, ny tekst"]);
    expect(await t.db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
  });

  it("keeps writes for an index nobody registered, with the reason", async () => {
    await enqueueIndexWrite(t.db, { indexName: "candidates", documentId: "k1", op: "DELETE" });
    expect(await drainSearchOutbox(t.db, (name) => (name === "openings" ? index : undefined))).toEqual({
      applied: 0,
      failed: 1,
    });
    const row = await t.db.searchOutbox.findFirstOrThrow({ where: { indexName: "candidates" } });
    expect(row.processedAt).toBeNull();
    expect(row.lastError).toContain("no index registered as candidates");
    expect(await drainSearchOutbox(t.db, () => index, { now: new Date(Date.now() + backoffMs(1) + 1000) })).toEqual({
      applied: 1,
      failed: 0,
    });
  });

  it("backs off exponentially up to ten minutes", () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([5_000, 10_000, 20_000]);
    expect(backoffMs(20)).toBe(600_000);
  });
});
