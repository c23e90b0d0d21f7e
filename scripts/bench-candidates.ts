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

type Engine = { name: string; search: (query: SearchQuery) => Promise<{ total: number }> };
type Timing = { p50: number; p95: number; max: number; meanTotal: number };

/**
 * The bench's queries (warm-up first), each timed alone around each engine's `search`. With
 * several engines every query goes to all of them in turn, the first one changing from query to
 * query, so a slower or busier moment of the machine falls on every engine alike and the ratios
 * stay comparable on a shared machine.
 */
export async function timeSearches(
  label: string,
  engines: readonly Engine[],
  measured: number,
  warmup = SEARCH_WARMUP,
): Promise<Record<string, Timing>> {
  const queries = benchQueries(warmup + measured);
  const times = engines.map(() => [] as number[]);
  const totals = engines.map(() => 0);
  const bar = progressBar(label, queries.length);
  for (const [i, query] of queries.entries()) {
    for (let k = 0; k < engines.length; k++) {
      const e = (i + k) % engines.length;
      const t0 = performance.now();
      const result = await engines[e]!.search(query);
      const ms = performance.now() - t0;
      if (i >= warmup) {
        times[e]!.push(ms);
        totals[e]! += result.total;
      }
    }
    bar.increment();
  }
  bar.stop();
  return Object.fromEntries(
    engines.map((engine, e) => {
      const sorted = times[e]!.sort((a, b) => a - b);
      return [
        engine.name,
        {
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          max: sorted.at(-1) ?? Number.NaN,
          meanTotal: totals[e]! / measured,
        },
      ];
    }),
  );
}

/**
 * Candidate search on the default adapter (PostgreSQL full text) in-process: 100 000 synthetic
 * profiles, typo + municipality + hours + two-facet queries timed one at a time around
 * index.search(); then the same documents and queries through two peers in the same run (a
 * plain PostgreSQL full-text setup in its own schema of the same database, and MiniSearch in
 * this process), so the line compares engines on one machine at one moment. The three answer
 * the queries in turn (timeSearches). peak_rss_mb is the whole process's peak (all three engines
 * in one process; with PGlite both databases' tables too); product_rss_mb is read after the
 * product's index is built, before the peers exist.
 */
export async function candidatesBench(): Promise<void> {
  const docs = Number(process.env.BENCH_DOCS ?? 100_000);
  const batch = Number(process.env.BENCH_BATCH ?? 1000);
  const measured = Number(process.env.BENCH_QUERIES ?? 500);
  const { db, database } = freshBenchDb("bench-candidates");
  try {
    const { index, buildMs } = await buildCandidateIndex(db, docs, batch);
    const productRss = peakRssMb();
    const pg = await buildPostgresPeer(db, candidateDocBatches(docs, batch), docs);
    const mini = buildMiniSearchPeer(candidateDocBatches(docs, batch), docs);
    const timing = await timeSearches(
      "queries",
      [
        { name: "product", search: (q) => index.search(q) },
        { name: "peer pg", search: (q) => pg.peer.search(q) },
        { name: "peer minisearch", search: (q) => mini.peer.search(q) },
      ],
      measured,
    );
    const product = timing["product"]!;
    const pgTimes = timing["peer pg"]!;
    const miniTimes = timing["peer minisearch"]!;
    for (const [engine, t] of Object.entries(timing))
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
        peak_rss_mb: peakRssMb(),
        product_rss_mb: productRss,
      }),
    );
  } finally {
    await closeDb(db);
  }
}
