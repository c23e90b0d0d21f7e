import { describe, expect, it } from "vitest";
import {
  activeCandidatesPerCompany,
  estimatedSaving,
  funnel,
  hiresByMeasure,
  medianDaysToHire,
  openingFigures,
  people,
  peopleText,
  procurementByQuarter,
  publicPeople,
  quarterOf,
  SAVING_CELLS,
  SAVING_PRECEDENCE,
  savingCellOf,
  type Audience,
  type PeopleCount,
  type ProposalEvent,
  type SavingCellKey,
} from "./figures";

const d = (s: string) => new Date(`${s}T12:00:00Z`);
const year2026 = { from: d("2026-01-01"), to: d("2027-01-01") };

const proposal = (
  createdAt: string,
  reached: ProposalEvent["reached"],
  hiredOn: string | null = null,
  measures: string[] = [],
  targetGroups: string[] = [],
): ProposalEvent => ({
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
    expect(
      activeCandidatesPerCompany([
        { company: "B", active: 3 },
        { company: "A", active: 12 },
        { company: "C", active: 0 },
      ]),
    ).toEqual([
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

describe("estimatedSaving: a fixed partition of the hires into cells", () => {
  const hire = (targetGroups: string[]) => proposal("2026-01-01", "HIRED", "2026-02-01", [], targetGroups);
  const many = (n: number, targetGroups: string[]) => Array.from({ length: n }, () => hire(targetGroups));
  const defaults = {
    months: 12,
    defaultMonthlyOre: 12_000_00,
    monthlyOreByGroup: {
      VTA_AFT: 18_000_00,
      OVER_50: 16_000_00,
      NEWLY_ARRIVED: 15_000_00,
      UNDER_30: 12_000_00,
      CV_GAP: 12_000_00,
    },
  };

  it("puts a hire in the first of its target groups in a fixed order, or in 'no target group'", () => {
    expect(savingCellOf(["UNDER_30", "NEWLY_ARRIVED"])).toBe("NEWLY_ARRIVED");
    expect(savingCellOf(["CV_GAP", "VTA_AFT", "OVER_50"])).toBe("VTA_AFT");
    expect(savingCellOf([])).toBe("NONE");
    expect(savingCellOf(["SOMETHING_ELSE"])).toBe("NONE");
    expect([...SAVING_CELLS].sort()).toEqual([...SAVING_PRECEDENCE, "NONE"].sort());
  });

  it("sums each cell's count × its monthly assumption × months, leaving out cells under 5, and shows the counts", () => {
    // 6 in VTA/AFT (2 of them also under 30), 5 under 30 only, 2 over 50 (left out), 7 without a group.
    const hires = [
      ...many(4, ["VTA_AFT"]),
      ...many(2, ["VTA_AFT", "UNDER_30"]),
      ...many(5, ["UNDER_30"]),
      ...many(2, ["OVER_50"]),
      ...many(7, []),
    ];
    const s = estimatedSaving(hires, year2026, defaults);
    expect(s.cells.map((c) => [c.cell, peopleText(c.count)])).toEqual([
      ["VTA_AFT", "6"],
      ["OVER_50", "< 5"],
      ["NEWLY_ARRIVED", "0"],
      ["UNDER_30", "5"],
      ["CV_GAP", "0"],
      ["NONE", "7"],
    ]);
    // (6 × 18 000 + 5 × 12 000 + 7 × 12 000) × 12 = (108 000 + 60 000 + 84 000) × 12 = 3 024 000 kr.
    expect([s.totalFromOre, s.totalToOre]).toEqual([3_024_000_00, 3_024_000_00]);
    expect(s.hires).toEqual({ value: 20 });
  });

  it("on the public page the counts are bands of 5, so the saving is a range", () => {
    const s = estimatedSaving([...many(7, ["VTA_AFT"]), ...many(3, ["OVER_50"])], year2026, defaults, "public");
    expect(s.cells.map((c) => peopleText(c.count))).toEqual(["5–9", "< 5", "< 5", "< 5", "< 5", "< 5"]);
    // 5–9 × 18 000 × 12 = 1 080 000 – 1 944 000 kr.
    expect([s.totalFromOre, s.totalToOre]).toEqual([1_080_000_00, 1_944_000_00]);
    expect(s.hires).toEqual({ from: 10, to: 14 });
  });

  // The attack of issue 11: set every assumption to 0 but one group's and read that group's hires off the total.
  // The groups are spelled out so the attack runs the same against any version of estimatedSaving.
  const groups = ["UNDER_30", "OVER_50", "CV_GAP", "NEWLY_ARRIVED", "VTA_AFT"] as const;
  const cells = [...groups, "NONE"] as const;
  const onlyCell = (cell: SavingCellKey, ore: number) => ({
    months: 12,
    defaultMonthlyOre: cell === "NONE" ? ore : 0,
    monthlyOreByGroup: Object.fromEntries(groups.map((g) => [g, g === cell ? ore : 0])),
  });
  const totals = (hires: ProposalEvent[], a: ReturnType<typeof onlyCell>, audience: Audience) => {
    const s = estimatedSaving(hires, year2026, a, audience);
    return [s.totalFromOre, s.totalToOre];
  };

  it.each(["member", "public"] as const)(
    "(%s) one nonzero assumption tells nothing about a group of 1–4 hires: the total is that of an empty group",
    (audience) => {
      for (const group of cells) {
        // Five hires elsewhere, so the period has enough hires to show anything at all.
        const other = group === "VTA_AFT" ? "OVER_50" : "VTA_AFT";
        const base = many(5, [other]);
        for (let k = 1; k <= 4; k++) {
          const hires = [...base, ...many(k, group === "NONE" ? [] : [group])];
          for (const cell of cells) {
            const a = onlyCell(cell, 10_000_00);
            const expected =
              cell === other
                ? audience === "member"
                  ? [5 * 10_000_00 * 12, 5 * 10_000_00 * 12]
                  : [5 * 10_000_00 * 12, 9 * 10_000_00 * 12]
                : [0, 0];
            expect(totals(hires, a, audience), `${k} hires in ${group}, only ${cell} nonzero`).toEqual(expected);
            expect(totals(hires, a, audience)).toEqual(totals(base, a, audience));
          }
        }
      }
    },
  );

  it.each(["member", "public"] as const)(
    "(%s) two groups' totals cannot be differenced to the hires in both",
    (audience) => {
      for (const a of groups)
        for (const b of groups) {
          if (a === b) continue;
          for (let k = 1; k <= 4; k++) {
            const hires = [...many(6, [a]), ...many(6, [b]), ...many(k, [a, b])];
            const both = {
              months: 12,
              defaultMonthlyOre: 0,
              monthlyOreByGroup: Object.fromEntries(groups.map((g) => [g, g === a || g === b ? 1_00 : 0])),
            };
            const [onlyA] = totals(hires, onlyCell(a, 1_00), audience);
            const [onlyB] = totals(hires, onlyCell(b, 1_00), audience);
            const [together] = totals(hires, both, audience);
            // Inclusion–exclusion: under "the highest assumption per hire" this was k × 1 kr × 12.
            expect(
              (onlyA ?? Number.NaN) + (onlyB ?? Number.NaN) - (together ?? Number.NaN),
              `${k} in ${a} and ${b}`,
            ).toBe(0);
          }
        }
    },
  );
});

describe("public bands of 5", () => {
  it.each([
    [0, "< 5"],
    [4, "< 5"],
    [5, "5–9"],
    [9, "5–9"],
    [10, "10–14"],
    [23, "20–24"],
  ])("%i people publish as %s", (n, text) => expect(peopleText(publicPeople(n))).toBe(text));

  const band = (n: number) => {
    const c: PeopleCount = publicPeople(n);
    return "from" in c ? c.from : 0;
  };

  /**
   * For every combination of parts, what a visitor sees (the bands of the parts and of their
   * sum) and which values each part could then have had. A part published as "< 5" must never be
   * pinned to one value.
   */
  function possibleValues(parts: number, max: number) {
    const seen = new Map<string, Set<number>[]>();
    const combo = new Array<number>(parts).fill(0);
    for (;;) {
      const key = `${combo.map(band).join(",")}|${band(combo.reduce((s, x) => s + x, 0))}`;
      const sets = seen.get(key) ?? Array.from({ length: parts }, () => new Set<number>());
      combo.forEach((v, i) => sets[i]?.add(v));
      seen.set(key, sets);
      let i = 0;
      while (i < parts && combo[i] === max) combo[i++] = 0;
      if (i === parts) break;
      combo[i] = (combo[i] ?? 0) + 1;
    }
    return seen;
  }

  it("a year and its four quarters, each published in bands: no quarter under 5 is ever pinned down", () => {
    // Today's rule publishes the exact year: 17 hires with quarters 5, 5, 5 and "< 5" gives the last quarter as 2.
    for (const [key, sets] of possibleValues(4, 14)) {
      const quarterBands = key.split("|")[0]?.split(",") ?? [];
      sets.forEach((values, q) => {
        if (quarterBands[q] === "0") expect(values.size, `${key}: quarter ${q + 1}`).toBeGreaterThanOrEqual(2);
      });
    }
  });

  it("the hires of the six saving cells and their total, in bands: a cell under 5 could still be any of 0–4", () => {
    for (const [key, sets] of possibleValues(6, 9)) {
      const cellBands = key.split("|")[0]?.split(",") ?? [];
      sets.forEach((values, c) => {
        if (cellBands[c] === "0") expect([...values].sort(), key).toEqual([0, 1, 2, 3, 4]);
      });
    }
  });
});
