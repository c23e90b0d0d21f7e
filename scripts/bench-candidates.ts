import {
  CANDIDATES_INDEX,
  candidatesIndexSettings,
  type CandidateSearchDoc,
} from "~/domain/candidates/search-document";
import { closeDb, type Db } from "~/lib/db.server";
import { postgresEngine } from "#search/postgres/postgres-index";
import type { SearchIndex, SearchQuery } from "#search/port";
import { buildMiniSearchPeer } from "./bench-peers/minisearch";
import { buildPostgresPeer } from "./bench-peers/postgres-fts";
import { benchQueries, candidateDocBatches } from "./generate-candidates";
import { freshBenchDb, peakRssMb, progressBar, ratio, round } from "./lib/bench-db";
import { percentile } from "./lib/percentile";

/**
 * `docs` synthetic candidates indexed through the port on the default adapter. build_ms covers
 * applySettings, every upsert (index maintenance included) and the ANALYZE that fresh statistics
 * need; generating the documents is not counted.
 */
export async function buildCandidateIndex(
  db: Db,
  docs: number,
  batch: number,
): Promise<{ index: SearchIndex<CandidateSearchDoc>; buildMs: number }> {
  const index = postgresEngine(db).index<CandidateSearchDoc>(CANDIDATES_INDEX, candidatesIndexSettings);
  const bar = progressBar("index", docs);
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

export const SEARCH_WARMUP = 50;

/** The bench's queries (warm-up first), each timed alone around `search`; p50/p95 of the measured ones. */
export async function timeSearches(
  label: string,
  search: (query: SearchQuery) => Promise<{ total: number }>,
  measured: number,
  warmup = SEARCH_WARMUP,
): Promise<{ p50: number; p95: number; max: number; meanTotal: number }> {
  const queries = benchQueries(warmup + measured);
  const times: number[] = [];
  let totals = 0;
  const bar = progressBar(label, queries.length);
  for (const [i, query] of queries.entries()) {
    const t0 = performance.now();
    const result = await search(query);
    const ms = performance.now() - t0;
    if (i >= warmup) {
      times.push(ms);
      totals += result.total;
    }
    bar.increment();
  }
  bar.stop();
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? Number.NaN,
    meanTotal: totals / measured,
  };
}

/**
 * Candidate search on the default adapter (PostgreSQL full text) in-process: 100 000 synthetic
 * profiles, typo + municipality + hours + two-facet queries timed one at a time around
 * index.search(); then the same documents and queries through two peers in the same run (a
 * plain PostgreSQL full-text setup in its own schema of the same database, and MiniSearch in
 * this process), so the line compares engines on one machine at one moment.
 * peak_rss_mb is read after the product's part, before the peers add their own memory.
 */
export async function candidatesBench(): Promise<void> {
  const docs = Number(process.env.BENCH_DOCS ?? 100_000);
  const batch = Number(process.env.BENCH_BATCH ?? 1000);
  const measured = Number(process.env.BENCH_QUERIES ?? 500);
  const { db, database } = freshBenchDb("bench-candidates");
  try {
    const { index, buildMs } = await buildCandidateIndex(db, docs, batch);
    const product = await timeSearches("queries", (q) => index.search(q), measured);
    const peakRss = peakRssMb();

    const pg = await buildPostgresPeer(db, candidateDocBatches(docs, batch), docs);
    const pgTimes = await timeSearches("peer pg", (q) => pg.peer.search(q), measured);
    const mini = buildMiniSearchPeer(candidateDocBatches(docs, batch), docs);
    const miniTimes = await timeSearches("peer mini", (q) => mini.peer.search(q), measured);

    for (const [engine, t] of [
      ["product", product],
      ["peer pg", pgTimes],
      ["peer minisearch", miniTimes],
    ] as const)
      console.error(`${engine}: mean total ${round(t.meanTotal)} hits, p50 ${round(t.p50)} ms, max ${round(t.max)} ms`);
    const bestPeerP95 = Math.min(pgTimes.p95, miniTimes.p95);
    const p95Ratio = ratio(product.p95, bestPeerP95);
    const buildRatio = ratio(buildMs, pg.buildMs);
    console.log(
      JSON.stringify({
        bench: "candidates",
        database,
        docs,
        queries: measured,
        p50_ms: round(product.p50),
        p95_ms: round(product.p95),
        build_ms: Math.round(buildMs),
        peer_pg_p95_ms: round(pgTimes.p95),
        peer_pg_build_ms: Math.round(pg.buildMs),
        peer_minisearch_p95_ms: round(miniTimes.p95),
        peer_minisearch_build_ms: Math.round(mini.buildMs),
        ratio: p95Ratio,
        build_ratio: buildRatio,
        budget_p95_ok: p95Ratio <= 0.5,
        budget_build_ok: buildRatio <= 1.5,
        peak_rss_mb: peakRss,
      }),
    );
  } finally {
    await closeDb(db);
  }
}
