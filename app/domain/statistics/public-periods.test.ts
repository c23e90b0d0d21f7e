import { describe, expect, it } from "vitest";
import {
  defaultPublicPeriod,
  parsePublicPeriod,
  publicPeriodKey,
  publicPeriodRange,
  publicPeriods,
} from "./public-periods";

const periode = (qs: string, today: string) =>
  publicPeriodKey(parsePublicPeriod(new URL(`http://x/statistikk/4601?${qs}`), today));

describe("public periods", () => {
  it("offer completed quarters and completed years only, newest first", () => {
    const { quarters, years } = publicPeriods("2026-12-02");
    expect(quarters.map(publicPeriodKey).slice(0, 4)).toEqual(["2026-K3", "2026-K2", "2026-K1", "2025-K4"]);
    expect(quarters.map(publicPeriodKey)).not.toContain("2026-K4");
    expect(quarters.map(publicPeriodKey).at(-1)).toBe("2023-K1");
    expect(years.map(publicPeriodKey)).toEqual(["2025", "2024", "2023"]);
  });

  it("on the first day of a year, the quarter and the year just ended are on offer", () => {
    const { quarters, years } = publicPeriods("2027-01-01");
    expect(publicPeriodKey(quarters[0] ?? defaultPublicPeriod("2027-01-01"))).toBe("2026-K4");
    expect(years.map(publicPeriodKey)[0]).toBe("2026");
  });

  it("default to the last completed quarter", () => {
    expect(periode("", "2026-12-02")).toBe("2026-K3");
    expect(periode("", "2026-04-01")).toBe("2026-K1");
    expect(periode("", "2026-03-31")).toBe("2025-K4");
  });

  it("read ?periode= for a quarter or a year on offer", () => {
    expect(periode("periode=2025-K2", "2026-12-02")).toBe("2025-K2");
    expect(periode("periode=2025", "2026-12-02")).toBe("2025");
  });

  it("fall back to the default for the running quarter or year, a future one, an unknown value, or a custom range", () => {
    for (const qs of [
      "periode=2026-K4",
      "periode=2026",
      "periode=2027-K1",
      "periode=2019",
      "periode=2026-Q3",
      "periode=x",
      "period=custom&from=2026-07-01&to=2026-07-02",
      "period=quarter",
      "period=year",
    ])
      expect(periode(qs, "2026-12-02"), qs).toBe("2026-K3");
  });

  it("cover whole Oslo quarters and years, from local midnight", () => {
    const q3 = publicPeriodRange({ kind: "quarter", year: 2026, quarter: 3 });
    expect([q3.fromDay, q3.toDay]).toEqual(["2026-07-01", "2026-09-30"]);
    expect([q3.from.toISOString(), q3.to.toISOString()]).toEqual([
      "2026-06-30T22:00:00.000Z",
      "2026-09-30T22:00:00.000Z",
    ]);
    const q4 = publicPeriodRange({ kind: "quarter", year: 2025, quarter: 4 });
    expect([q4.fromDay, q4.toDay, q4.to.toISOString()]).toEqual([
      "2025-10-01",
      "2025-12-31",
      "2025-12-31T23:00:00.000Z",
    ]);
    const y = publicPeriodRange({ kind: "year", year: 2025 });
    expect([y.fromDay, y.toDay, y.from.toISOString()]).toEqual([
      "2025-01-01",
      "2025-12-31",
      "2024-12-31T23:00:00.000Z",
    ]);
  });
});
