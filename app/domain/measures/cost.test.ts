import { describe, expect, it } from "vitest";
import type { PackageMeasureInput } from "./catalogue";
import { grunnbelopConfig, inclusionGrantCapConfig } from "./rates";
import {
  employerTaxRates,
  estimateEmployerCost,
  monthlyWageOre,
  type CostInput,
  type CostPeriod,
  type Wage,
} from "./cost";

const june2025 = new Date("2025-06-01T12:00:00Z");
const june2026 = new Date("2026-06-01T12:00:00Z");

function input(extra: Partial<CostInput>): CostInput {
  return {
    wage: { kind: "monthly", monthlyOre: 3_000_000 },
    holidayPayRate: 0.12,
    employerTaxZone: "1",
    pensionRate: 0.02,
    measures: [],
    months: 12,
    on: june2025,
    ...extra,
  };
}

function period(
  fromMonth: number,
  toMonth: number,
  wage: number,
  subsidy: number,
  other: number,
  employer: number,
  grants: { vtaO?: number; assistantCost?: number; assistanceGrant?: number } = {},
): CostPeriod {
  return {
    fromMonth,
    toMonth,
    monthlyWageCostOre: wage,
    monthlySubsidyOre: subsidy,
    monthlyVtaOGrantOre: grants.vtaO ?? 0,
    monthlyAssistantCostOre: grants.assistantCost ?? 0,
    monthlyAssistanceGrantOre: grants.assistanceGrant ?? 0,
    monthlyPublicOtherOre: other,
    monthlyEmployerCostOre: employer,
  };
}

function sumOfPeriods(periods: CostPeriod[], pick: (p: CostPeriod) => number): number {
  return periods.reduce((sum, p) => sum + pick(p) * (p.toMonth - p.fromMonth + 1), 0);
}

describe("employerTaxRates", () => {
  it.each([
    ["1", 0.141],
    ["1a", 0.106],
    ["2", 0.106],
    ["3", 0.064],
    ["4", 0.051],
    ["4a", 0.079],
    ["5", 0],
  ] as const)("zone %s is %s", (zone, rate) => {
    expect(employerTaxRates[zone]).toBe(rate);
  });
});

describe("monthlyWageOre", () => {
  it.each<[string, Wage, number]>([
    ["a monthly wage as it is", { kind: "monthly", monthlyOre: 3_000_000 }, 3_000_000],
    // 220 kr × 30 h × 52 / 12 = 220 × 130 = 28 600 kr
    ["220 kr/h, 30 h a week", { kind: "hourly", hourlyOre: 22_000, hoursPerWeek: 30 }, 2_860_000],
    // 199.99 kr × 37.5 h × 52 / 12 = 32 498.375 kr = 3 249 837.5 øre → rounded up to 3 249 838
    [
      "199.99 kr/h, 37.5 h a week, rounded to whole øre",
      { kind: "hourly", hourlyOre: 19_999, hoursPerWeek: 37.5 },
      3_249_838,
    ],
    ["0 hours", { kind: "hourly", hourlyOre: 22_000, hoursPerWeek: 0 }, 0],
  ])("%s", (_name, wage, ore) => {
    expect(monthlyWageOre(wage)).toBe(ore);
  });

  it.each<[string, Wage]>([
    ["a negative monthly wage", { kind: "monthly", monthlyOre: -1 }],
    ["a negative hourly wage", { kind: "hourly", hourlyOre: -1, hoursPerWeek: 30 }],
    ["negative hours", { kind: "hourly", hourlyOre: 22_000, hoursPerWeek: -1 }],
    ["NaN", { kind: "monthly", monthlyOre: Number.NaN }],
  ])("refuses %s", (_name, wage) => {
    expect(() => monthlyWageOre(wage)).toThrow(RangeError);
  });
});

