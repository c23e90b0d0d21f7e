import { describe, expect, it } from "vitest";
import { activeCandidatesPerCompany, estimatedSaving, funnel, hiresByMeasure, medianDaysToHire, openingFigures, people, peopleText, procurementByQuarter, quarterOf, type ProposalEvent } from "./figures";

const d = (s: string) => new Date(`${s}T12:00:00Z`);
const year2026 = { from: d("2026-01-01"), to: d("2027-01-01") };

const proposal = (createdAt: string, reached: ProposalEvent["reached"], hiredOn: string | null = null, measures: string[] = [], targetGroups: string[] = []): ProposalEvent => ({
  createdAt: d(createdAt),
  reached,
  hiredOn: hiredOn ? d(hiredOn) : null,
  measures,
  targetGroups,
});

describe("small-number suppression", () => {
  it.each([
    [0, "0"],
    [1, "< 5"],
    [4, "< 5"],
    [5, "5"],
    [12, "12"],
  ])("%i people show as %s", (n, text) => expect(peopleText(people(n))).toBe(text));
});

describe("openingFigures", () => {
  it("counts published and filled in the period and the reserved share of tasks", () => {
    const f = openingFigures(
      [
        { kind: "JOB", publishedAt: d("2026-02-01"), filledAt: d("2026-03-01"), reservedForInclusion: false },
        { kind: "TASK", publishedAt: d("2026-05-01"), filledAt: null, reservedForInclusion: true },
        { kind: "TASK", publishedAt: d("2026-06-01"), filledAt: null, reservedForInclusion: false },
        { kind: "TASK", publishedAt: d("2026-07-01"), filledAt: null, reservedForInclusion: true },
        { kind: "JOB", publishedAt: d("2025-12-01"), filledAt: d("2026-01-10"), reservedForInclusion: false },
      ],
      year2026,
    );
    // 4 published in 2026 (the fifth in 2025); 2 filled in 2026; 2 of 3 tasks reserved.
    expect(f).toEqual({ published: 4, filled: 2, tasks: 3, reservedTasks: 2, reservedShare: 2 / 3 });
  });
});

describe("funnel", () => {
  it("counts how far the period's proposals got, suppressing steps under 5", () => {
    const list = [
      ...Array.from({ length: 6 }, () => proposal("2026-03-01", "PROPOSED")),
      ...Array.from({ length: 3 }, () => proposal("2026-03-01", "SHORTLISTED")),
      ...Array.from({ length: 2 }, () => proposal("2026-03-01", "MEETING")),
      ...Array.from({ length: 1 }, () => proposal("2026-03-01", "TRIAL")),
      ...Array.from({ length: 5 }, () => proposal("2026-03-01", "HIRED", "2026-05-01")),
      proposal("2025-06-01", "HIRED", "2025-08-01"),
    ];
    // 17 proposals in 2026; meeting or further 2 + 1 + 5 = 8; trial or further 6; hired 5.
    expect(funnel(list, year2026)).toEqual([
      { stage: "PROPOSED", count: { value: 17 } },
      { stage: "MEETING", count: { value: 8 } },
      { stage: "TRIAL", count: { value: 6 } },
      { stage: "HIRED", count: { value: 5 } },
    ]);
    expect(funnel(list.slice(12, 15), year2026)[3]).toEqual({ stage: "HIRED", count: { suppressed: true } });
  });
});

