import { describe, expect, it } from "vitest";
import { openingSchema } from "./opening-schema";

const valid = {
  kind: "JOB",
  title: "Renholder i barnehage",
  description: "Vi søker en renholder til daglig renhold av barnehagen vår på Sandsli.",
  occupationCode: "9112",
  municipalityNumber: "4601",
  hoursPerWeek: "20",
  extent: "PART_TIME",
  skills: "Renhold, renhold,  Rengjøring ",
  measures: ["MENTOR", "ARBEIDSTRENING"],
  accommodations: "WORKING_HOURS",
};

describe("opening schema", () => {
  it("accepts a valid job and normalises tags and lists", () => {
    const r = openingSchema.safeParse(valid);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.skills).toEqual(["renhold", "rengjøring"]);
    expect(r.data.accommodations).toEqual(["WORKING_HOURS"]);
    expect(r.data.measures).toEqual(["MENTOR", "ARBEIDSTRENING"]);
    expect(r.data.hoursPerWeek).toBe(20);
    expect(r.data.reservedForInclusion).toBe(false);
  });

  it.each([
    ["occupationCode", "0000", "errors.occupationInvalid"],
    ["municipalityNumber", "1201", "errors.municipalityInvalid"],
    ["hoursPerWeek", "0", "errors.hoursInvalid"],
    ["title", "ab", "errors.titleTooShort"],
    ["measures", ["FREE_MONEY"], undefined],
  ])("rejects %s = %s", (field, value, message) => {
    const r = openingSchema.safeParse({ ...valid, [field]: value });
    expect(r.success).toBe(false);
    if (message && !r.success) expect(r.error.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("checks dates and budgets against each other", () => {
    const r = openingSchema.safeParse({ ...valid, startDate: "2026-12-01", applicationDeadline: "2026-12-15" });
    expect(r.success).toBe(false);
    const t = openingSchema.safeParse({ ...valid, kind: "TASK", budgetMinNok: "50000", budgetMaxNok: "10000" });
    expect(t.success).toBe(false);
  });

  it("reserves only tasks for inclusion companies", () => {
    expect(openingSchema.safeParse({ ...valid, reservedForInclusion: "on" }).success).toBe(false);
    expect(openingSchema.safeParse({ ...valid, kind: "TASK", reservedForInclusion: "on" }).success).toBe(true);
  });
});
