import { describe, expect, it } from "vitest";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { periodMonths, withNavDecisions, type NavDecisionView } from "./approved-package";

const subsidy: PackageMeasureInput = {
  code: "MIDLERTIDIG_LONNSTILSKUDD",
  percent: 40,
  months: 12,
  reducedWorkCapacity: false,
};
const mentor: PackageMeasureInput = {
  code: "MENTOR",
  percent: null,
  months: 6,
  reducedWorkCapacity: false,
  mentorHoursPerMonth: 10,
  mentorHourlyWageOre: 30_000,
};
const decision = (over: Partial<NavDecisionView>): NavDecisionView => ({
  measureCode: "MIDLERTIDIG_LONNSTILSKUDD",
  outcome: "APPROVED",
  percent: 30,
  periodFrom: "2027-01-01",
  periodTo: "2027-06-30",
  reason: null,
  decidedOn: "2026-12-15",
  ...over,
});

describe("periodMonths: an approved period as whole months, a started month counting", () => {
  it.each([
    ["2027-01-01", "2027-06-30", 6],
    ["2027-01-15", "2027-07-14", 6],
    ["2027-01-15", "2027-07-15", 7],
    // A month from 31 January ends on 27 February (31 January + 1 month is 28 February, clamped).
    ["2027-01-31", "2027-02-27", 1],
    ["2027-01-31", "2027-02-28", 2],
    ["2027-03-01", "2027-03-01", 1],
    ["2026-11-01", "2027-10-31", 12],
  ])("%s – %s is %i months", (from, to, months) => {
    expect(periodMonths(from, to)).toBe(months);
  });

  it("refuses a period that ends before it starts, or a day that does not exist", () => {
    expect(() => periodMonths("2027-02-01", "2027-01-31")).toThrow(RangeError);
    expect(() => periodMonths("2027-02-30", "2027-03-31")).toThrow(RangeError);
  });
});

describe("withNavDecisions: the package as NAV decided it", () => {
  it("takes NAV's percentage and period for an approved wage subsidy", () => {
    expect(withNavDecisions([subsidy, mentor], [decision({})])).toEqual([
      { ...subsidy, percent: 30, months: 6 },
      mentor,
    ]);
  });

  it("drops a declined measure and keeps one NAV has not decided on", () => {
    const declined = decision({ outcome: "DECLINED", percent: null, periodFrom: null, periodTo: null, reason: "Nei" });
    expect(withNavDecisions([subsidy, mentor], [declined])).toEqual([mentor]);
  });

  it("gives a measure without a percentage only its period", () => {
    const approved = decision({ measureCode: "MENTOR", percent: 50, periodFrom: "2027-01-01", periodTo: "2027-03-31" });
    expect(withNavDecisions([mentor], [approved])).toEqual([{ ...mentor, months: 3 }]);
  });
});
