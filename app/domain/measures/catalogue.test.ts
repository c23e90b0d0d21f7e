import { describe, expect, it } from "vitest";
import {
  eligibilityReason,
  gAmountOre,
  inclusionGrantCapOre,
  MAX_ASSISTANT_HOURS_PER_MONTH,
  MAX_MENTOR_HOURS_PER_MONTH,
  maxMonths,
  measureCatalogue,
  refundClaimPeriods,
  subsidyPercentForMonth,
  validatePackage,
  validatePackageMeasure,
  type PackageMeasureInput,
} from "./catalogue";
import {
  isSensitiveMeasure,
  measureCodes,
  measureLabels,
  sensitiveMeasureCodes,
  type MeasureCode,
} from "./measure-codes";
import { grunnbelopConfig, inclusionGrantCapConfig, vtaOGrantConfig, vtaOGrantOre } from "./rates";

const on = new Date("2025-06-01T12:00:00Z");

function measure(code: MeasureCode, extra: Partial<PackageMeasureInput> = {}): PackageMeasureInput {
  return { code, percent: null, months: null, reducedWorkCapacity: false, ...extra };
}

const midlertidig = (percent: number | null, months: number | null, reducedWorkCapacity = false) =>
  measure("MIDLERTIDIG_LONNSTILSKUDD", { percent, months, reducedWorkCapacity });
const varig = (percent: number | null, months: number | null = null, permanentlyReduced: boolean | undefined = true) =>
  measure("VARIG_LONNSTILSKUDD", { percent, months, permanentlyReducedWorkCapacity: permanentlyReduced });
const vtaO = (receivesDisabilityBenefit: boolean | undefined) => measure("VTA_O", { receivesDisabilityBenefit });
const arbeidstrening = (months: number | null, reducedWorkCapacity = false, percent: number | null = null) =>
  measure("ARBEIDSTRENING", { months, reducedWorkCapacity, percent });
const mentor = (
  months: number | null,
  reducedWorkCapacity = false,
  hours: number | null = 10,
  wage: number | null = 30_000,
) => measure("MENTOR", { months, reducedWorkCapacity, mentorHoursPerMonth: hours, mentorHourlyWageOre: wage });
const inkludering = (extraCostsOre: number | null, months: number | null = 12) =>
  measure("INKLUDERINGSTILSKUDD", { extraCostsOre, months });
const funksjon = (
  meets: boolean | undefined,
  months: number | null = 12,
  assistant: Partial<PackageMeasureInput> = {},
) => measure("FUNKSJONSASSISTANSE", { months, meetsFunctionalAssistanceCriteria: meets, ...assistant });
const ownAssistant = (hours: number | null, wage: number | null) => ({
  assistantEmployedByEmployer: true,
  assistantHoursPerMonth: hours,
  assistantHourlyWageOre: wage,
});

describe("measureCatalogue", () => {
  it.each(measureCodes.map((code) => [code]))("has an entry for %s with the shared label", (code) => {
    expect(measureCatalogue[code].label).toEqual(measureLabels[code]);
    expect(measureCatalogue[code].description.nb.length).toBeGreaterThan(0);
    expect(measureCatalogue[code].description.en.length).toBeGreaterThan(0);
  });

  it.each<[MeasureCode, boolean]>([
    ["ARBEIDSTRENING", false],
    ["MIDLERTIDIG_LONNSTILSKUDD", true],
    ["VARIG_LONNSTILSKUDD", true],
    ["MENTOR", true],
    ["INKLUDERINGSTILSKUDD", true],
    // Source: nav.no – Funksjonsassistanse: NAV pays the grant to the assistant's employer.
    ["FUNKSJONSASSISTANSE", true],
    ["IPS_JOBBSTOTTE", false],
    // Source: nav.no – Varig tilrettelagt arbeid i ordinær virksomhet: a monthly grant to the employer.
    ["VTA_O", true],
  ])("%s pays the employer: %s", (code, pays) => {
    expect(measureCatalogue[code].paysEmployer).toBe(pays);
  });

  it("has a wage subsidy only for the two lønnstilskudd, and a 5 G cap only on varig", () => {
    const withSubsidy = measureCodes.filter((c) => measureCatalogue[c].wageSubsidy !== null);
    expect(withSubsidy).toEqual(["MIDLERTIDIG_LONNSTILSKUDD", "VARIG_LONNSTILSKUDD"]);
    expect(measureCatalogue.VARIG_LONNSTILSKUDD.wageSubsidy?.yearlyCapG).toBe(5);
    expect(measureCatalogue.MIDLERTIDIG_LONNSTILSKUDD.wageSubsidy?.yearlyCapG).toBeNull();
  });

  it.each(measureCodes.map((code) => [code]))("%s names where its rule was read (https, dated)", (code) => {
    const { sources } = measureCatalogue[code];
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.title.length).toBeGreaterThan(0);
    }
  });

  it.each<[MeasureCode, string | null]>([
    ["VARIG_LONNSTILSKUDD", "permanentlyReducedWorkCapacity"],
    ["VTA_O", "receivesDisabilityBenefit"],
    ["FUNKSJONSASSISTANSE", "meetsFunctionalAssistanceCriteria"],
    ["MIDLERTIDIG_LONNSTILSKUDD", null],
    ["ARBEIDSTRENING", null],
  ])("%s asks the package to confirm %s", (code, confirms) => {
    expect(measureCatalogue[code].eligibility?.confirms ?? null).toBe(confirms);
  });
});

