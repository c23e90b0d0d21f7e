import cliProgress from "cli-progress";
import type { CandidateSearchDoc } from "~/domain/candidates/search-document";
import { measureCodes } from "~/domain/measures/measure-codes";
import { retrieveAndRankCandidates } from "~/domain/matching/candidate-retrieval";
import type { OpeningForMatch } from "~/domain/matching/score";
import { accommodationCategories } from "~/domain/openings/accommodations";
import { occupations } from "~/domain/openings/occupations";
import type { SearchIndex } from "#search/port";
import { pickMunicipality, weighted } from "./generate-candidates";
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
  const bar = new cliProgress.SingleBar(
    { format: "matching  [{bar}] {value}/{total}", stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(openings.length, 0);
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