describe("hiresByMeasure and medianDaysToHire", () => {
  const hires = [
    proposal("2026-01-01", "HIRED", "2026-01-11", ["MIDLERTIDIG_LONNSTILSKUDD", "MENTOR"]), // 10 days
    proposal("2026-01-01", "HIRED", "2026-01-21", ["MIDLERTIDIG_LONNSTILSKUDD"]), // 20
    proposal("2026-01-01", "HIRED", "2026-01-31", ["MIDLERTIDIG_LONNSTILSKUDD"]), // 30
    proposal("2026-01-01", "HIRED", "2026-02-10", ["MIDLERTIDIG_LONNSTILSKUDD"]), // 40
    proposal("2026-01-01", "HIRED", "2026-03-02", ["MIDLERTIDIG_LONNSTILSKUDD"]), // 60
    proposal("2026-01-01", "HIRED", "2026-04-11", []), // 100
  ];
  it("groups hires by measure, suppressing small groups", () => {
    expect(hiresByMeasure(hires, year2026)).toEqual([
      { measure: "MIDLERTIDIG_LONNSTILSKUDD", count: { value: 5 } },
      { measure: "MENTOR", count: { suppressed: true } },
      { measure: "NONE", count: { suppressed: true } },
    ]);
  });
  it("takes the median of 6 as the mean of the middle two: (30 + 40) / 2 = 35 days", () => {
    expect(medianDaysToHire(hires, year2026)).toBe(35);
    // Of 5: the middle one, 30.
    expect(medianDaysToHire(hires.slice(0, 5), year2026)).toBe(30);
    // Of 4: too few to say.
    expect(medianDaysToHire(hires.slice(0, 4), year2026)).toBeNull();
  });
});

describe("activeCandidatesPerCompany", () => {
  it("sorts by size and suppresses companies with 1–4 candidates", () => {
    expect(activeCandidatesPerCompany([{ company: "B", active: 3 }, { company: "A", active: 12 }, { company: "C", active: 0 }])).toEqual([
      { company: "A", count: { value: 12 } },
      { company: "B", count: { suppressed: true } },
      { company: "C", count: { value: 0 } },
    ]);
  });
});

describe("procurementByQuarter", () => {
  it("sums awards to inclusion companies per Oslo quarter", () => {
    const orders = [
      { awardedAt: d("2026-02-10"), amountExVatOre: 10_000_00, toInclusionCompany: true },
      { awardedAt: d("2026-03-20"), amountExVatOre: 5_000_00, toInclusionCompany: true },
      { awardedAt: d("2026-03-20"), amountExVatOre: 9_999_00, toInclusionCompany: false },
      { awardedAt: d("2026-11-01"), amountExVatOre: 2_500_00, toInclusionCompany: true },
    ];
    expect(procurementByQuarter(orders, year2026)).toEqual([
      { quarter: "2026-Q1", amountOre: 15_000_00 },
      { quarter: "2026-Q4", amountOre: 2_500_00 },
    ]);
  });
  it("uses the Oslo date at a quarter boundary", () => {
    // 2026-03-31T22:30Z is 1 April 00:30 in Oslo (summer time, UTC+2).
    expect(quarterOf(new Date("2026-03-31T22:30:00Z"))).toBe("2026-Q2");
    expect(quarterOf(new Date("2026-03-31T21:30:00Z"))).toBe("2026-Q1");
  });
});

describe("estimatedSaving", () => {
  const assumptions = { months: 12, defaultMonthlyOre: 10_000_00, monthlyOreByGroup: { NEWLY_ARRIVED: 15_000_00, UNDER_30: 12_000_00 } };
  it("applies the highest assumption per hire × months: 5 hires", () => {
    const hires = [
      proposal("2026-01-01", "HIRED", "2026-02-01", [], ["NEWLY_ARRIVED"]), // 15 000 × 12 = 180 000
      proposal("2026-01-01", "HIRED", "2026-02-01", [], ["UNDER_30", "NEWLY_ARRIVED"]), // 180 000
      proposal("2026-01-01", "HIRED", "2026-02-01", [], ["UNDER_30"]), // 144 000
      proposal("2026-01-01", "HIRED", "2026-02-01", [], []), // 120 000
      proposal("2026-01-01", "HIRED", "2026-02-01", [], ["CV_GAP"]), // 120 000
    ];
    // 180 000 + 180 000 + 144 000 + 120 000 + 120 000 = 744 000 kr; per hire 148 800 kr.
    expect(estimatedSaving(hires, year2026, assumptions)).toEqual({ hires: { value: 5 }, totalOre: 744_000_00, perHireOre: 148_800_00 });
  });
  it("shows nothing for fewer than 5 hires", () => {
    expect(estimatedSaving([proposal("2026-01-01", "HIRED", "2026-02-01")], year2026, assumptions)).toEqual({ hires: { suppressed: true }, totalOre: null, perHireOre: null });
  });
});