describe("sensitive measures (privacy: they reveal health or benefits)", () => {
  it("are exactly IPS, VTA-O, varig lønnstilskudd and funksjonsassistanse", () => {
    expect([...sensitiveMeasureCodes].sort()).toEqual([
      "FUNKSJONSASSISTANSE",
      "IPS_JOBBSTOTTE",
      "VARIG_LONNSTILSKUDD",
      "VTA_O",
    ]);
  });

  it.each(measureCodes.map((code) => [code]))("%s is classified the same way by isSensitiveMeasure", (code) => {
    expect(isSensitiveMeasure(code)).toBe(sensitiveMeasureCodes.includes(code));
  });

  it("treats a code it does not know as sensitive", () => {
    expect(isSensitiveMeasure("NEW_MEASURE")).toBe(true);
  });
});

describe("maxMonths", () => {
  it.each<[MeasureCode, number | null, number | null]>([
    ["ARBEIDSTRENING", 12, 18],
    ["MIDLERTIDIG_LONNSTILSKUDD", 12, 24],
    ["VARIG_LONNSTILSKUDD", null, null],
    ["MENTOR", 6, 36],
    ["INKLUDERINGSTILSKUDD", 12, 12],
    ["FUNKSJONSASSISTANSE", 12, 12],
    ["IPS_JOBBSTOTTE", null, null],
    ["VTA_O", null, null],
  ])("%s: %s months, %s with reduced work capacity", (code, normal, reduced) => {
    expect(maxMonths(code, false)).toBe(normal);
    expect(maxMonths(code, true)).toBe(reduced);
  });
});

