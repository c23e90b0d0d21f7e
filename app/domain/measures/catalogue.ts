import { isMeasureCode, measureCodes, measureLabels, type MeasureCode } from "./measure-codes";
import { inclusionGrantCapOre, sources, type Source } from "./rates";

export {
  calendarDateInNorway,
  gAmountOre,
  grunnbelopConfig,
  inclusionGrantCapConfig,
  inclusionGrantCapOre,
  vtaOGrantConfig,
  vtaOGrantOre,
  type DatedAmount,
  type Source,
} from "./rates";

/**
 * The measure catalogue: NAV's rules for the measures a support package can hold, kept as data
 * so a rule change is an edit to one table, and checked by pure functions (see
 * docs/decisions/0008-measure-catalogue.md). Each rule names where it was read (`sources`).
 * Amounts that change by decree (G, the inclusion grant cap, the VTA-O grant) are dated
 * configuration in rates.ts, never constants inside the rules.
 */

export type Reason = { nb: string; en: string };

export type PackageMeasureInput = {
  code: MeasureCode;
  /** Wage-subsidy percent asked for in the FIRST period (null where the measure has none) */
  percent: number | null;
  /** Planned duration in whole months; null = open-ended where the measure allows it */
  months: number | null;
  reducedWorkCapacity: boolean;
  /** Mentor: hours per month and the mentor's hourly wage in øre */
  mentorHoursPerMonth?: number | null;
  mentorHourlyWageOre?: number | null;
  /** Inkluderingstilskudd: documented extra costs in øre over the 12 months from the first expense */
  extraCostsOre?: number | null;
  meetsFunctionalAssistanceCriteria?: boolean;
  /** Varig lønnstilskudd: NAV found the work capacity permanently and substantially reduced */
  permanentlyReducedWorkCapacity?: boolean;
  /** VTA-O: the participant receives uføretrygd */
  receivesDisabilityBenefit?: boolean;
  /** Funksjonsassistanse: the employer itself employs the assistant (else a third party does) */
  assistantEmployedByEmployer?: boolean;
  /** …and then the assistant's hours per month and hourly wage in øre */
  assistantHoursPerMonth?: number | null;
  assistantHourlyWageOre?: number | null;
};

/** How the percent asked for in the first period changes afterwards. */
export type SubsidyStepDown =
  /** Midlertidig lønnstilskudd: NAV lowers the rate by a number of percentage points. */
  | { kind: "reduceBy"; points: number }
  /** Varig lønnstilskudd: the later rate is a ceiling; a lower rate asked for stays as it is. */
  | { kind: "capAt"; percent: number };

export type SubsidySchedule = { firstPeriodMonths: number; maxFirstPercent: number; later: SubsidyStepDown };

export type WageSubsidyRule = {
  normal: SubsidySchedule;
  reducedWorkCapacity: SubsidySchedule;
  /** Yearly ceiling on the subsidy in multiples of G; null = no ceiling */
  yearlyCapG: number | null;
};

/** A condition on the participant the package must confirm, with the rule's own sentence. */
export type Eligibility = {
  confirms: "permanentlyReducedWorkCapacity" | "receivesDisabilityBenefit" | "meetsFunctionalAssistanceCriteria";
  rule: Reason;
};

/**
 * Money NAV pays the employer besides a wage subsidy. `monthlyRate`: a fixed amount a month from
 * dated configuration (VTA-O). `assistantWageRefund`: the assistant's wage costs, refunded to
 * whoever employs the assistant (funksjonsassistanse).
 */
export type EmployerGrant = "monthlyRate" | "assistantWageRefund";

export type MeasureRule = {
  label: Reason;
  /** Whether money from this measure can be paid to the employer (even when it only refunds a cost) */
  paysEmployer: boolean;
  description: Reason;
  /** Longest duration in months; null = no end date */
  maxMonths: { normal: number | null; reducedWorkCapacity: number | null };
  /** False where the participant is not the employer's employee (arbeidstrening) */
  employerPaysWage: boolean;
  wageSubsidy: WageSubsidyRule | null;
  employerGrant: EmployerGrant | null;
  /** Refunds are claimed per period of at most this many months; null = no such rule here */
  refundPeriodMaxMonths: number | null;
  eligibility: Eligibility | null;
  requires: {
    mentorHours: boolean;
    extraCosts: boolean;
  };
  /** Where the rule was read */
  sources: readonly Source[];
};

