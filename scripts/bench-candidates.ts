import {
  CANDIDATES_INDEX,
  candidatesIndexSettings,
  type CandidateSearchDoc,
} from "~/domain/candidates/search-document";
import { closeDb, type Db } from "~/lib/db.server";
import { postgresEngine } from "#search/postgres/postgres-index";
import type { SearchIndex, SearchQuery } from "#search/port";
import { miniSearchPeerBuilder } from "./bench-peers/minisearch";
import { postgresPeerBuilder } from "./bench-peers/postgres-fts";
import { buildInTurn, type IndexBuilder } from "./lib/build-in-turn";
import { benchQueries, candidateDocBatches } from "./generate-candidates";
import { freshBenchDb, peakRssMb, progressBar, ratio, round } from "./lib/bench-db";
import { percentile } from "./lib/percentile";

/**
 * The product's index built through the port on the default adapter. build_ms covers
 * applySettings, every upsert (index maintenance included) and the ANALYZE that fresh statistics
 * need; generating the documents is not counted.
 */
export function productIndexBuilder(db: Db): IndexBuilder<SearchIndex<CandidateSearchDoc>> {
  const index = postgresEngine(db).index<CandidateSearchDoc>(CANDIDATES_INDEX, candidatesIndexSettings);
  return {
    name: "product",
    start: () => index.applySettings(candidatesIndexSettings),
    load: (batch) => index.upsert(batch),
    async finish() {
      // Fresh planner statistics after a bulk load, as autovacuum would give a live system.
      await db.$executeRawUnsafe("ANALYZE search.documents");
      await db.$executeRawUnsafe("ANALYZE search.lexicon");
      return index;
    },
  };
}

/** `docs` synthetic candidates in the product's index, alone (matching). */
export async function buildCandidateIndex(
  db: Db,
  docs: number,
  batch: number,
): Promise<{ index: SearchIndex<CandidateSearchDoc>; buildMs: number }> {
  const [built] = await buildInTurn([productIndexBuilder(db)] as const, candidateDocBatches(docs, batch), docs);
  return { index: built.result, buildMs: built.buildMs };
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
 * this process), so the line compares engines on one machine at one moment. The three are built
 * batch by batch in turn (buildInTurn) and answer the queries in turn (timeSearches).
 * peak_rss_mb is the whole process's peak: all three engines live in it (with PGlite, both
 * PostgreSQL setups' tables too).
 */
export async function candidatesBench(): Promise<void> {
  const docs = Number(process.env.BENCH_DOCS ?? 100_000);
  const batch = Number(process.env.BENCH_BATCH ?? 1000);
  const measured = Number(process.env.BENCH_QUERIES ?? 500);
  const { db, database } = freshBenchDb("bench-candidates");
  try {
    const [product, pg, mini] = await buildInTurn(
      [productIndexBuilder(db), postgresPeerBuilder(db), miniSearchPeerBuilder()] as const,
      candidateDocBatches(docs, batch),
      docs,
    );
    const index = product.result;
    const buildMs = product.buildMs;
    const timing = await timeSearches(
      "queries",
      [
        { name: "product", search: (q) => index.search(q) },
        { name: "peer pg", search: (q) => pg.result.search(q) },
        { name: "peer minisearch", search: (q) => mini.result.search(q) },
      ],
      measured,
    );
    const productTimes = timing["product"]!;
    const pgTimes = timing["peer pg"]!;
    const miniTimes = timing["peer minisearch"]!;
    for (const [engine, t] of Object.entries(timing))
      console.error(`${engine}: mean total ${round(t.meanTotal)} hits, p50 ${round(t.p50)} ms, max ${round(t.max)} ms`);
    const bestPeerP95 = Math.min(pgTimes.p95, miniTimes.p95);
    const p95Ratio = ratio(productTimes.p95, bestPeerP95);
    const buildRatio = ratio(buildMs, pg.buildMs);
    console.log(
      JSON.stringify({
        bench: "candidates",
        database,
        docs,
        queries: measured,
        p50_ms: round(productTimes.p50),
        p95_ms: round(productTimes.p95),
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
      }),
    );
  } finally {
    await closeDb(db);
  }
}
