import { describe, expect, it } from "vitest";
import {
  addMonths,
  inForce,
  nearCeiling,
  nearExpiry,
  percentOf,
  quartersBetween,
  remainingOre,
  usageByQuarter,
} from "./ceilings";

describe("agreement ceilings", () => {
  it("reaches the 80 % alert at exactly 80 %, not at 79.99 %", () => {
    expect(nearCeiling(80_000_00, 100_000_00)).toBe(true);
    expect(nearCeiling(79_999_99, 100_000_00)).toBe(false);
    expect(nearCeiling(120_000_00, 100_000_00)).toBe(true);
    expect(percentOf(79_999_99, 100_000_00)).toBe(79);
    expect(percentOf(0, 0)).toBe(0);
  });

  it("counts what is left, never below zero", () => {
    expect(remainingOre(30_000_00, 100_000_00)).toBe(70_000_00);
    expect(remainingOre(110_000_00, 100_000_00)).toBe(0);
  });

  it("lists every quarter of a period across years", () => {
    expect(quartersBetween("2026-02-15", "2027-04-01")).toEqual([
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
      "2027-Q1",
      "2027-Q2",
    ]);
  });

  it("puts a call-off in the Oslo quarter of its instant, with running totals", () => {
    const quarters = usageByQuarter(
      [
        // 23:30 on 31 March in Oslo (summer time, UTC+2) is 21:30 UTC: still the first quarter.
        { calledOffAt: new Date("2026-03-31T21:30:00Z"), amountExVatOre: 10_000_00 },
        // 00:30 on 1 April in Oslo is 22:30 UTC on 31 March: the second quarter.
        { calledOffAt: new Date("2026-03-31T22:30:00Z"), amountExVatOre: 20_000_00 },
        // 00:30 on 1 January in Oslo (winter time, UTC+1) is 23:30 UTC on 31 December.
        { calledOffAt: new Date("2026-12-31T23:30:00Z"), amountExVatOre: 55_000_00 },
      ],
      { startsOn: "2026-01-01", endsOn: "2027-03-31" },
      100_000_00,
    );
    expect(quarters.map((q) => [q.quarter, q.usedOre, q.cumulativeOre, q.percentOfCeiling])).toEqual([
      ["2026-Q1", 10_000_00, 10_000_00, 10],
      ["2026-Q2", 20_000_00, 30_000_00, 30],
      ["2026-Q3", 0, 30_000_00, 30],
      ["2026-Q4", 0, 30_000_00, 30],
      ["2027-Q1", 55_000_00, 85_000_00, 85],
    ]);
  });

  it("knows when the agreement is in force and when its end is 90 days off", () => {
    expect(inForce("2026-06-01", "2026-01-01", "2026-12-31")).toBe(true);
    expect(inForce("2026-12-31", "2026-01-01", "2026-12-31")).toBe(true);
    expect(inForce("2027-01-01", "2026-01-01", "2026-12-31")).toBe(false);
    expect(nearExpiry("2026-10-02", "2026-12-31")).toBe(true); // 90 days
    expect(nearExpiry("2026-10-01", "2026-12-31")).toBe(false); // 91 days
    expect(nearExpiry("2027-01-01", "2026-12-31")).toBe(false); // already ended
  });

  it("extends by calendar months, on the last day of a shorter month", () => {
    expect(addMonths("2026-12-31", 12)).toBe("2027-12-31");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
  });
});