describe("estimateEmployerCost: worked examples", () => {
  it("30 000 kr/month, 12 % holiday pay, zone 1, 2 % OTP, midlertidig 40 % for 6 months then 30 % for 6", () => {
    // Wage                         3 000 000 øre
    // Holiday pay 12 %               360 000
    // Wage + holiday pay           3 360 000
    // Employer tax 14.1 % of that    473 760   (3 360 000 × 0.141)
    // OTP 2 % of the wage             60 000
    // Monthly wage cost            3 893 760   (3 360 000 + 473 760 + 60 000)
    // Months 1–6:  40 % = 1 557 504 subsidy → employer 3 893 760 − 1 557 504 = 2 336 256
    // Months 7–12: 30 % = 1 168 128 subsidy → employer 3 893 760 − 1 168 128 = 2 725 632
    // Totals: wage 3 893 760 × 12 = 46 725 120
    //         public 1 557 504 × 6 + 1 168 128 × 6 = 9 345 024 + 7 008 768 = 16 353 792
    //         employer 2 336 256 × 6 + 2 725 632 × 6 = 14 017 536 + 16 353 792 = 30 371 328
    const measures: PackageMeasureInput[] = [
      { code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 40, months: 12, reducedWorkCapacity: false },
    ];
    expect(estimateEmployerCost(input({ measures }))).toEqual({
      monthlyWageCostOre: 3_893_760,
      periods: [period(1, 6, 3_893_760, 1_557_504, 0, 2_336_256), period(7, 12, 3_893_760, 1_168_128, 0, 2_725_632)],
      totalWageCostOre: 46_725_120,
      totalPublicOre: 16_353_792,
      totalEmployerOre: 30_371_328,
      rates: [],
      provisional: false,
    });
  });

  it("no measures: one period, the employer pays everything", () => {
    // Same wage as above: 3 893 760 a month × 6 = 23 362 560
    expect(estimateEmployerCost(input({ months: 6 }))).toEqual({
      monthlyWageCostOre: 3_893_760,
      periods: [period(1, 6, 3_893_760, 0, 0, 3_893_760)],
      totalWageCostOre: 23_362_560,
      totalPublicOre: 0,
      totalEmployerOre: 23_362_560,
      rates: [],
      provisional: false,
    });
  });

  it("varig 75 % capped at 5G/12, then 67 % under the cap (G 130 160 kr)", () => {
    // Wage 65 000 kr, 12 % holiday pay, zone 3 (6.4 %), 2 % OTP:
    // 6 500 000 + 780 000 = 7 280 000; tax 7 280 000 × 0.064 = 465 920; OTP 130 000
    // Monthly wage cost 7 280 000 + 465 920 + 130 000 = 7 875 920
    // Cap 5G/12 = 5 × 13 016 000 / 12 = 5 423 333.33 → 5 423 333
    // Months 1–12: 75 % = 5 906 940 > cap → 5 423 333; employer 7 875 920 − 5 423 333 = 2 452 587
    // Months 13–24: 67 % = 5 276 866.4 → 5 276 866 (under the cap); employer 2 599 054
    // Totals: wage 7 875 920 × 24 = 189 022 080
    //         public 5 423 333 × 12 + 5 276 866 × 12 = 65 079 996 + 63 322 392 = 128 402 388
    //         employer 2 452 587 × 12 + 2 599 054 × 12 = 29 431 044 + 31 188 648 = 60 619 692
    const measures: PackageMeasureInput[] = [
      {
        code: "VARIG_LONNSTILSKUDD",
        percent: 75,
        months: null,
        reducedWorkCapacity: true,
        permanentlyReducedWorkCapacity: true,
      },
    ];
    const estimate = estimateEmployerCost(
      input({ wage: { kind: "monthly", monthlyOre: 6_500_000 }, employerTaxZone: "3", months: 24, measures }),
    );
    expect(estimate).toEqual({
      monthlyWageCostOre: 7_875_920,
      periods: [period(1, 12, 7_875_920, 5_423_333, 0, 2_452_587), period(13, 24, 7_875_920, 5_276_866, 0, 2_599_054)],
      totalWageCostOre: 189_022_080,
      totalPublicOre: 128_402_388,
      totalEmployerOre: 60_619_692,
      rates: [{ kind: "G", ...grunnbelopConfig[1]! }],
      provisional: false,
    });
  });

  it("the 5G cap follows the G in force on the start date (134 000 kr from 2026-05-01)", () => {
    // Cap 5 × 13 400 000 / 12 = 5 583 333.33 → 5 583 333, still under 75 % = 5 906 940
    const measures: PackageMeasureInput[] = [
      {
        code: "VARIG_LONNSTILSKUDD",
        percent: 75,
        months: null,
        reducedWorkCapacity: false,
        permanentlyReducedWorkCapacity: true,
      },
    ];
    const estimate = estimateEmployerCost(
      input({
        wage: { kind: "monthly", monthlyOre: 6_500_000 },
        employerTaxZone: "3",
        months: 12,
        on: june2026,
        measures,
      }),
    );
    expect(estimate.periods).toEqual([period(1, 12, 7_875_920, 5_583_333, 0, 2_292_587)]);
    // The 2026 G is a planning assumption: the estimate says it rests on a provisional amount.
    expect(estimate.rates).toEqual([{ kind: "G", ...grunnbelopConfig[2]! }]);
    expect(estimate.provisional).toBe(true);
  });

  it("hourly wage, reduced capacity midlertidig 60 % for 18 months, mentor 6 months, inkluderingstilskudd 12 months", () => {
    // Wage 220 kr/h × 30 h × 52 / 12 = 2 860 000 øre; holiday pay 10.2 % = 291 720 → 3 151 720
    // Zone 2 (10.6 %): 3 151 720 × 0.106 = 334 082.32; OTP 2 % = 57 200
    // Monthly wage cost 3 151 720 + 334 082.32 + 57 200 = 3 543 002.32 → 3 543 002
    // Subsidy on the unrounded cost: 60 % = 2 125 801.392 → 2 125 801 (months 1–12)
    //                                 50 % = 1 771 501.16  → 1 771 501 (months 13–18), then nothing
    // Mentor 10 h × 300 kr × 1.106 = 331 800 øre a month (months 1–6), public money
    // Inkluderingstilskudd 60 000 kr / 12 = 500 000 øre a month (months 1–12), public money
    // Months 1–6:   subsidy 2 125 801, other 331 800 + 500 000 = 831 800, employer 3 543 002 − 2 125 801 = 1 417 201
    // Months 7–12:  subsidy 2 125 801, other 500 000, employer 1 417 201
    // Months 13–18: subsidy 1 771 501, other 0, employer 1 771 501
    // Months 19–24: no subsidy, employer 3 543 002
    // Totals: wage 3 543 002 × 24 = 85 032 048
    //         public (2 125 801 + 831 800) × 6 + (2 125 801 + 500 000) × 6 + 1 771 501 × 6
    //              = 17 745 606 + 15 754 806 + 10 629 006 = 44 129 418
    //         employer 1 417 201 × 12 + 1 771 501 × 6 + 3 543 002 × 6
    //              = 17 006 412 + 10 629 006 + 21 258 012 = 48 893 430
    const measures: PackageMeasureInput[] = [
      { code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 60, months: 18, reducedWorkCapacity: true },
      {
        code: "MENTOR",
        percent: null,
        months: 6,
        reducedWorkCapacity: true,
        mentorHoursPerMonth: 10,
        mentorHourlyWageOre: 30_000,
      },
      { code: "INKLUDERINGSTILSKUDD", percent: null, months: 12, reducedWorkCapacity: true, extraCostsOre: 6_000_000 },
      { code: "IPS_JOBBSTOTTE", percent: null, months: null, reducedWorkCapacity: true },
    ];
    const estimate = estimateEmployerCost(
      input({
        wage: { kind: "hourly", hourlyOre: 22_000, hoursPerWeek: 30 },
        holidayPayRate: 0.102,
        employerTaxZone: "2",
        months: 24,
        measures,
      }),
    );
    expect(estimate).toEqual({
      monthlyWageCostOre: 3_543_002,
      periods: [
        period(1, 6, 3_543_002, 2_125_801, 831_800, 1_417_201),
        period(7, 12, 3_543_002, 2_125_801, 500_000, 1_417_201),
        period(13, 18, 3_543_002, 1_771_501, 0, 1_771_501),
        period(19, 24, 3_543_002, 0, 0, 3_543_002),
      ],
      totalWageCostOre: 85_032_048,
      totalPublicOre: 44_129_418,
      totalEmployerOre: 48_893_430,
      rates: [{ kind: "inclusionGrantCap", ...inclusionGrantCapConfig[1]! }],
      provisional: true,
    });
  });

  it("arbeidstrening: the employer pays nothing while it lasts, then the hired wage", () => {
    // Months 1–3 arbeidstrening: NAV pays the participant's benefits, employer cost 0
    // Months 4–6 hired at 30 000 kr (3 893 760 a month as in the first example)
    // Totals: wage 3 893 760 × 3 = 11 681 280, public 0 (benefits are outside this estimate)
    const measures: PackageMeasureInput[] = [
      { code: "ARBEIDSTRENING", percent: null, months: 3, reducedWorkCapacity: false },
    ];
    expect(estimateEmployerCost(input({ months: 6, measures }))).toEqual({
      monthlyWageCostOre: 3_893_760,
      periods: [period(1, 3, 0, 0, 0, 0), period(4, 6, 3_893_760, 0, 0, 3_893_760)],
      totalWageCostOre: 11_681_280,
      totalPublicOre: 0,
      totalEmployerOre: 11_681_280,
      rates: [],
      provisional: false,
    });
  });

  it("arbeidstrening with a mentor: the mentor's hours are public money, the employer still pays 0", () => {
    // Mentor 8 h × 250 kr × 1.141 (zone 1) = 8 × 25 000 × 1.141 = 228 200 øre a month
    const measures: PackageMeasureInput[] = [
      { code: "ARBEIDSTRENING", percent: null, months: 6, reducedWorkCapacity: false },
      {
        code: "MENTOR",
        percent: null,
        months: 6,
        reducedWorkCapacity: false,
        mentorHoursPerMonth: 8,
        mentorHourlyWageOre: 25_000,
      },
    ];
    expect(estimateEmployerCost(input({ months: 6, measures }))).toMatchObject({
      periods: [period(1, 6, 0, 0, 228_200, 0)],
      totalPublicOre: 1_369_200,
      totalEmployerOre: 0,
    });
  });

  it("inkluderingstilskudd spread evenly, each month rounded once", () => {
    // 1 000 kr over 3 months = 33 333.33 øre → 33 333 a month; total 99 999 (rounding is per month)
    const measures: PackageMeasureInput[] = [
      { code: "INKLUDERINGSTILSKUDD", percent: null, months: 3, reducedWorkCapacity: false, extraCostsOre: 100_000 },
    ];
    const estimate = estimateEmployerCost(input({ months: 3, measures }));
    expect(estimate.periods).toEqual([period(1, 3, 3_893_760, 0, 33_333, 3_893_760)]);
    expect(estimate.totalPublicOre).toBe(99_999);
  });

  it("zone 5 has no employer tax", () => {
    // 3 000 000 + 360 000 + 0 + 60 000 = 3 420 000
    expect(estimateEmployerCost(input({ employerTaxZone: "5", months: 1 })).monthlyWageCostOre).toBe(3_420_000);
  });

  it("funksjonsassistanse with the assistant employed by someone else changes nothing for this employer (NAV pays the assistant's employer)", () => {
    const measures: PackageMeasureInput[] = [
      {
        code: "FUNKSJONSASSISTANSE",
        percent: null,
        months: 12,
        reducedWorkCapacity: false,
        meetsFunctionalAssistanceCriteria: true,
        assistantEmployedByEmployer: false,
      },
    ];
    expect(estimateEmployerCost(input({ measures }))).toEqual(estimateEmployerCost(input({})));
  });

  it("funksjonsassistanse with the assistant employed by the employer: the assistant's wage cost, and NAV's refund of it to the employer", () => {
    // Source: nav.no – Funksjonsassistanse i arbeidslivet ("NAV utbetaler tilskuddet til
    // funksjonsassistentens arbeidsgiver"); the refund is the actual wage incl. social costs.
    // Assistant 40 h × 250 kr = 1 000 000 øre; holiday pay 12 % → 1 120 000; employer tax 14.1 %
    // of that = 157 920; OTP 2 % of the wage = 20 000 → 1 297 920 a month, refunded in full.
    // Employer: 3 893 760 (participant) + 1 297 920 (assistant) − 1 297 920 (refund) = 3 893 760
    const measures: PackageMeasureInput[] = [
      {
        code: "FUNKSJONSASSISTANSE",
        percent: null,
        months: 12,
        reducedWorkCapacity: false,
        meetsFunctionalAssistanceCriteria: true,
        assistantEmployedByEmployer: true,
        assistantHoursPerMonth: 40,
        assistantHourlyWageOre: 25_000,
      },
    ];
    const estimate = estimateEmployerCost(input({ measures }));
    expect(estimate.periods).toEqual([
      period(1, 12, 3_893_760, 0, 0, 3_893_760, { assistantCost: 1_297_920, assistanceGrant: 1_297_920 }),
    ]);
    expect(estimate.totalPublicOre).toBe(1_297_920 * 12);
    expect(estimate.totalEmployerOre).toBe(3_893_760 * 12);
  });

  it.each<[string, Date, number, boolean]>([
    // Source: nav.no – Varig tilrettelagt arbeid i ordinær virksomhet: "Tilskuddssatsen er 7 067 kroner per måned."
    ["2025: 7 067 kr a month (nav.no)", june2025, 706_700, false],
    // 2026: 7 067 kr × 1.036 = 7 321 kr, the growth of the other VTA/AFT rates; not yet confirmed.
    ["2026: 7 321 kr a month, provisional", june2026, 732_100, true],
  ])(
    "VTA-O: the employer receives the monthly grant in force on the start date (%s)",
    (_name, on, grant, provisional) => {
      const measures: PackageMeasureInput[] = [
        { code: "VTA_O", percent: null, months: null, reducedWorkCapacity: false, receivesDisabilityBenefit: true },
      ];
      const estimate = estimateEmployerCost(input({ measures, on }));
      // Employer: 3 893 760 − grant, every month (no end date)
      expect(estimate.periods).toEqual([period(1, 12, 3_893_760, 0, 0, 3_893_760 - grant, { vtaO: grant })]);
      expect(estimate.totalPublicOre).toBe(grant * 12);
      expect(estimate.rates).toMatchObject([{ kind: "vtaOGrant", amountOre: grant, provisional }]);
      expect(estimate.provisional).toBe(provisional);
    },
  );

  it.each<[string, PackageMeasureInput[]]>([
    ["midlertidig", [{ code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 37, months: 11, reducedWorkCapacity: false }]],
    [
      "varig",
      [
        {
          code: "VARIG_LONNSTILSKUDD",
          percent: 71,
          months: 30,
          reducedWorkCapacity: false,
          permanentlyReducedWorkCapacity: true,
        },
      ],
    ],
    [
      "mentor and inkluderingstilskudd",
      [
        {
          code: "MENTOR",
          percent: null,
          months: 5,
          reducedWorkCapacity: false,
          mentorHoursPerMonth: 7.5,
          mentorHourlyWageOre: 31_117,
        },
        {
          code: "INKLUDERINGSTILSKUDD",
          percent: null,
          months: 7,
          reducedWorkCapacity: false,
          extraCostsOre: 1_234_567,
        },
      ],
    ],
  ])("totals equal the sum of periods × months (%s)", (_name, measures) => {
    const e = estimateEmployerCost(
      input({ wage: { kind: "hourly", hourlyOre: 23_457, hoursPerWeek: 33.3 }, months: 36, measures }),
    );
    expect(e.totalWageCostOre).toBe(sumOfPeriods(e.periods, (p) => p.monthlyWageCostOre));
    expect(e.totalPublicOre).toBe(sumOfPeriods(e.periods, (p) => p.monthlySubsidyOre + p.monthlyPublicOtherOre));
    expect(e.totalEmployerOre).toBe(sumOfPeriods(e.periods, (p) => p.monthlyEmployerCostOre));
    expect(e.periods.at(-1)?.toMonth).toBe(36);
    for (const p of [...e.periods, e])
      for (const v of Object.values(p)) if (typeof v === "number") expect(Number.isInteger(v)).toBe(true);
  });
});