const none = { mentorHours: false, extraCosts: false };

export const measureCatalogue: Record<MeasureCode, MeasureRule> = {
  ARBEIDSTRENING: {
    label: measureLabels.ARBEIDSTRENING,
    paysEmployer: false,
    description: {
      nb: "Arbeidstrening i inntil 12 måneder (18 ved nedsatt arbeidsevne). Deltakeren er ikke ansatt og får ytelser fra NAV; arbeidsgiveren betaler ingen lønn og får ingen penger.",
      en: "Work training for up to 12 months (18 with reduced work capacity). The participant is not an employee and receives benefits from NAV; the employer pays no wage and receives no money.",
    },
    maxMonths: { normal: 12, reducedWorkCapacity: 18 },
    employerPaysWage: false,
    wageSubsidy: null,
    employerGrant: null,
    refundPeriodMaxMonths: null,
    eligibility: null,
    requires: none,
    sources: [sources.tiltaksforskriften],
  },
  MIDLERTIDIG_LONNSTILSKUDD: {
    label: measureLabels.MIDLERTIDIG_LONNSTILSKUDD,
    paysEmployer: true,
    description: {
      nb: "Inntil 40 % av lønnskostnadene de første 6 månedene, deretter 30 %; ved nedsatt arbeidsevne inntil 60 % de første 12 månedene, deretter 50 %. Høyst 12 måneder (24 ved nedsatt arbeidsevne). Refusjon kreves for perioder på høyst 3 måneder.",
      en: "Up to 40 % of the wage costs for the first 6 months, then 30 %; with reduced work capacity up to 60 % for the first 12 months, then 50 %. At most 12 months (24 with reduced work capacity). Refunds are claimed for periods of at most 3 months.",
    },
    maxMonths: { normal: 12, reducedWorkCapacity: 24 },
    employerPaysWage: true,
    wageSubsidy: {
      normal: { firstPeriodMonths: 6, maxFirstPercent: 40, later: { kind: "reduceBy", points: 10 } },
      reducedWorkCapacity: { firstPeriodMonths: 12, maxFirstPercent: 60, later: { kind: "reduceBy", points: 10 } },
      yearlyCapG: null,
    },
    employerGrant: null,
    refundPeriodMaxMonths: 3,
    eligibility: null,
    requires: none,
    sources: [sources.navMidlertidigLonnstilskudd, sources.tiltaksforskriften],
  },
  VARIG_LONNSTILSKUDD: {
    label: measureLabels.VARIG_LONNSTILSKUDD,
    paysEmployer: true,
    description: {
      nb: "For personer med varig og vesentlig nedsatt arbeidsevne. Inntil 75 % av lønnskostnadene det første året, deretter inntil 67 %, høyst 5 G i året. Ingen sluttdato.",
      en: "For people with permanently and substantially reduced work capacity. Up to 75 % of the wage costs in the first year, then up to 67 %, at most 5 G a year. No end date.",
    },
    maxMonths: { normal: null, reducedWorkCapacity: null },
    employerPaysWage: true,
    wageSubsidy: {
      normal: { firstPeriodMonths: 12, maxFirstPercent: 75, later: { kind: "capAt", percent: 67 } },
      reducedWorkCapacity: { firstPeriodMonths: 12, maxFirstPercent: 75, later: { kind: "capAt", percent: 67 } },
      yearlyCapG: 5,
    },
    employerGrant: null,
    refundPeriodMaxMonths: null,
    eligibility: {
      confirms: "permanentlyReducedWorkCapacity",
      rule: {
        nb: "Varig lønnstilskudd gis bare når NAV har vurdert at personen har varig og vesentlig nedsatt arbeidsevne.",
        en: "A permanent wage subsidy is only granted when NAV has assessed the person's work capacity as permanently and substantially reduced.",
      },
    },
    requires: none,
    sources: [sources.navVarigLonnstilskudd, sources.tiltaksforskriften],
  },
  MENTOR: {
    label: measureLabels.MENTOR,
    paysEmployer: true,
    description: {
      nb: "NAV dekker en kollegas mentortimer (timelønn og arbeidsgiveravgift) i inntil 6 måneder, eller inntil 36 måneder ved særlige behov (nedsatt arbeidsevne).",
      en: "NAV pays a colleague's mentor hours (hourly wage and employer tax) for up to 6 months, or up to 36 months for special needs (reduced work capacity).",
    },
    maxMonths: { normal: 6, reducedWorkCapacity: 36 },
    employerPaysWage: true,
    wageSubsidy: null,
    employerGrant: null,
    refundPeriodMaxMonths: null,
    eligibility: null,
    requires: { ...none, mentorHours: true },
    sources: [sources.navMentor],
  },
  INKLUDERINGSTILSKUDD: {
    label: measureLabels.INKLUDERINGSTILSKUDD,
    paysEmployer: true,
    description: {
      nb: "Dekker dokumenterte ekstrakostnader ved tilrettelegging, opp til et tak per deltaker over 12 måneder regnet fra dagen den første utgiften betales.",
      en: "Covers documented extra costs of adaptation, up to a cap per participant over the 12 months counted from the day the first expense is paid.",
    },
    maxMonths: { normal: 12, reducedWorkCapacity: 12 },
    employerPaysWage: true,
    wageSubsidy: null,
    employerGrant: null,
    refundPeriodMaxMonths: null,
    eligibility: null,
    requires: { ...none, extraCosts: true },
    sources: [sources.navInkluderingstilskudd, sources.navInkluderingstilskuddPerson],
  },
  FUNKSJONSASSISTANSE: {
    label: measureLabels.FUNKSJONSASSISTANSE,
    // To the assistant's employer: this employer when it employs the assistant itself.
    paysEmployer: true,
    description: {
      nb: "Assistent i arbeidet for personer med omfattende fysisk funksjonsnedsettelse eller sterkt nedsatt syn. NAV refunderer assistentens lønnskostnader til assistentens arbeidsgiver. Innvilges 12 måneder om gangen.",
      en: "An assistant at work for people with extensive physical impairment or severely reduced sight. NAV refunds the assistant's wage costs to the assistant's employer. Granted 12 months at a time.",
    },
    maxMonths: { normal: 12, reducedWorkCapacity: 12 },
    employerPaysWage: true,
    wageSubsidy: null,
    employerGrant: "assistantWageRefund",
    refundPeriodMaxMonths: null,
    eligibility: {
      confirms: "meetsFunctionalAssistanceCriteria",
      rule: {
        nb: "Funksjonsassistanse gis bare til yrkesaktive med omfattende fysisk funksjonsnedsettelse eller sterkt nedsatt syn.",
        en: "Functional assistance is only granted to people in work with an extensive physical impairment or severely reduced sight.",
      },
    },
    requires: none,
    sources: [sources.navFunksjonsassistanse],
  },
  IPS_JOBBSTOTTE: {
    label: measureLabels.IPS_JOBBSTOTTE,
    paysEmployer: false,
    description: {
      nb: "Jobbstøtte og oppfølging fra arbeidsinkluderingsbedriften, uten tidsbegrensning. Arbeidsgiveren får ingen penger.",
      en: "Job support and follow-up by the inclusion company, with no time limit. The employer receives no money.",
    },
    maxMonths: { normal: null, reducedWorkCapacity: null },
    employerPaysWage: true,
    wageSubsidy: null,
    employerGrant: null,
    refundPeriodMaxMonths: null,
    eligibility: null,
    requires: none,
    sources: [sources.tiltaksforskriften],
  },
  VTA_O: {
    label: measureLabels.VTA_O,
    paysEmployer: true,
    description: {
      nb: "Varig tilrettelagt arbeid i en ordinær virksomhet, uten sluttdato, for personer som mottar uføretrygd. Arbeidsgiveren ansetter deltakeren og får et fast månedlig tilskudd fra NAV.",
      en: "Permanent adapted work in an ordinary business, with no end date, for people who receive disability benefit (uføretrygd). The employer hires the participant and receives a fixed monthly grant from NAV.",
    },
    maxMonths: { normal: null, reducedWorkCapacity: null },
    employerPaysWage: true,
    wageSubsidy: null,
    employerGrant: "monthlyRate",
    refundPeriodMaxMonths: null,
    eligibility: {
      confirms: "receivesDisabilityBenefit",
      rule: {
        nb: "Varig tilrettelagt arbeid i ordinær virksomhet er bare for personer som mottar uføretrygd.",
        en: "Permanent adapted work in an ordinary business is only for people who receive disability benefit (uføretrygd).",
      },
    },
    requires: none,
    sources: [sources.navVtaO, sources.tiltaksforskriften],
  },
};

