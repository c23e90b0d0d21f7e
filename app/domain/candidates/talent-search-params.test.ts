import { describe, expect, it } from "vitest";
import { toCandidateSearchDoc, type CandidateForIndex } from "./search-document";
import { meetsTalentFilters, talentSearchParams } from "./talent-search-params";

const row: CandidateForIndex = {
  id: "c1",
  code: "K-12345",
  organizationId: "org1",
  organization: { name: "Bergen Arbeid AS" },
  occupationCodes: ["9112"],
  skills: ["renhold"],
  summary: "Renhold i kontorbygg.",
  municipalityNumber: "4601",
  travelMode: "OWN_MUNICIPALITY",
  workMunicipalities: [],
  hoursPerWeek: 20,
  earliestStart: null,
  norwegianLevel: "B1",
  languages: [],
  licences: ["B"],
  measures: ["MENTOR", "IPS_JOBBSTOTTE"],
  accommodations: ["PHYSICAL"],
  targetGroups: ["UNDER_25", "AAP"],
  accommodationConsentAt: null,
  updatedAt: new Date("2026-11-22T10:00:00Z"),
};
const params = (p: Record<string, unknown>) => talentSearchParams.parse(p);

describe("meetsTalentFilters: a hit re-checked against the profile as it is now", () => {
  it("drops a hit found by a sensitive measure or an accommodation the candidate does not share", () => {
    const doc = toCandidateSearchDoc(row);
    expect(meetsTalentFilters(doc, params({ measures: "IPS_JOBBSTOTTE" }))).toBe(false);
    expect(meetsTalentFilters(doc, params({ accommodations: "PHYSICAL" }))).toBe(false);
    expect(meetsTalentFilters(doc, params({ measures: ["IPS_JOBBSTOTTE", "MENTOR"] }))).toBe(true);
  });

  it("keeps it while the candidate shares them", () => {
    const doc = toCandidateSearchDoc({ ...row, accommodationConsentAt: new Date() });
    expect(meetsTalentFilters(doc, params({ measures: "IPS_JOBBSTOTTE", accommodations: "PHYSICAL" }))).toBe(true);
  });

  it("re-checks the other filters too", () => {
    const doc = toCandidateSearchDoc(row);
    expect(meetsTalentFilters(doc, params({}))).toBe(true);
    expect(
      meetsTalentFilters(doc, params({ municipality: "4601", minHours: "20", minNorwegian: "B1", licences: "B" })),
    ).toBe(true);
    expect(meetsTalentFilters(doc, params({ municipality: "0301" }))).toBe(false);
    expect(meetsTalentFilters(doc, params({ minHours: "25" }))).toBe(false);
    expect(meetsTalentFilters(doc, params({ minNorwegian: "B2" }))).toBe(false);
    expect(meetsTalentFilters(doc, params({ occupationGroup: "FOOD" }))).toBe(false);
  });
});
