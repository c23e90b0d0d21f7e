import type { CandidateSearchDoc } from "~/domain/candidates/search-document";
import { measureCodes } from "~/domain/measures/measure-codes";
import { retrieveAndRankCandidates } from "~/domain/matching/candidate-retrieval";
import type { OpeningForMatch } from "~/domain/matching/score";
import { accommodationCategories } from "~/domain/openings/accommodations";
import { occupations } from "~/domain/openings/occupations";
import { closeDb } from "~/lib/db.server";
import type { SearchIndex } from "#search/port";
import { buildCandidateIndex, timeSearches } from "./bench-candidates";
import { pickMunicipality, weighted } from "./generate-candidates";
import { freshBenchDb, peakRssMb, progressBar, ratio, round } from "./lib/bench-db";
import { percentile } from "./lib/percentile";
import { seededRandom } from "./lib/random";

/** Openings for the matching benchmark: common occupations, larger towns, varied demands. */
export function benchOpenings(count: number, seed = 11): OpeningForMatch[] {
  const rnd = seededRandom(seed);
  const pickOccupation = weighted(
    occupations.map(
      (o, i) =>
        [o, ["CLEANING", "FOOD", "LOGISTICS", "RETAIL", "CARE"].includes(o.group) ? 4 : 1 / (1 + (i % 3))] as const,
    ),
  );
  const pickHours = weighted<number>([
    [15, 2],
    [20, 4],
    [25, 2],
    [30, 3],
    [37.5, 5],
  ]);
  return Array.from({ length: count }, () => {
    const o = pickOccupation(rnd);
    return {
      occupationCode: o.code,
      skills: rnd.some(
        o.nb
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w.length > 3)
          .concat(["renhold", "truckførerbevis", "kundeservice", "oppvask", "pakking"]),
        3,
      ),
      municipalityNumber: pickMunicipality(rnd).code,
      hoursPerWeek: pickHours(rnd),
      norwegianRank: Math.floor(rnd.next() * 5),
      licenceClass: rnd.next() < 0.2 ? "B" : "NONE",
      accommodations: rnd.some(accommodationCategories, 2),
      measures: rnd.some(measureCodes, 3),
    };
  });
}

/**
 * Top-20 explained matches for `count` different openings, each timed end to end: retrieval
 * through the search port (up to three filter queries) and the re-ranking with reasons.
 */
export async function timeMatching(
  index: SearchIndex<CandidateSearchDoc>,
  count = 200,
  warmup = 20,
): Promise<{ p50: number; p95: number; meanPool: number }> {
  const openings = benchOpenings(warmup + count);
  const times: number[] = [];
  let results = 0;
  const bar = progressBar("matching", openings.length);
  for (const [i, opening] of openings.entries()) {
    const t0 = performance.now();
    const ranked = await retrieveAndRankCandidates(index, opening, 20);
    const ms = performance.now() - t0;
    if (i >= warmup) {
      times.push(ms);
      results += ranked.length;
    }
    bar.increment();
  }
  bar.stop();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), meanPool: results / count };
}

/**
 * Top-20 explained matches for 200 openings over 100 000 indexed candidates (retrieval + re-ranking),
 * and as its reference the candidate search's queries on the same index in the same run.
 */
export async function matchingBench(): Promise<void> {
  const docs = Number(process.env.BENCH_DOCS ?? 100_000);
  const { db, database } = freshBenchDb("bench-matching");
  try {
    const { index } = await buildCandidateIndex(db, docs, 1000);
    const { search } = await timeSearches(
      "search",
      [{ name: "search", search: (q) => index.search(q) }],
      Number(process.env.BENCH_QUERIES ?? 500),
    );
    const { p50, p95, meanPool } = await timeMatching(index, 200);
    console.error(`mean ${round(meanPool)} matches per opening`);
    const searchP95 = search?.p95 ?? Number.NaN;
    const r = ratio(p95, searchP95);
    console.log(
      JSON.stringify({
        bench: "matching",
        database,
        docs,
        p50_ms: round(p50),
        p95_ms: round(p95),
        search_p95_ms: round(searchP95),
        ratio: r,
        budget_ok: r <= 2,
        peak_rss_mb: peakRssMb(),
      }),
    );
  } finally {
    await closeDb(db);
  }
}
