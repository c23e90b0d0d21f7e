import { describe, expect, it } from "vitest";
import { NEAR_MISS, rankMatches, scoreMatch, type CandidateForMatch, type OpeningForMatch } from "./score";

const opening: OpeningForMatch = {
  occupationCode: "9112",
  skills: ["renhold", "rengjøringsmaskin"],
  municipalityNumber: "4601",
  hoursPerWeek: 30,
  norwegianRank: 3,
  licenceClass: "NONE",
  accommodations: ["WORKING_HOURS"],
  measures: ["MIDLERTIDIG_LONNSTILSKUDD", "MENTOR"],
};
const perfect: CandidateForMatch = {
  occupationCodes: ["9112"],
  skills: ["renhold", "rengjøringsmaskin"],
  municipalityNumber: "4601",
  reachMunicipalities: ["4601"],
  hoursPerWeek: 30,
  norwegianRank: 3,
  licences: [],
  accommodations: ["WORKING_HOURS"],
  measures: ["MENTOR"],
};

describe("scoreMatch", () => {
  it("a candidate who fits on every factor scores 100, with a reason per factor and no fixes", () => {
    const m = scoreMatch(opening, perfect);
    expect(m.score).toBe(100);
    expect(m.factors.map((f) => f.key)).toEqual([
      "occupation",
      "skills",
      "place",
      "hours",
      "norwegian",
      "licence",
      "accommodations",
      "measures",
    ]);
    expect(m.factors.every((f) => f.reason.nb && f.reason.en)).toBe(true);
    expect(m.fixes).toEqual([]);
  });

  it.each([
    ["same occupation group only", { occupationCodes: ["9111"] }, "occupation", 0.5],
    ["another field", { occupationCodes: ["4321"] }, "occupation", 0],
    ["half the skills", { skills: ["renhold"] }, "skills", 0.5],
    ["same county, not listed", { reachMunicipalities: ["4627"], municipalityNumber: "4627" }, "place", 0.4],
    ["another county", { reachMunicipalities: ["5001"], municipalityNumber: "5001" }, "place", 0],
    ["20 of 30 hours", { hoursPerWeek: 20 }, "hours", 20 / 30],
    ["Norwegian one level below", { norwegianRank: 2 }, "norwegian", 0.5],
    ["Norwegian two levels below", { norwegianRank: 1 }, "norwegian", 0],
    ["a need the workplace cannot offer", { accommodations: ["WORKING_HOURS", "PHYSICAL"] }, "accommodations", 0.5],
    ["no measures in common", { measures: ["VARIG_LONNSTILSKUDD"] }, "measures", 0],
  ] as const)("%s", (_label, change, key, expected) => {
    const m = scoreMatch(opening, { ...perfect, ...change });
    expect(m.factors.find((f) => f.key === key)?.score).toBeCloseTo(expected, 5);
    expect(m.score).toBeLessThan(100);
  });

  it("weights are applied: losing the occupation costs 30 points, the licence 5", () => {
    expect(scoreMatch(opening, { ...perfect, occupationCodes: ["4321"] }).score).toBe(70);
    expect(scoreMatch({ ...opening, licenceClass: "B" }, perfect).score).toBe(95);
    expect(scoreMatch({ ...opening, licenceClass: "B" }, { ...perfect, licences: ["B"] }).score).toBe(100);
  });

  it("a near miss on hours suggests reduced hours with a temporary wage subsidy", () => {
    const m = scoreMatch(opening, { ...perfect, hoursPerWeek: 20 });
    expect(m.score).toBeGreaterThanOrEqual(NEAR_MISS);
    expect(m.fixes.find((f) => f.key === "hours")?.text.nb).toContain("midlertidig lønnstilskudd");
  });

  it("a near miss on Norwegian suggests language support; on accommodations names what is missing", () => {
    const m = scoreMatch(opening, { ...perfect, norwegianRank: 2, accommodations: ["PHYSICAL"] });
    expect(m.fixes.map((f) => f.key)).toEqual(expect.arrayContaining(["norwegian", "accommodations"]));
    expect(m.fixes.find((f) => f.key === "accommodations")?.text.en).toContain("physical adaptation");
  });

  it("a poor match gets no fixes", () => {
    const m = scoreMatch(opening, {
      ...perfect,
      occupationCodes: ["4321"],
      skills: [],
      reachMunicipalities: ["5001"],
      municipalityNumber: "5001",
      hoursPerWeek: 5,
      norwegianRank: 0,
    });
    expect(m.score).toBeLessThan(NEAR_MISS);
    expect(m.fixes).toEqual([]);
  });
});

describe("rankMatches", () => {
  it("sorts best first with a stable tie-break and keeps the top n", () => {
    const items = [
      { id: "b", c: perfect },
      { id: "a", c: perfect },
      { id: "c", c: { ...perfect, hoursPerWeek: 10 } },
    ];
    const ranked = rankMatches(
      items,
      (i) => scoreMatch(opening, i.c),
      (i) => i.id,
      2,
    );
    expect(ranked.map((r) => r.id)).toEqual(["a", "b"]);
  });
});
