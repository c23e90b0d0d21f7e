import { measureCodes } from "~/domain/measures/measure-codes";
import { retrieveAndRankCandidates } from "~/domain/matching/candidate-retrieval";
import type { OpeningForMatch } from "~/domain/matching/score";
import { accommodationCategories } from "~/domain/openings/accommodations";
import { occupations } from "~/domain/openings/occupations";
import { closeDb } from "~/lib/db.server";
import { buildCandidateIndex, SEARCH_WARMUP } from "./bench-candidates";
import { benchQueries, pickMunicipality, weighted } from "./generate-candidates";
import { freshBenchDb, peakRssMb, ratio, round } from "./lib/bench-db";
import { timeInTurn } from "./lib/timing";
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
 * Top-20 explained matches for 200 openings over 100 000 indexed candidates, each timed end to end:
 * retrieval through the search port (up to three filter queries) and the re-ranking with reasons.
 * Its reference, the candidate search's bench queries on the same index, runs in turn with it
 * (timeInTurn), so both meet the same moments of the machine.
 */
export async function matchingBench(): Promise<void> {
  const docs = Number(process.env.BENCH_DOCS ?? 100_000);
  const searches = Number(process.env.BENCH_QUERIES ?? 500);
  const matchings = 200;
  const { db, database } = freshBenchDb("bench-matching");
  try {
    const { index } = await buildCandidateIndex(db, docs, 1000);
    const queries = benchQueries(SEARCH_WARMUP + searches);
    const openings = benchOpenings(20 + matchings);
    let matches = 0;
    const timing = await timeInTurn("matching", [
      {
        name: "search",
        warmup: SEARCH_WARMUP,
        runs: searches,
        run: async (i) => void (await index.search(queries[i]!)),
      },
      {
        name: "matching",
        warmup: 20,
        runs: matchings,
        run: async (i) => {
          const ranked = await retrieveAndRankCandidates(index, openings[i]!, 20);
          if (i >= 20) matches += ranked.length;
        },
      },
    ]);
    console.error(`mean ${round(matches / matchings)} matches per opening`);
    const { p50, p95 } = timing["matching"]!;
    const searchP95 = timing["search"]!.p95;
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
