import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { estimateEmployerCost, type EmployerTaxZone } from "~/domain/measures/cost";
import {
  publish,
  SUPPRESS_BELOW,
  savingCellOf,
  type Audience,
  type PeopleCount,
  type Period,
  type Saving,
  type SavingCellKey,
} from "./figures";

/**
 * The dashboard's figures about what happens after a hire: retention at 6 and 12 months from the
 * company's check-ins, hires by the municipality itself apart from other employers, and the net
 * saving (gross saving minus the subsidies the cost calculator computes), split between the
 * municipality and the state. Same rules as figures.ts: counts of people under 5 suppressed,
 * bands of 5 on the public page, nothing computed from a suppressed cell.
 */

const inPeriod = (d: Date | null | undefined, p: Period) => Boolean(d && d >= p.from && d < p.to);

export type RetentionEvent = {
  month: number;
  /** The check-in's due day (a DATE column: UTC midnight of the Oslo day) */
  dueOn: Date;
  /** true: still employed; false: not (recorded, or an earlier check-in said the job ended); null: not followed up */
  stillEmployed: boolean | null;
};

export type RetentionRow = {
  months: 6 | 12;
  reached: PeopleCount;
  retained: PeopleCount;
  unknown: PeopleCount;
  /** Share still employed of those followed up, 0–1; null when any part of it could not be shown */
  share: number | null;
};

const publishable = (n: number) => n === 0 || n >= SUPPRESS_BELOW;

/**
 * Hires whose 6- or 12-month mark fell in the period and has passed (`today`, an Oslo day): how
 * many reached it, how many were still employed, how many were not followed up. The share is for
 * members only, and only when every count it is made of could be shown on its own (a share of 6
 * out of 7 would say "one left").
 */
export function retention(
  events: readonly RetentionEvent[],
  p: Period,
  today: string,
  audience: Audience = "member",
): RetentionRow[] {
  const count = publish(audience);
  return ([6, 12] as const).map((months) => {
    const cohort = events.filter(
      (e) => e.month === months && inPeriod(e.dueOn, p) && e.dueOn.toISOString().slice(0, 10) <= today,
    );
    const retained = cohort.filter((e) => e.stillEmployed === true).length;
    const left = cohort.filter((e) => e.stillEmployed === false).length;
    const unknown = cohort.length - retained - left;
    const known = retained + left;
    const share =
      audience === "member" && known >= SUPPRESS_BELOW && publishable(retained) && publishable(left)
        ? retained / known
        : null;
    return { months, reached: count(cohort.length), retained: count(retained), unknown: count(unknown), share };
  });
}

export type HireEvent = {
  hiredOn: Date | null;
  /** The employer is the municipality of the opening itself */
  byMunicipality: boolean;
  targetGroups: readonly string[];
  /** The subsidies of the hire's package over the saving's months, in øre; null: the calculator refuses the package */
  subsidyOre: number | null;
};

/** Hires in the period by the municipality itself as employer and by every other employer. */
export function hiresByEmployer(
  hires: readonly HireEvent[],
  p: Period,
  audience: Audience = "member",
): { municipality: PeopleCount; others: PeopleCount } {
  const inP = hires.filter((h) => inPeriod(h.hiredOn, p));
  const count = publish(audience);
  const own = inP.filter((h) => h.byMunicipality).length;
  return { municipality: count(own), others: count(inP.length - own) };
}

/**
 * Who pays the benefit a hire no longer needs, per saving cell: the state pays disability benefit
 * and work assessment allowance (the VTA/AFT group); the municipality pays social assistance and
 * the introduction benefit (everyone else). A fixed rule, shown with the formula.
 */
export const STATE_CELLS: readonly SavingCellKey[] = ["VTA_AFT"];

export type SideFigures = { grossOre: number; subsidiesOre: number; netOre: number };
export type NetSaving = {
  municipality: SideFigures;
  state: SideFigures;
  total: SideFigures;
  /** Hires in the counted cells whose package the calculator no longer accepts (no subsidy counted) */
  notEstimated: number;
};

/**
 * The net saving for members: the gross saving of each shown cell goes to its payer; the
 * subsidies of the hires in those cells (NAV's, so the state's) are subtracted. A suppressed cell
 * adds neither its saving nor its subsidies, as in the gross figure.
 */
export function netSaving(saving: Saving, hires: readonly HireEvent[], p: Period): NetSaving {
  const shown = new Set(saving.cells.filter((c) => !("suppressed" in c.count)).map((c) => c.cell));
  let municipalGross = 0;
  let stateGross = 0;
  for (const c of saving.cells) {
    if (!shown.has(c.cell)) continue;
    // Members' counts are exact, so a cell's saving is one number (fromOre = toOre).
    if (STATE_CELLS.includes(c.cell)) stateGross += c.fromOre;
    else municipalGross += c.fromOre;
  }
  let subsidies = 0;
  let notEstimated = 0;
  for (const h of hires) {
    if (!inPeriod(h.hiredOn, p) || !shown.has(savingCellOf(h.targetGroups))) continue;
    if (h.subsidyOre === null) notEstimated++;
    else subsidies += h.subsidyOre;
  }
  const side = (grossOre: number, subsidiesOre: number): SideFigures => ({
    grossOre,
    subsidiesOre,
    netOre: grossOre - subsidiesOre,
  });
  return {
    municipality: side(municipalGross, 0),
    state: side(stateGross, subsidies),
    total: side(municipalGross + stateGross, subsidies),
    notEstimated,
  };
}

/**
 * What NAV pays for one hire's package over `months` from the hire day, as the cost calculator
 * computes it (wage subsidy, VTA-O grant, assistance refund, mentor and inclusion grant). Null
 * when the calculator refuses the stored package (its dated rules changed since).
 */
export function hireSubsidyOre(
  p: { measures: PackageMeasureInput[]; monthlyWageOre: number; employerTaxZone: string },
  hiredOn: Date,
  months: number,
): number | null {
  try {
    return estimateEmployerCost({
      wage: { kind: "monthly", monthlyOre: p.monthlyWageOre },
      holidayPayRate: 0.12,
      employerTaxZone: p.employerTaxZone as EmployerTaxZone,
      pensionRate: 0.02,
      measures: p.measures,
      months,
      on: hiredOn,
    }).totalPublicOre;
  } catch {
    return null;
  }
}
