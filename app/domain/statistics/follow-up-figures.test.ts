import { describe, expect, it } from "vitest";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { estimateEmployerCost } from "~/domain/measures/cost";
import { estimatedSaving, type ProposalEvent } from "./figures";
import { hireSubsidyOre, hiresByEmployer, netSaving, retention, type HireEvent } from "./follow-up-figures";

const period = { from: new Date("2025-12-31T23:00:00Z"), to: new Date("2026-12-31T23:00:00Z") };
const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("retention at 6 and 12 months", () => {
  const at = (month: number, d: string, stillEmployed: boolean | null) => ({ month, dueOn: day(d), stillEmployed });
  it("counts those who reached the mark, were still employed, or were not followed up, with the share", () => {
    const events = [
      ...Array.from({ length: 8 }, () => at(6, "2026-03-01", true)),
      ...Array.from({ length: 5 }, () => at(6, "2026-04-01", false)),
      at(6, "2026-05-01", null),
    ];
    const [six, twelve] = retention(events, period, "2026-12-01");
    expect(six).toEqual({
      months: 6,
      reached: { value: 14 },
      retained: { value: 8 },
      unknown: { suppressed: true },
      share: 8 / 13,
    });
    expect(twelve).toMatchObject({ months: 12, reached: { value: 0 }, share: null });
  });
  it("hides the share when a part of it is 1–4 (6 of 7 would say one left)", () => {
    const events = [...Array.from({ length: 6 }, () => at(12, "2026-02-01", true)), at(12, "2026-02-01", false)];
    expect(retention(events, period, "2026-12-01")[1]).toMatchObject({ retained: { value: 6 }, share: null });
  });
  it("leaves out marks not reached yet and marks outside the period", () => {
    const events = [at(6, "2026-12-20", true), at(6, "2025-06-01", true)];
    expect(retention(events, period, "2026-12-10")[0]?.reached).toEqual({ value: 0 });
  });
  it("publishes bands and no share on the public page", () => {
    const events = Array.from({ length: 12 }, () => at(6, "2026-03-01", true));
    expect(retention(events, period, "2026-12-01", "public")[0]).toMatchObject({
      reached: { from: 10, to: 14 },
      share: null,
    });
  });
});

const hire = (over: Partial<HireEvent> = {}): HireEvent => ({
  hiredOn: day("2026-03-01"),
  byMunicipality: false,
  targetGroups: [],
  subsidyOre: 100_000,
  ...over,
});

describe("hires by employer", () => {
  it("puts the municipality's own hires apart, suppressing under 5", () => {
    const hires = [...Array.from({ length: 6 }, () => hire({ byMunicipality: true })), hire(), hire()];
    expect(hiresByEmployer(hires, period)).toEqual({ municipality: { value: 6 }, others: { suppressed: true } });
  });
});

describe("net saving", () => {
  const asEvent = (h: HireEvent): ProposalEvent => ({
    createdAt: day("2026-01-01"),
    reached: "HIRED",
    hiredOn: h.hiredOn,
    measures: [],
    targetGroups: h.targetGroups,
  });
  const assumptions = { months: 12, defaultMonthlyOre: 1_000_000, monthlyOreByGroup: { VTA_AFT: 2_000_000 } };
  it("is the gross saving per payer minus the state's subsidies of the hires in the shown cells", () => {
    const hires = [
      ...Array.from({ length: 5 }, () => hire()),
      ...Array.from({ length: 5 }, () => hire({ targetGroups: ["VTA_AFT"], subsidyOre: 200_000 })),
      // A cell of 2 is suppressed: neither its saving nor its subsidies count.
      ...Array.from({ length: 2 }, () => hire({ targetGroups: ["OVER_50"], subsidyOre: 9_999_999 })),
    ];
    const saving = estimatedSaving(hires.map(asEvent), period, assumptions);
    const net = netSaving(saving, hires, period);
    expect(net.municipality).toEqual({ grossOre: 5 * 1_000_000 * 12, subsidiesOre: 0, netOre: 60_000_000 });
    expect(net.state).toEqual({
      grossOre: 5 * 2_000_000 * 12,
      subsidiesOre: 5 * 100_000 + 5 * 200_000,
      netOre: 120_000_000 - 1_500_000,
    });
    expect(net.total.netOre).toBe(net.municipality.netOre + net.state.netOre);
    expect(net.total.grossOre).toBe(saving.totalFromOre);
  });
  it("counts a hire whose package the calculator refuses as not estimated", () => {
    const hires = Array.from({ length: 5 }, (_, i) => hire({ subsidyOre: i === 0 ? null : 1000 }));
    const net = netSaving(estimatedSaving(hires.map(asEvent), period, assumptions), hires, period);
    expect(net).toMatchObject({ notEstimated: 1, state: { subsidiesOre: 4000 } });
  });
  it("takes the subsidies from the cost calculator over the saving's months", () => {
    const measures: PackageMeasureInput[] = [
      { code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 40, months: 12, reducedWorkCapacity: false },
    ];
    const on = day("2026-03-01");
    const expected = estimateEmployerCost({
      wage: { kind: "monthly", monthlyOre: 3_000_000 },
      holidayPayRate: 0.12,
      employerTaxZone: "1",
      pensionRate: 0.02,
      measures,
      months: 12,
      on,
    }).totalPublicOre;
    expect(hireSubsidyOre({ measures, monthlyWageOre: 3_000_000, employerTaxZone: "1" }, on, 12)).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    const invalid: PackageMeasureInput[] = [{ ...measures[0]!, percent: 90 }];
    expect(hireSubsidyOre({ measures: invalid, monthlyWageOre: 3_000_000, employerTaxZone: "1" }, on, 12)).toBeNull();
  });
});
