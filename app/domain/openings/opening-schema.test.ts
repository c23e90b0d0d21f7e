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

describe("the youth kinds' own fields", () => {
  const apprenticeship = {
    ...valid,
    kind: "APPRENTICESHIP",
    occupationCode: "7115",
    programmeArea: "BA",
    tradeCode: "TOMRER",
    trainingMonths: "24",
    approvedTrainingCompany: "on",
  };
  const summer = {
    ...valid,
    kind: "SUMMER_JOB",
    startDate: "2027-06-21",
    endDate: "2027-07-16",
    ageMin: "15",
    ageMax: "24",
  };
  const errorsOf = (input: Record<string, unknown>) => {
    const r = openingSchema.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
  };

  it("accepts an apprenticeship with trade, programme area, length and approval", () => {
    const r = openingSchema.safeParse(apprenticeship);
    expect(r.success).toBe(true);
    if (r.success)
      expect(r.data).toMatchObject({ tradeCode: "TOMRER", trainingMonths: 24, approvedTrainingCompany: true });
  });

  it("an apprenticeship or training-candidate place needs a trade of its programme area and a length", () => {
    expect(errorsOf({ ...apprenticeship, tradeCode: undefined, trainingMonths: undefined })).toEqual({
      tradeCode: "youth.errors.tradeRequired",
      trainingMonths: "youth.errors.trainingMonthsRequired",
    });
    expect(errorsOf({ ...apprenticeship, kind: "TRAINING_CANDIDATE", programmeArea: "HO" })).toEqual({
      tradeCode: "youth.errors.tradeNotInArea",
    });
    expect(errorsOf({ ...apprenticeship, tradeCode: "ASTRONAUT" })).toEqual({ tradeCode: "youth.errors.tradeInvalid" });
    expect(errorsOf({ ...apprenticeship, trainingMonths: "60" })).toEqual({
      trainingMonths: "youth.errors.trainingMonthsInvalid",
    });
  });

  it("a summer job needs its dates and an age range within 15–29", () => {
    expect(openingSchema.safeParse(summer).success).toBe(true);
    expect(openingSchema.safeParse({ ...summer, ageMax: "29" }).success).toBe(true);
    expect(errorsOf({ ...summer, startDate: undefined, endDate: undefined, ageMin: undefined })).toEqual({
      startDate: "youth.errors.startRequired",
      endDate: "youth.errors.endRequired",
      ageMin: "youth.errors.ageRequired",
    });
    expect(errorsOf({ ...summer, ageMin: "14" })).toEqual({ ageMin: "youth.errors.ageInvalid" });
    expect(errorsOf({ ...summer, ageMax: "30" })).toEqual({ ageMax: "youth.errors.ageInvalid" });
    expect(errorsOf({ ...summer, ageMin: "24", ageMax: "18" })).toEqual({ ageMax: "youth.errors.ageRange" });
    expect(errorsOf({ ...summer, endDate: "2027-06-01" })).toEqual({ endDate: "youth.errors.endBeforeStart" });
  });

  it("a work placement needs no more than a job; a reserved contract stays for tasks only", () => {
    expect(openingSchema.safeParse({ ...valid, kind: "WORK_PLACEMENT" }).success).toBe(true);
    expect(errorsOf({ ...summer, reservedForInclusion: "on" })).toEqual({
      reservedForInclusion: "errors.reservedOnlyForTasks",
    });
  });
});