describe("gAmountOre and inclusionGrantCapOre (dated configuration)", () => {
  it.each<[string, number]>([
    ["2024-05-01T12:00:00Z", 12_402_800],
    ["2025-04-30T12:00:00Z", 12_402_800],
    // Midnight in Oslo (CEST, UTC+2) is 22:00 UTC the day before.
    ["2025-04-30T21:59:59Z", 12_402_800],
    ["2025-04-30T22:00:00Z", 13_016_000],
    ["2025-05-01T12:00:00Z", 13_016_000],
    ["2026-04-30T12:00:00Z", 13_016_000],
    ["2026-05-01T12:00:00Z", 13_400_000],
    ["2030-01-01T12:00:00Z", 13_400_000],
  ])("G on %s is %i øre", (date, ore) => {
    expect(gAmountOre(new Date(date))).toBe(ore);
  });

  it("refuses dates before the first configured G and invalid dates", () => {
    expect(() => gAmountOre(new Date("2024-04-30T12:00:00Z"))).toThrow(RangeError);
    expect(() => gAmountOre(new Date("not a date"))).toThrow(RangeError);
  });

  it.each(grunnbelopConfig.map((g) => [g.validFrom, g]))("G from %s carries its source", (_from, g) => {
    expect(g.source.url).toMatch(/^https:\/\/www\.nav\.no\//);
    expect(g.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("marks the 2026 G, a planning assumption, as provisional and the published ones as confirmed", () => {
    expect(grunnbelopConfig.map((g) => [g.validFrom, g.provisional])).toEqual([
      ["2024-05-01", false],
      ["2025-05-01", false],
      ["2026-05-01", true],
    ]);
  });

  // Source: nav.no – Inkluderingstilskudd for arbeidsgivere (updated 2023-05-26): "opp til 143 900 kroner".
  it.each<[string, number]>([
    ["2023-01-01T12:00:00Z", 14_390_000],
    ["2024-12-31T12:00:00Z", 14_390_000],
    ["2025-01-01T12:00:00Z", 15_900_000],
    ["2026-11-22T12:00:00Z", 15_900_000],
  ])("inkluderingstilskudd cap per participant on %s is %i øre", (date, ore) => {
    expect(inclusionGrantCapOre(new Date(date))).toBe(ore);
  });

  it("has no inkluderingstilskudd cap before 2023, and marks the unconfirmed 2025 cap provisional", () => {
    expect(() => inclusionGrantCapOre(new Date("2022-12-31T12:00:00Z"))).toThrow(RangeError);
    expect(inclusionGrantCapConfig.map((c) => c.provisional)).toEqual([false, true]);
  });

  // Source: nav.no – Varig tilrettelagt arbeid i ordinær virksomhet: "Tilskuddssatsen er 7 067 kroner per måned."
  it.each<[string, number]>([
    ["2025-01-01T12:00:00Z", 706_700],
    ["2025-12-31T12:00:00Z", 706_700],
    // Midnight in Oslo (CET, UTC+1) is 23:00 UTC the day before.
    ["2025-12-31T23:00:00Z", 732_100],
    ["2026-11-22T12:00:00Z", 732_100],
  ])("the monthly VTA-O grant on %s is %i øre", (date, ore) => {
    expect(vtaOGrantOre(new Date(date))).toBe(ore);
  });

  it("has the 2025 VTA-O grant confirmed, the 2026 one provisional, and none before 2025", () => {
    expect(vtaOGrantConfig.map((c) => [c.validFrom, c.provisional])).toEqual([
      ["2025-01-01", false],
      ["2026-01-01", true],
    ]);
    expect(() => vtaOGrantOre(new Date("2024-12-31T12:00:00Z"))).toThrow(RangeError);
  });
});

describe("subsidyPercentForMonth", () => {
  it.each<[string, PackageMeasureInput, number, number]>([
    ["midlertidig 40 %, month 1", midlertidig(40, 12), 1, 40],
    ["midlertidig 40 %, month 6", midlertidig(40, 12), 6, 40],
    ["midlertidig 40 %, month 7 steps down", midlertidig(40, 12), 7, 30],
    ["midlertidig 40 %, month 12", midlertidig(40, 12), 12, 30],
    ["midlertidig 40 %, month 13 is after the end", midlertidig(40, 12), 13, 0],
    ["midlertidig 40 % for 4 months, month 5", midlertidig(40, 4), 5, 0],
    ["midlertidig 30 % asked, month 7 is 10 points lower", midlertidig(30, 12), 7, 20],
    ["midlertidig reduced 60 %, month 12", midlertidig(60, 24, true), 12, 60],
    ["midlertidig reduced 60 %, month 13 steps down", midlertidig(60, 24, true), 13, 50],
    ["midlertidig reduced 60 %, month 24", midlertidig(60, 24, true), 24, 50],
    ["midlertidig reduced 60 %, month 25", midlertidig(60, 24, true), 25, 0],
    ["midlertidig 60 % without reduced capacity is clamped to 40", midlertidig(60, 12), 1, 40],
    ["varig 75 %, month 12", varig(75), 12, 75],
    ["varig 75 %, month 13 capped at 67", varig(75), 13, 67],
    ["varig 75 %, month 120 (no end date)", varig(75), 120, 67],
    ["varig 60 % stays 60 after the first year", varig(60), 13, 60],
    ["varig 75 % planned for 24 months, month 25", varig(75, 24), 25, 0],
    ["varig without a percent", varig(null), 1, 0],
    ["arbeidstrening", arbeidstrening(12), 1, 0],
    ["mentor", mentor(6), 1, 0],
    ["IPS", measure("IPS_JOBBSTOTTE"), 1, 0],
    ["VTA-O (a grant, not a wage subsidy)", vtaO(true), 1, 0],
  ])("%s → %i %%", (_name, m, month, percent) => {
    expect(subsidyPercentForMonth(m, month)).toBe(percent);
  });

  it.each([0, -1, 1.5])("refuses month %s", (month) => {
    expect(() => subsidyPercentForMonth(midlertidig(40, 12), month)).toThrow(RangeError);
  });
});

describe("refundClaimPeriods", () => {
  it.each<[string, PackageMeasureInput, { fromMonth: number; toMonth: number }[]]>([
    [
      "midlertidig 12 months: four quarters",
      midlertidig(40, 12),
      [
        { fromMonth: 1, toMonth: 3 },
        { fromMonth: 4, toMonth: 6 },
        { fromMonth: 7, toMonth: 9 },
        { fromMonth: 10, toMonth: 12 },
      ],
    ],
    [
      "midlertidig 7 months: the last period is short",
      midlertidig(40, 7),
      [
        { fromMonth: 1, toMonth: 3 },
        { fromMonth: 4, toMonth: 6 },
        { fromMonth: 7, toMonth: 7 },
      ],
    ],
    ["varig has no such rule", varig(75), []],
  ])("%s", (_name, m, periods) => {
    expect(refundClaimPeriods(m)).toEqual(periods);
  });
});

describe("validatePackageMeasure: valid measures", () => {
  it.each<[string, PackageMeasureInput]>([
    ["midlertidig 40 % for 6 months", midlertidig(40, 6)],
    ["midlertidig 40 % for 12 months", midlertidig(40, 12)],
    ["midlertidig 25 % for 1 month", midlertidig(25, 1)],
    ["midlertidig reduced 60 % for 12 months", midlertidig(60, 12, true)],
    ["midlertidig reduced 60 % for 24 months", midlertidig(60, 24, true)],
    ["varig 75 % open-ended, varig og vesentlig nedsatt arbeidsevne confirmed", varig(75)],
    ["varig 75 % for 36 months", varig(75, 36)],
    ["arbeidstrening 12 months, percent empty", arbeidstrening(12)],
    ["arbeidstrening 12 months, percent 0", arbeidstrening(12, false, 0)],
    ["arbeidstrening reduced 18 months", arbeidstrening(18, true)],
    ["mentor 6 months", mentor(6)],
    ["mentor special needs 36 months", mentor(36, true)],
    ["mentor at the one hours limit (a full-time position)", mentor(6, false, MAX_MENTOR_HOURS_PER_MONTH)],
    ["mentor 7.5 hours", mentor(6, false, 7.5)],
    ["inkluderingstilskudd at the cap per participant", inkludering(15_900_000)],
    ["inkluderingstilskudd for 3 months", inkludering(500_000, 3)],
    ["funksjonsassistanse with the criteria met, assistant employed elsewhere", funksjon(true)],
    [
      "funksjonsassistanse with the assistant employed by the employer, hours and wage given",
      funksjon(true, 12, ownAssistant(40, 25_000)),
    ],
    [
      "funksjonsassistanse with a full-time assistant",
      funksjon(true, 12, ownAssistant(MAX_ASSISTANT_HOURS_PER_MONTH, 25_000)),
    ],
    ["IPS open-ended", measure("IPS_JOBBSTOTTE")],
    ["IPS for 24 months", measure("IPS_JOBBSTOTTE", { months: 24 })],
    ["VTA-O open-ended, uføretrygd confirmed", vtaO(true)],
  ])("%s", (_name, m) => {
    expect(validatePackageMeasure(m, on)).toEqual([]);
  });
});

describe("validatePackageMeasure: refused measures", () => {
  it.each<[string, PackageMeasureInput, string]>([
    [
      "midlertidig 41 %",
      midlertidig(41, 6),
      "Midlertidig lønnstilskudd kan være høyst 40 % de første 6 månedene (60 % ved nedsatt arbeidsevne).",
    ],
    [
      "midlertidig 60 % without reduced capacity",
      midlertidig(60, 6),
      "Midlertidig lønnstilskudd kan være høyst 40 % de første 6 månedene (60 % ved nedsatt arbeidsevne).",
    ],
    [
      "midlertidig reduced 61 %",
      midlertidig(61, 12, true),
      "Midlertidig lønnstilskudd kan være høyst 60 % de første 12 månedene ved nedsatt arbeidsevne.",
    ],
    [
      "midlertidig without a percent",
      midlertidig(null, 6),
      "Midlertidig lønnstilskudd må ha en prosentsats større enn 0 (høyst 40 % de første 6 månedene (60 % ved nedsatt arbeidsevne)).",
    ],
    [
      "midlertidig 0 %",
      midlertidig(0, 6),
      "Midlertidig lønnstilskudd må ha en prosentsats større enn 0 (høyst 40 % de første 6 månedene (60 % ved nedsatt arbeidsevne)).",
    ],
    [
      "midlertidig 13 months",
      midlertidig(40, 13),
      "Midlertidig lønnstilskudd kan vare høyst 12 måneder, 24 ved nedsatt arbeidsevne.",
    ],
    [
      "midlertidig reduced 25 months",
      midlertidig(60, 25, true),
      "Midlertidig lønnstilskudd kan vare høyst 24 måneder ved nedsatt arbeidsevne.",
    ],
    [
      "midlertidig open-ended",
      midlertidig(40, null),
      "Midlertidig lønnstilskudd må ha en planlagt varighet i hele måneder (høyst 12 måneder, 24 ved nedsatt arbeidsevne).",
    ],
    [
      "midlertidig 0 months",
      midlertidig(40, 0),
      "Varigheten for Midlertidig lønnstilskudd må være et helt antall måneder, minst 1.",
    ],
    [
      "midlertidig 1.5 months",
      midlertidig(40, 1.5),
      "Varigheten for Midlertidig lønnstilskudd må være et helt antall måneder, minst 1.",
    ],
    ["varig 76 %", varig(76), "Varig lønnstilskudd kan være høyst 75 % de første 12 månedene."],
    // Source: tiltaksforskriften (varig lønnstilskudd) and nav.no – Varig lønnstilskudd.
    [
      "varig without varig og vesentlig nedsatt arbeidsevne",
      measure("VARIG_LONNSTILSKUDD", { percent: 75 }),
      "Varig lønnstilskudd gis bare når NAV har vurdert at personen har varig og vesentlig nedsatt arbeidsevne. Bekreft at kandidaten oppfyller vilkåret.",
    ],
    [
      "varig with varig og vesentlig nedsatt arbeidsevne denied",
      varig(75, null, false),
      "Varig lønnstilskudd gis bare når NAV har vurdert at personen har varig og vesentlig nedsatt arbeidsevne. Bekreft at kandidaten oppfyller vilkåret.",
    ],
    // Source: nav.no – Varig tilrettelagt arbeid i ordinær virksomhet: "et tiltak for personer som får uføretrygd".
    [
      "VTA-O without uføretrygd",
      vtaO(undefined),
      "Varig tilrettelagt arbeid i ordinær virksomhet er bare for personer som mottar uføretrygd. Bekreft at kandidaten oppfyller vilkåret.",
    ],
    [
      "VTA-O with uføretrygd denied",
      vtaO(false),
      "Varig tilrettelagt arbeid i ordinær virksomhet er bare for personer som mottar uføretrygd. Bekreft at kandidaten oppfyller vilkåret.",
    ],
    [
      "arbeidstrening 13 months",
      arbeidstrening(13),
      "Arbeidstrening kan vare høyst 12 måneder, 18 ved nedsatt arbeidsevne.",
    ],
    [
      "arbeidstrening reduced 19 months",
      arbeidstrening(19, true),
      "Arbeidstrening kan vare høyst 18 måneder ved nedsatt arbeidsevne.",
    ],
    [
      "arbeidstrening open-ended",
      arbeidstrening(null),
      "Arbeidstrening må ha en planlagt varighet i hele måneder (høyst 12 måneder, 18 ved nedsatt arbeidsevne).",
    ],
    [
      "arbeidstrening with a percent",
      arbeidstrening(6, false, 50),
      "Arbeidstrening gir ikke lønnstilskudd: deltakeren er ikke ansatt, og arbeidsgiveren får ingen penger; la prosentsatsen stå tom.",
    ],
    ["mentor 7 months", mentor(7), "Mentor kan vare høyst 6 måneder, 36 ved nedsatt arbeidsevne."],
    ["mentor special needs 37 months", mentor(37, true), "Mentor kan vare høyst 36 måneder ved nedsatt arbeidsevne."],
    [
      "mentor without hours",
      mentor(6, false, null),
      "Mentor må ha antall mentortimer per måned, mer enn 0 og høyst 162,5 (en hel stilling).",
    ],
    [
      "mentor with more hours than the one limit",
      mentor(6, false, MAX_MENTOR_HOURS_PER_MONTH + 0.5),
      "Mentor må ha antall mentortimer per måned, mer enn 0 og høyst 162,5 (en hel stilling).",
    ],
    ["mentor without a wage", mentor(6, false, 10, null), "Mentor må ha mentorens timelønn, mer enn 0 kr."],
    [
      "mentor with a percent",
      measure("MENTOR", { months: 6, percent: 20, mentorHoursPerMonth: 10, mentorHourlyWageOre: 30_000 }),
      "Mentor gir ikke lønnstilskudd til arbeidsgiveren; la prosentsatsen stå tom.",
    ],
    // Source: nav.no – Inkluderingstilskudd: "over en periode på 12 måneder regnet fra dagen den første utgiften blir betalt".
    [
      "inkluderingstilskudd 1 øre over the cap per participant",
      inkludering(15_900_001),
      "Inkluderingstilskudd kan dekke høyst 159\u00a0000 kr i dokumenterte ekstrakostnader per deltaker, over 12 måneder regnet fra dagen den første utgiften betales.",
    ],
    [
      "inkluderingstilskudd without costs",
      inkludering(null),
      "Inkluderingstilskudd må ha de dokumenterte ekstrakostnadene, mer enn 0 kr (høyst 159\u00a0000 kr per deltaker over 12 måneder fra første utgift).",
    ],
    ["inkluderingstilskudd for 13 months", inkludering(500_000, 13), "Inkluderingstilskudd kan vare høyst 12 måneder."],
    [
      "funksjonsassistanse without the flag",
      funksjon(undefined),
      "Funksjonsassistanse gis bare til yrkesaktive med omfattende fysisk funksjonsnedsettelse eller sterkt nedsatt syn. Bekreft at kandidaten oppfyller vilkåret.",
    ],
    [
      "funksjonsassistanse with the flag false",
      funksjon(false),
      "Funksjonsassistanse gis bare til yrkesaktive med omfattende fysisk funksjonsnedsettelse eller sterkt nedsatt syn. Bekreft at kandidaten oppfyller vilkåret.",
    ],
    [
      "funksjonsassistanse with the employer's own assistant but no hours",
      funksjon(true, 12, ownAssistant(null, 25_000)),
      "Funksjonsassistanse hos arbeidsgiveren selv må ha assistentens timer per måned, mer enn 0 og høyst 162,5 (en hel stilling).",
    ],
    [
      "funksjonsassistanse with the employer's own assistant over full time",
      funksjon(true, 12, ownAssistant(163, 25_000)),
      "Funksjonsassistanse hos arbeidsgiveren selv må ha assistentens timer per måned, mer enn 0 og høyst 162,5 (en hel stilling).",
    ],
    [
      "funksjonsassistanse with the employer's own assistant but no wage",
      funksjon(true, 12, ownAssistant(40, null)),
      "Funksjonsassistanse hos arbeidsgiveren selv må ha assistentens timelønn, mer enn 0 kr.",
    ],
    ["funksjonsassistanse for 13 months", funksjon(true, 13), "Funksjonsassistanse kan vare høyst 12 måneder."],
    [
      "funksjonsassistanse open-ended",
      funksjon(true, null),
      "Funksjonsassistanse må ha en planlagt varighet i hele måneder (høyst 12 måneder).",
    ],
    [
      "IPS with a percent",
      measure("IPS_JOBBSTOTTE", { percent: 10 }),
      "IPS / jobbstøtte og oppfølging gir ikke lønnstilskudd til arbeidsgiveren; la prosentsatsen stå tom.",
    ],
    [
      "VTA-O with a percent",
      measure("VTA_O", { percent: 50, receivesDisabilityBenefit: true }),
      "Varig tilrettelagt arbeid i ordinær virksomhet (VTA-O) gir ikke lønnstilskudd til arbeidsgiveren; la prosentsatsen stå tom.",
    ],
  ])("%s", (_name, m, nb) => {
    const reasons = validatePackageMeasure(m, on);
    expect(reasons.map((r) => r.nb)).toEqual([nb]);
    expect(reasons[0]?.en.length).toBeGreaterThan(0);
  });

  it("gives the English twin", () => {
    expect(validatePackageMeasure(midlertidig(41, 6), on)).toEqual([
      {
        nb: "Midlertidig lønnstilskudd kan være høyst 40 % de første 6 månedene (60 % ved nedsatt arbeidsevne).",
        en: "Temporary wage subsidy can be at most 40 % for the first 6 months (60 % with reduced work capacity).",
      },
    ]);
  });

  it("reports every problem of one measure", () => {
    expect(validatePackageMeasure(midlertidig(50, 14), on)).toHaveLength(2);
  });

  it("uses the inkluderingstilskudd cap in force on the date of the first expense", () => {
    expect(() => validatePackageMeasure(inkludering(500_000), new Date("2022-06-01T12:00:00Z"))).toThrow(RangeError);
    // 150 000 kr is over 2024's cap (143 900 kr) and under the one from 2025 (159 000 kr).
    expect(validatePackageMeasure(inkludering(15_000_000), new Date("2024-06-01T12:00:00Z"))).toHaveLength(1);
    expect(validatePackageMeasure(inkludering(15_000_000), new Date("2025-06-01T12:00:00Z"))).toEqual([]);
  });

  it("gives the rule's sentence in both languages for each unconfirmed eligibility", () => {
    expect(eligibilityReason(varig(75, null, false))).toEqual({
      nb: "Varig lønnstilskudd gis bare når NAV har vurdert at personen har varig og vesentlig nedsatt arbeidsevne. Bekreft at kandidaten oppfyller vilkåret.",
      en: "A permanent wage subsidy is only granted when NAV has assessed the person's work capacity as permanently and substantially reduced. Confirm that the candidate meets this condition.",
    });
    expect(eligibilityReason(varig(75))).toBeNull();
    expect(eligibilityReason(midlertidig(40, 6))).toBeNull();
  });

  it("refuses an unknown code coming from outside the type system", () => {
    const raw = JSON.parse(
      '{"code":"FOO","percent":null,"months":null,"reducedWorkCapacity":false}',
    ) as PackageMeasureInput;
    expect(validatePackageMeasure(raw, on)).toEqual([{ nb: "Ukjent tiltak: FOO.", en: "Unknown measure: FOO." }]);
  });
});

describe("validatePackage", () => {
  it.each<[string, PackageMeasureInput[]]>([
    ["an empty package", []],
    [
      "midlertidig + mentor + inkluderingstilskudd + IPS",
      [midlertidig(40, 12), mentor(6), inkludering(1_000_000), measure("IPS_JOBBSTOTTE")],
    ],
    ["arbeidstrening + mentor + IPS", [arbeidstrening(6), mentor(6), measure("IPS_JOBBSTOTTE")]],
    ["varig + funksjonsassistanse + VTA-O", [varig(75), funksjon(true), vtaO(true)]],
  ])("accepts %s", (_name, measures) => {
    expect(validatePackage(measures, on)).toEqual([]);
  });

  it.each<[string, PackageMeasureInput[], string]>([
    [
      "a measure twice",
      [mentor(6), mentor(3)],
      "Mentor står flere ganger i pakken: hvert tiltak kan bare være med én gang.",
    ],
    [
      "arbeidstrening + midlertidig",
      [arbeidstrening(6), midlertidig(40, 6)],
      "Arbeidstrening kan ikke kombineres med midlertidig lønnstilskudd: deltakeren på arbeidstrening er ikke ansatt, og lønnstilskudd gis bare for ansatte.",
    ],
    [
      "arbeidstrening + varig",
      [arbeidstrening(6), varig(75)],
      "Arbeidstrening kan ikke kombineres med varig lønnstilskudd: deltakeren på arbeidstrening er ikke ansatt, og lønnstilskudd gis bare for ansatte.",
    ],
    [
      "midlertidig + varig",
      [midlertidig(40, 6), varig(75)],
      "Midlertidig og varig lønnstilskudd kan ikke gis samtidig: velg ett av dem.",
    ],
  ])("refuses %s", (_name, measures, nb) => {
    expect(validatePackage(measures, on).map((r) => r.nb)).toEqual([nb]);
  });

  it("reports a duplicate once however often it appears", () => {
    expect(validatePackage([mentor(6), mentor(6), mentor(6)], on)).toHaveLength(1);
  });

  it("includes the reasons of each measure before the package rules", () => {
    expect(validatePackage([midlertidig(41, 6), varig(75)], on).map((r) => r.nb)).toEqual([
      "Midlertidig lønnstilskudd kan være høyst 40 % de første 6 månedene (60 % ved nedsatt arbeidsevne).",
      "Midlertidig og varig lønnstilskudd kan ikke gis samtidig: velg ett av dem.",
    ]);
  });
});