describe("estimateEmployerCost: input checks", () => {
  it.each<[string, Partial<CostInput>]>([
    ["a negative wage", { wage: { kind: "monthly", monthlyOre: -100 } }],
    ["holiday pay below 10.2 %", { holidayPayRate: 0.101 }],
    ["holiday pay above 12 %", { holidayPayRate: 0.121 }],
    ["pension below 2 %", { pensionRate: 0.019 }],
    ["0 months", { months: 0 }],
    ["61 months", { months: 61 }],
    ["a fraction of a month", { months: 1.5 }],
    ["an invalid date", { on: new Date("nope") }],
    [
      "an invalid package",
      { measures: [{ code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 50, months: 6, reducedWorkCapacity: false }] },
    ],
    [
      "a refused combination",
      {
        measures: [
          { code: "ARBEIDSTRENING", percent: null, months: 6, reducedWorkCapacity: false },
          { code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 40, months: 6, reducedWorkCapacity: false },
        ],
      },
    ],
  ])("throws a RangeError on %s", (_name, extra) => {
    expect(() => estimateEmployerCost(input(extra))).toThrow(RangeError);
  });

  it.each<[string, Partial<CostInput>]>([
    ["holiday pay 10.2 %", { holidayPayRate: 0.102 }],
    ["holiday pay 12 %", { holidayPayRate: 0.12 }],
    ["pension 2 %", { pensionRate: 0.02 }],
    ["1 month", { months: 1 }],
    ["60 months", { months: 60 }],
    ["a wage of 0", { wage: { kind: "monthly", monthlyOre: 0 } }],
  ])("accepts the boundary %s", (_name, extra) => {
    expect(() => estimateEmployerCost(input(extra))).not.toThrow();
  });

  it("names the package's problems in the error", () => {
    const measures: PackageMeasureInput[] = [
      { code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 50, months: 6, reducedWorkCapacity: false },
    ];
    expect(() => estimateEmployerCost(input({ measures }))).toThrow(/at most 40 %/);
  });
});
