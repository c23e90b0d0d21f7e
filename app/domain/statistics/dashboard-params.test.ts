import { describe, expect, it } from "vitest";
import { osloMidnight } from "~/lib/dates";
import { assumptionsOf, parseDashboardParams, periodOf } from "./dashboard-params";

const params = (qs: string) => parseDashboardParams(new URL(`http://x/?${qs}`));

describe("dashboard periods", () => {
  it("a quarter is the Oslo quarter of today, from local midnight", () => {
    const p = periodOf(params("period=quarter"), "2026-11-22");
    expect([p.fromDay, p.toDay]).toEqual(["2026-10-01", "2026-12-31"]);
    // Oslo is UTC+2 on 1 October (summer time) and UTC+1 on 1 January.
    expect(p.from.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    expect(p.to.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
  it("a year, and a custom range with both ends included", () => {
    expect(periodOf(params("period=year"), "2026-05-03").fromDay).toBe("2026-01-01");
    const c = periodOf(params("period=custom&from=2026-03-01&to=2026-03-31"), "2026-05-03");
    expect([c.fromDay, c.toDay]).toEqual(["2026-03-01", "2026-03-31"]);
    expect(c.to.toISOString()).toBe("2026-03-31T22:00:00.000Z");
  });
  it("a custom range that is invalid falls back to the year", () => {
    expect(periodOf(params("period=custom&from=2026-05-01&to=2026-03-01"), "2026-05-03").fromDay).toBe("2026-01-01");
  });
  it("midnight in Oslo across the clock change", () => {
    expect(osloMidnight("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(osloMidnight("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("saving assumptions", () => {
  it("are read from the URL in kroner and kept in øre", () => {
    const a = assumptionsOf(params("months=6&NEWLY_ARRIVED=20000"));
    expect(a.months).toBe(6);
    expect(a.monthlyOreByGroup.NEWLY_ARRIVED).toBe(2_000_000);
    expect(a.defaultMonthlyOre).toBe(1_200_000);
  });
});
