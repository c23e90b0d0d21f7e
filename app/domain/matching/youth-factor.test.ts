import { describe, expect, it } from "vitest";
import { scoreMatch, type CandidateForMatch, type OpeningForMatch } from "./score";

const base: OpeningForMatch = {
  occupationCode: "7115",
  skills: [],
  municipalityNumber: "4601",
  hoursPerWeek: 37.5,
  norwegianRank: 0,
  licenceClass: "NONE",
  accommodations: [],
  measures: [],
};
const apprenticeship: OpeningForMatch = { ...base, kind: "APPRENTICESHIP", tradeCode: "TOMRER" };
const summer: OpeningForMatch = {
  ...base,
  occupationCode: "5223",
  kind: "SUMMER_JOB",
  ageMin: 16,
  ageMax: 24,
  startDate: "2027-06-21",
};
const nineteen: CandidateForMatch = {
  occupationCodes: ["7115"],
  skills: [],
  municipalityNumber: "4601",
  reachMunicipalities: ["4601"],
  hoursPerWeek: 37.5,
  norwegianRank: 5,
  licences: [],
  accommodations: [],
  measures: [],
  age: 19,
  targetGroups: ["UNDER_25"],
  earliestStart: "2027-01-01",
};
const youth = (o: OpeningForMatch, c: CandidateForMatch) => scoreMatch(o, c).factors.find((f) => f.key === "youth");

describe("the youth factor", () => {
  it("jobs and tasks have no youth factor, so their scores are as before", () => {
    expect(youth({ ...base, kind: "JOB" }, nineteen)).toBeUndefined();
    expect(youth(base, nineteen)).toBeUndefined();
  });

  it("a candidate under 25 interested in the trade gets the apprenticeship with a reason sentence", () => {
    const f = youth(apprenticeship, nineteen);
    expect(f?.score).toBe(1);
    expect(f?.reason.nb).toBe("Under 25 år og interessert i tømrerfaget: en læreplass innen rekkevidde.");
    expect(f?.reason.en).toBe("Under 25 and interested in carpentry: an apprenticeship within reach.");
    // Only the measures factor is short: the employer listed none.
    expect(scoreMatch(apprenticeship, nineteen).score).toBe(98);
  });

  it("interest without youth, youth without interest, and neither score lower in that order", () => {
    const older = youth(apprenticeship, { ...nineteen, age: 31, targetGroups: [] })?.score ?? -1;
    const elsewhere = youth(apprenticeship, { ...nineteen, occupationCodes: ["5223"] })?.score ?? -1;
    const neither = youth(apprenticeship, { ...nineteen, age: 31, occupationCodes: ["5223"] })?.score ?? -1;
    expect(older).toBeGreaterThan(elsewhere);
    expect(elsewhere).toBeGreaterThan(neither);
    expect(neither).toBe(0);
  });

  it("an employer, who sees only the age band, still finds the young candidate", () => {
    const f = youth(apprenticeship, { ...nineteen, age: undefined });
    expect(f?.score).toBe(1);
  });

  it("a summer job matches on age and on the first day", () => {
    expect(youth(summer, nineteen)).toMatchObject({
      score: 1,
      reason: { nb: "19 år, innenfor 16–24 år, og kan begynne 2027-06-21." },
    });
    expect(youth(summer, { ...nineteen, age: 26 })?.score).toBe(0);
    expect(youth(summer, { ...nineteen, age: 15 })?.score).toBe(0);
    const late = youth(summer, { ...nineteen, earliestStart: "2027-07-15" });
    expect(late?.score).toBe(0.5);
    expect(late?.reason.en).toContain("can only start on 2027-07-15");
    expect(youth(summer, { ...nineteen, age: undefined })?.score).toBe(0.8);
    expect(youth(summer, { ...nineteen, age: undefined, targetGroups: [] })?.score).toBeLessThan(0.8);
  });
});
