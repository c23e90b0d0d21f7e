import { describe, expect, it } from "vitest";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { isOccupationCode } from "~/domain/openings/occupations";
import { seededRandom } from "./lib/random";
import { benchQueries, generateCandidates, withTypo } from "./generate-candidates";

/** Plain Levenshtein distance, to check the typo generator. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

describe("synthetic candidates for the benchmark", () => {
  const docs = generateCandidates(2000);

  it("is the same for the same seed and differs for another", () => {
    expect(generateCandidates(50)).toEqual(docs.slice(0, 50));
    expect(generateCandidates(50, 7)).not.toEqual(docs.slice(0, 50));
  });

  it("makes valid search documents with skewed, realistic values", () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.occupationCodes.every(isOccupationCode)).toBe(true);
      expect(isMunicipalityCode(d.municipalityNumber)).toBe(true);
      expect(d.reachMunicipalities).toContain(d.municipalityNumber);
      expect(d.hoursPerWeek).toBeGreaterThanOrEqual(10);
      expect(d.hoursPerWeek).toBeLessThanOrEqual(37.5);
      expect(d.summary.length).toBeGreaterThan(20);
    }
    const common = docs.filter((d) =>
      ["CLEANING", "FOOD", "LOGISTICS", "RETAIL", "CARE"].includes(d.occupationGroups[0]!),
    ).length;
    expect(common / docs.length).toBeGreaterThan(0.75);
    const oslo = docs.filter((d) => d.municipalityNumber === "0301").length;
    expect(oslo / docs.length).toBeGreaterThan(0.05); // one of 357 municipalities, but the largest
  });

  it("makes one typo, never in the first letter", () => {
    const rnd = seededRandom(1);
    for (const word of ["renholder", "kjøkkenassistent", "truckfører", "lager"]) {
      for (let i = 0; i < 50; i++) {
        const typo = withTypo(word, rnd);
        expect(typo[0]).toBe(word[0]);
        expect(distance(word, typo)).toBeGreaterThanOrEqual(1);
        expect(distance(word, typo)).toBeLessThanOrEqual(word.length >= 8 ? 2 : 1);
      }
    }
  });

  it("makes queries of one or two words with a municipality, a minimum of hours and two facets", () => {
    const queries = benchQueries(200);
    expect(benchQueries(200)).toEqual(queries);
    for (const q of queries) {
      expect(q.q?.split(" ").length).toBeLessThanOrEqual(2);
      expect(q.filters?.map((f) => `${f.field}:${f.op}`)).toEqual(["reachMunicipalities:eq", "hoursPerWeek:range"]);
      expect(q.facets).toEqual(["languages", "occupationGroups"]);
    }
  });
});