/**
 * A full-time position's hours a month (37.5 h × 52 / 12): neither a mentor nor an assistant is
 * paid for more. The one limit of the form's schema, the catalogue and the server.
 */
export const FULL_TIME_HOURS_PER_MONTH = 162.5;
export const MAX_MENTOR_HOURS_PER_MONTH = FULL_TIME_HOURS_PER_MONTH;
export const MAX_ASSISTANT_HOURS_PER_MONTH = FULL_TIME_HOURS_PER_MONTH;

export function maxMonths(code: MeasureCode, reducedWorkCapacity: boolean): number | null {
  const limits = measureCatalogue[code].maxMonths;
  return reducedWorkCapacity ? limits.reducedWorkCapacity : limits.normal;
}

export function subsidySchedule(m: Pick<PackageMeasureInput, "code" | "reducedWorkCapacity">): SubsidySchedule | null {
  const rule = measureCatalogue[m.code].wageSubsidy;
  if (!rule) return null;
  return m.reducedWorkCapacity ? rule.reducedWorkCapacity : rule.normal;
}

/** The subsidy percent for month n (1-based) of the measure: the step-down after 6 or 12 months. 0 after the end or for measures without a wage subsidy. */
export function subsidyPercentForMonth(m: PackageMeasureInput, month: number): number {
  if (!Number.isInteger(month) || month < 1) throw new RangeError(`month must be a whole number from 1, got ${month}`);
  const schedule = subsidySchedule(m);
  if (!schedule || m.percent === null || !Number.isFinite(m.percent) || m.percent <= 0) return 0;
  const limit = maxMonths(m.code, m.reducedWorkCapacity);
  if (m.months !== null && month > m.months) return 0;
  if (limit !== null && month > limit) return 0;
  // Clamped so that an unvalidated package can never be shown more money than the rules allow.
  const first = Math.min(m.percent, schedule.maxFirstPercent);
  if (month <= schedule.firstPeriodMonths) return first;
  return schedule.later.kind === "reduceBy"
    ? Math.max(0, first - schedule.later.points)
    : Math.min(first, schedule.later.percent);
}

