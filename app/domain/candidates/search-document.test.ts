import { describe, expect, it } from "vitest";
import { reachOf, toCandidateSearchDoc, type CandidateForIndex } from "./search-document";

/** A database row as Prisma returns it: the personal part is there, and must not pass. */
const row = {
  id: "c1",
  code: "K-12345",
  organizationId: "org1",
  organization: { name: "Bergen Arbeid AS" },
  fullName: "Hemmelig Navn",
  birthYear: 1980,
  phone: "91234567",
  email: "hemmelig@eksempel.no",
  notes: "privat notat",
  targetGroups: ["NEWLY_ARRIVED", "VTA_AFT"],
  occupationCodes: ["9112"],
  skills: ["renhold"],
  summary: "Renhold i kontorbygg.",
  municipalityNumber: "4601",
  travelMode: "OWN_MUNICIPALITY",
  workMunicipalities: [],
  hoursPerWeek: 20,
  earliestStart: null,
  norwegianLevel: "B1",
  languages: [{ code: "ar", level: "C2" }],
  licences: ["B"],
  measures: [
    "MENTOR",
    "IPS_JOBBSTOTTE",
    "VTA_O",
    "VARIG_LONNSTILSKUDD",
    "FUNKSJONSASSISTANSE",
    "MIDLERTIDIG_LONNSTILSKUDD",
  ],
  accommodations: ["PHYSICAL"],
  accommodationConsentAt: null,
  updatedAt: new Date("2026-11-22T10:00:00Z"),
} satisfies CandidateForIndex & Record<string, unknown>;

describe("toCandidateSearchDoc", () => {
  it("copies only the anonymised fields, whatever the row holds", () => {
    const doc = JSON.stringify(toCandidateSearchDoc(row));
    for (const secret of [
      "Hemmelig",
      "91234567",
      "hemmelig@eksempel.no",
      "privat notat",
      "1980",
      "NEWLY_ARRIVED",
      "VTA_AFT",
    ])
      expect(doc).not.toContain(secret);
  });
  it("holds no sensitive measure and no target group without the consent to share them", () => {
    const doc = JSON.stringify(toCandidateSearchDoc(row));
    for (const secret of [
      "IPS_JOBBSTOTTE",
      "VTA_O",
      "VARIG_LONNSTILSKUDD",
      "FUNKSJONSASSISTANSE",
      "VTA_AFT",
      "PHYSICAL",
    ])
      expect(doc).not.toContain(secret);
    expect(toCandidateSearchDoc(row).measures).toEqual(["MENTOR", "MIDLERTIDIG_LONNSTILSKUDD"]);
  });
  it("holds the sensitive measures and sensitive target groups while the consent is in force, never a follow-up group", () => {
    const doc = toCandidateSearchDoc({ ...row, accommodationConsentAt: new Date() });
    expect(doc.measures).toEqual(row.measures);
    // Issue 17: the sensitive target groups follow the same consent; "newly arrived" stays with the company.
    expect(doc.targetGroups).toEqual(["VTA_AFT"]);
    expect(JSON.stringify(doc)).not.toContain("NEWLY_ARRIVED");
  });
  it("shows accommodation categories only with their consent", () => {
    expect(toCandidateSearchDoc(row).accommodations).toEqual([]);
    expect(toCandidateSearchDoc({ ...row, accommodationConsentAt: new Date() }).accommodations).toEqual(["PHYSICAL"]);
  });
  it("lists Norwegian as a language only when the candidate speaks some", () => {
    expect(toCandidateSearchDoc(row).languages).toEqual(["no", "ar"]);
    expect(toCandidateSearchDoc({ ...row, norwegianLevel: "NONE" }).languages).toEqual(["ar"]);
    expect(toCandidateSearchDoc(row).norwegianRank).toBe(3);
  });
});

describe("reachOf", () => {
  it("is the home municipality, the listed ones, or the whole county", () => {
    expect(
      reachOf({ municipalityNumber: "4601", travelMode: "OWN_MUNICIPALITY", workMunicipalities: ["4627"] }),
    ).toEqual(["4601"]);
    expect(reachOf({ municipalityNumber: "4601", travelMode: "LISTED", workMunicipalities: ["4627", "4601"] })).toEqual(
      ["4601", "4627"],
    );
    const county = reachOf({ municipalityNumber: "4601", travelMode: "COUNTY", workMunicipalities: [] });
    expect(county).toContain("4627");
    expect(county).not.toContain("5001");
  });
});