/** The refund claim periods of a measure with a refund period rule (months 1-based, inclusive); [] otherwise. */
export function refundClaimPeriods(m: PackageMeasureInput): { fromMonth: number; toMonth: number }[] {
  const size = measureCatalogue[m.code].refundPeriodMaxMonths;
  if (size === null || m.months === null) return [];
  const periods: { fromMonth: number; toMonth: number }[] = [];
  for (let from = 1; from <= m.months; from += size)
    periods.push({ fromMonth: from, toMonth: Math.min(from + size - 1, m.months) });
  return periods;
}

function kr(ore: number): { nb: string; en: string } {
  const whole = Math.floor(ore / 100);
  const grouped = (sep: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return { nb: `${grouped("\u00a0")} kr`, en: `NOK ${grouped(",")}` };
}

function nbMonths(n: number): string {
  return n === 1 ? "1 måned" : `${n} måneder`;
}

function nbFirstMonths(n: number): string {
  return n === 1 ? "den første måneden" : `de første ${n} månedene`;
}

function enMonths(n: number): string {
  return n === 1 ? "1 month" : `${n} months`;
}

function durationReasons(m: PackageMeasureInput, rule: MeasureRule): Reason[] {
  const label = rule.label;
  const limit = maxMonths(m.code, m.reducedWorkCapacity);
  const { normal, reducedWorkCapacity: reduced } = rule.maxMonths;
  const allowed: Reason =
    normal === reduced
      ? { nb: `høyst ${nbMonths(normal ?? 0)}`, en: `at most ${enMonths(normal ?? 0)}` }
      : m.reducedWorkCapacity
        ? {
            nb: `høyst ${nbMonths(reduced ?? 0)} ved nedsatt arbeidsevne`,
            en: `at most ${enMonths(reduced ?? 0)} with reduced work capacity`,
          }
        : {
            nb: `høyst ${nbMonths(normal ?? 0)}, ${reduced ?? 0} ved nedsatt arbeidsevne`,
            en: `at most ${enMonths(normal ?? 0)}, ${reduced ?? 0} with reduced work capacity`,
          };
  if (m.months === null) {
    if (limit === null) return [];
    return [
      {
        nb: `${label.nb} må ha en planlagt varighet i hele måneder (${allowed.nb}).`,
        en: `${label.en} needs a planned duration in whole months (${allowed.en}).`,
      },
    ];
  }
  if (!Number.isInteger(m.months) || m.months < 1) {
    return [
      {
        nb: `Varigheten for ${label.nb} må være et helt antall måneder, minst 1.`,
        en: `The duration of ${label.en} must be a whole number of months, at least 1.`,
      },
    ];
  }
  if (limit !== null && m.months > limit) {
    return [{ nb: `${label.nb} kan vare ${allowed.nb}.`, en: `${label.en} can last ${allowed.en}.` }];
  }
  return [];
}

function percentReasons(m: PackageMeasureInput, rule: MeasureRule): Reason[] {
  const label = rule.label;
  const subsidy = rule.wageSubsidy;
  if (!subsidy) {
    if (m.percent === null || m.percent === 0) return [];
    const why: Reason = rule.employerPaysWage
      ? { nb: "gir ikke lønnstilskudd til arbeidsgiveren", en: "gives the employer no wage subsidy" }
      : {
          nb: "gir ikke lønnstilskudd: deltakeren er ikke ansatt, og arbeidsgiveren får ingen penger",
          en: "gives no wage subsidy: the participant is not an employee and the employer receives no money",
        };
    return [
      {
        nb: `${label.nb} ${why.nb}; la prosentsatsen stå tom.`,
        en: `${label.en} ${why.en}; leave the percentage empty.`,
      },
    ];
  }
  const schedule = m.reducedWorkCapacity ? subsidy.reducedWorkCapacity : subsidy.normal;
  const { normal, reducedWorkCapacity: reduced } = subsidy;
  const sameForBoth =
    normal.maxFirstPercent === reduced.maxFirstPercent && normal.firstPeriodMonths === reduced.firstPeriodMonths;
  const allowed: Reason = sameForBoth
    ? {
        nb: `høyst ${normal.maxFirstPercent} % ${nbFirstMonths(normal.firstPeriodMonths)}`,
        en: `at most ${normal.maxFirstPercent} % for the first ${enMonths(normal.firstPeriodMonths)}`,
      }
    : m.reducedWorkCapacity
      ? {
          nb: `høyst ${reduced.maxFirstPercent} % ${nbFirstMonths(reduced.firstPeriodMonths)} ved nedsatt arbeidsevne`,
          en: `at most ${reduced.maxFirstPercent} % for the first ${enMonths(reduced.firstPeriodMonths)} with reduced work capacity`,
        }
      : {
          nb: `høyst ${normal.maxFirstPercent} % ${nbFirstMonths(normal.firstPeriodMonths)} (${reduced.maxFirstPercent} % ved nedsatt arbeidsevne)`,
          en: `at most ${normal.maxFirstPercent} % for the first ${enMonths(normal.firstPeriodMonths)} (${reduced.maxFirstPercent} % with reduced work capacity)`,
        };
  if (m.percent === null || !Number.isFinite(m.percent) || m.percent <= 0) {
    return [
      {
        nb: `${label.nb} må ha en prosentsats større enn 0 (${allowed.nb}).`,
        en: `${label.en} needs a percentage above 0 (${allowed.en}).`,
      },
    ];
  }
  if (m.percent > schedule.maxFirstPercent) {
    return [{ nb: `${label.nb} kan være ${allowed.nb}.`, en: `${label.en} can be ${allowed.en}.` }];
  }
  return [];
}

function isPositive(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}

function hoursText(n: number): Reason {
  return { nb: String(n).replace(".", ","), en: String(n) };
}

/**
 * The rule's sentence when the package does not confirm the condition the measure has on the
 * participant (varig og vesentlig nedsatt arbeidsevne, uføretrygd, the functional-assistance
 * criteria); null when it is confirmed or the measure has none.
 */
export function eligibilityReason(m: PackageMeasureInput): Reason | null {
  if (!isMeasureCode(m.code)) return null;
  const eligibility = measureCatalogue[m.code].eligibility;
  if (!eligibility || m[eligibility.confirms] === true) return null;
  return {
    nb: `${eligibility.rule.nb} Bekreft at kandidaten oppfyller vilkåret.`,
    en: `${eligibility.rule.en} Confirm that the candidate meets this condition.`,
  };
}

/** What is missing from the assistant's hours and wage when the employer employs the assistant. */
export function assistantReasons(m: PackageMeasureInput): Reason[] {
  if (!isMeasureCode(m.code) || measureCatalogue[m.code].employerGrant !== "assistantWageRefund") return [];
  if (m.assistantEmployedByEmployer !== true) return [];
  const label = measureLabels[m.code];
  const max = hoursText(MAX_ASSISTANT_HOURS_PER_MONTH);
  const reasons: Reason[] = [];
  if (!isPositive(m.assistantHoursPerMonth) || m.assistantHoursPerMonth > MAX_ASSISTANT_HOURS_PER_MONTH) {
    reasons.push({
      nb: `${label.nb} hos arbeidsgiveren selv må ha assistentens timer per måned, mer enn 0 og høyst ${max.nb} (en hel stilling).`,
      en: `${label.en} with the employer as the assistant's employer needs the assistant's hours per month, more than 0 and at most ${max.en} (a full-time position).`,
    });
  }
  if (!isPositive(m.assistantHourlyWageOre) || !Number.isInteger(m.assistantHourlyWageOre)) {
    reasons.push({
      nb: `${label.nb} hos arbeidsgiveren selv må ha assistentens timelønn, mer enn 0 kr.`,
      en: `${label.en} with the employer as the assistant's employer needs the assistant's hourly wage, more than NOK 0.`,
    });
  }
  return reasons;
}

function extraFieldReasons(m: PackageMeasureInput, rule: MeasureRule, on: Date): Reason[] {
  const label = rule.label;
  const reasons: Reason[] = [];
  if (rule.requires.mentorHours) {
    if (!isPositive(m.mentorHoursPerMonth) || m.mentorHoursPerMonth > MAX_MENTOR_HOURS_PER_MONTH) {
      const max = hoursText(MAX_MENTOR_HOURS_PER_MONTH);
      reasons.push({
        nb: `${label.nb} må ha antall mentortimer per måned, mer enn 0 og høyst ${max.nb} (en hel stilling).`,
        en: `${label.en} needs the mentor hours per month, more than 0 and at most ${max.en} (a full-time position).`,
      });
    }
    if (!isPositive(m.mentorHourlyWageOre) || !Number.isInteger(m.mentorHourlyWageOre)) {
      reasons.push({
        nb: `${label.nb} må ha mentorens timelønn, mer enn 0 kr.`,
        en: `${label.en} needs the mentor's hourly wage, more than NOK 0.`,
      });
    }
  }
  if (rule.requires.extraCosts) {
    // The cap is per participant over the 12 months from the first expense, not per year: the
    // cap in force on the day the first expense is paid (the start of the package) applies.
    const cap = inclusionGrantCapOre(on);
    if (!isPositive(m.extraCostsOre) || !Number.isInteger(m.extraCostsOre)) {
      reasons.push({
        nb: `${label.nb} må ha de dokumenterte ekstrakostnadene, mer enn 0 kr (høyst ${kr(cap).nb} per deltaker over 12 måneder fra første utgift).`,
        en: `${label.en} needs the documented extra costs, more than NOK 0 (at most ${kr(cap).en} per participant over 12 months from the first expense).`,
      });
    } else if (m.extraCostsOre > cap) {
      reasons.push({
        nb: `${label.nb} kan dekke høyst ${kr(cap).nb} i dokumenterte ekstrakostnader per deltaker, over 12 måneder regnet fra dagen den første utgiften betales.`,
        en: `${label.en} can cover at most ${kr(cap).en} of documented extra costs per participant, over the 12 months counted from the day the first expense is paid.`,
      });
    }
  }
  const eligibility = eligibilityReason(m);
  if (eligibility) reasons.push(eligibility);
  reasons.push(...assistantReasons(m));
  return reasons;
}

/** [] = valid; otherwise each reason says what is wrong and what is allowed. */
export function validatePackageMeasure(m: PackageMeasureInput, on: Date): Reason[] {
  if (!isMeasureCode(m.code)) {
    return [{ nb: `Ukjent tiltak: ${String(m.code)}.`, en: `Unknown measure: ${String(m.code)}.` }];
  }
  const rule = measureCatalogue[m.code];
  return [...percentReasons(m, rule), ...durationReasons(m, rule), ...extraFieldReasons(m, rule, on)];
}

/** Pairs that cannot be in one package, with why. */
const incompatible: { a: MeasureCode; b: MeasureCode; why: Reason }[] = [
  {
    a: "ARBEIDSTRENING",
    b: "MIDLERTIDIG_LONNSTILSKUDD",
    why: {
      nb: "Arbeidstrening kan ikke kombineres med midlertidig lønnstilskudd: deltakeren på arbeidstrening er ikke ansatt, og lønnstilskudd gis bare for ansatte.",
      en: "Work training cannot be combined with a temporary wage subsidy: the work-training participant is not an employee, and wage subsidies are only for employees.",
    },
  },
  {
    a: "ARBEIDSTRENING",
    b: "VARIG_LONNSTILSKUDD",
    why: {
      nb: "Arbeidstrening kan ikke kombineres med varig lønnstilskudd: deltakeren på arbeidstrening er ikke ansatt, og lønnstilskudd gis bare for ansatte.",
      en: "Work training cannot be combined with a permanent wage subsidy: the work-training participant is not an employee, and wage subsidies are only for employees.",
    },
  },
  {
    a: "MIDLERTIDIG_LONNSTILSKUDD",
    b: "VARIG_LONNSTILSKUDD",
    why: {
      nb: "Midlertidig og varig lønnstilskudd kan ikke gis samtidig: velg ett av dem.",
      en: "A temporary and a permanent wage subsidy cannot be given together: choose one of them.",
    },
  },
];

/** [] = valid; the reasons of each measure, then the rules about the package as a whole. */
export function validatePackage(measures: PackageMeasureInput[], on: Date): Reason[] {
  const reasons = measures.flatMap((m) => validatePackageMeasure(m, on));
  const counts = new Map<MeasureCode, number>();
  for (const m of measures) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  for (const code of measureCodes) {
    if ((counts.get(code) ?? 0) > 1) {
      const label = measureLabels[code];
      reasons.push({
        nb: `${label.nb} står flere ganger i pakken: hvert tiltak kan bare være med én gang.`,
        en: `${label.en} appears more than once in the package: each measure can only be included once.`,
      });
    }
  }
  for (const { a, b, why } of incompatible) if (counts.has(a) && counts.has(b)) reasons.push(why);
  return reasons;
}
