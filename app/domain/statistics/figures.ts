import { osloQuarter } from "~/lib/dates";

/**
 * The municipality dashboard's figures, as pure functions over stored events (openings,
 * proposals, candidates' anonymous profile fields, orders). No function here sees a name or a
 * contact detail; small groups are suppressed before anything leaves this module.
 */

/** Fewer people than this in a figure: shown as "< 5", never as the number. */
export const SUPPRESS_BELOW = 5;

/**
 * A count that describes people as it may be published: the number, the fact that it is too
 * small to show, or (public pages) the band of 5 it lies in.
 */
export type PeopleCount = { value: number } | { suppressed: true } | { from: number; to: number };

/**
 * Who sees a figure. Members of the municipality see exact counts with 1–4 suppressed (and may
 * choose any period). The public sees every count of people in bands of 5 – 0–4 as "< 5", then
 * 5–9, 10–14, … – so that no sum of published figures (a year and its quarters, a total and its
 * parts, one funnel step and the next) pins down a group under 5; docs/decisions/0011.
 */
export type Audience = "member" | "public";

/** The members' rule: the number, or "< 5" for 1–4. */
export function people(n: number): PeopleCount {
  return n > 0 && n < SUPPRESS_BELOW ? { suppressed: true } : { value: n };
}

/**
 * The public rule: 0–4 all read "< 5" (a published 0 would tell a group of 1–4 from an empty one,
 * and an exact 0 is what lets differencing close a gap); 5 and more as the band of 5 it is in.
 */
export function publicPeople(n: number): PeopleCount {
  if (n < SUPPRESS_BELOW) return { suppressed: true };
  const from = n - (n % SUPPRESS_BELOW);
  return { from, to: from + SUPPRESS_BELOW - 1 };
}

export const publish = (audience: Audience): ((n: number) => PeopleCount) =>
  audience === "public" ? publicPeople : people;

export function peopleText(c: PeopleCount): string {
  if ("suppressed" in c) return `< ${SUPPRESS_BELOW}`;
  return "value" in c ? String(c.value) : `${c.from}–${c.to}`;
}

/** The fewest and the most people a published count stands for, a suppressed one counting as none. */
export function countedRange(c: PeopleCount): [number, number] {
  if ("suppressed" in c) return [0, 0];
  return "value" in c ? [c.value, c.value] : [c.from, c.to];
}

export type Period = { from: Date; to: Date };

const inPeriod = (d: Date | null | undefined, p: Period) => Boolean(d && d >= p.from && d < p.to);

export type OpeningEvent = {
  kind: string;
  publishedAt: Date | null;
  filledAt: Date | null;
  reservedForInclusion: boolean;
};

/** Openings published in the period, and those filled in it. Openings are not people: no suppression. */
export function openingFigures(openings: readonly OpeningEvent[], p: Period) {
  const published = openings.filter((o) => inPeriod(o.publishedAt, p));
  const tasks = published.filter((o) => o.kind === "TASK");
  return {
    published: published.length,
    filled: openings.filter((o) => inPeriod(o.filledAt, p)).length,
    tasks: tasks.length,
    reservedTasks: tasks.filter((o) => o.reservedForInclusion).length,
    /** Share of tasks reserved for inclusion companies, 0–1; null without tasks */
    reservedShare: tasks.length ? tasks.filter((o) => o.reservedForInclusion).length / tasks.length : null,
  };
}

export type ProposalEvent = {
  createdAt: Date;
  /** The furthest stage it reached (a rejection after a meeting still reached the meeting) */
  reached: "PROPOSED" | "SHORTLISTED" | "MEETING" | "TRIAL" | "HIRED";
  hiredOn: Date | null;
  measures: readonly string[];
  targetGroups: readonly string[];
};

const ORDER = ["PROPOSED", "SHORTLISTED", "MEETING", "TRIAL", "HIRED"] as const;
const atLeast = (e: ProposalEvent, stage: (typeof ORDER)[number]) => ORDER.indexOf(e.reached) >= ORDER.indexOf(stage);

/** Proposals made in the period and how far they got: each step counts people, so is suppressed. */
export function funnel(
  proposals: readonly ProposalEvent[],
  p: Period,
  audience: Audience = "member",
): { stage: "PROPOSED" | "MEETING" | "TRIAL" | "HIRED"; count: PeopleCount }[] {
  const made = proposals.filter((e) => inPeriod(e.createdAt, p));
  const count = publish(audience);
  return (["PROPOSED", "MEETING", "TRIAL", "HIRED"] as const).map((stage) => ({
    stage,
    count: count(made.filter((e) => atLeast(e, stage)).length),
  }));
}

const hiresIn = (proposals: readonly ProposalEvent[], p: Period) =>
  proposals.filter((e) => e.reached === "HIRED" && inPeriod(e.hiredOn, p));

/**
 * Hires in the period by the support measures of their package (a hire with two counts for both).
 * The public list leaves out measures under 5: a row shown as "< 5" would still say "not none".
 */
export function hiresByMeasure(
  proposals: readonly ProposalEvent[],
  p: Period,
  audience: Audience = "member",
): { measure: string; count: PeopleCount }[] {
  const counts = new Map<string, number>();
  for (const e of hiresIn(proposals, p))
    for (const m of e.measures.length ? e.measures : ["NONE"]) counts.set(m, (counts.get(m) ?? 0) + 1);
  const count = publish(audience);
  return [...counts.entries()]
    .filter(([, n]) => audience === "member" || n >= SUPPRESS_BELOW)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([measure, n]) => ({ measure, count: count(n) }));
}

const DAY = 86_400_000;

/** Median days from proposal to hire for hires in the period; null when fewer than 5 (a median of few is about few). */
export function medianDaysToHire(proposals: readonly ProposalEvent[], p: Period): number | null {
  const days = hiresIn(proposals, p)
    .map((e) => Math.round(((e.hiredOn?.getTime() ?? 0) - e.createdAt.getTime()) / DAY))
    .sort((a, b) => a - b);
  if (days.length < SUPPRESS_BELOW) return null;
  const mid = days.length >> 1;
  return days.length % 2 ? (days[mid] ?? 0) : ((days[mid - 1] ?? 0) + (days[mid] ?? 0)) / 2;
}

/** Active candidates per inclusion company (candidates living in the area). */
export function activeCandidatesPerCompany(
  rows: readonly { company: string; active: number }[],
): { company: string; count: PeopleCount }[] {
  return [...rows]
    .sort((a, b) => b.active - a.active || a.company.localeCompare(b.company, "nb"))
    .map((r) => ({ company: r.company, count: people(r.active) }));
}

export type OrderEvent = { awardedAt: Date; amountExVatOre: number; toInclusionCompany: boolean };

export const quarterOf = osloQuarter;

/** Procurement awarded to inclusion companies, NOK in øre per quarter (money, not people: no suppression). */
export function procurementByQuarter(
  orders: readonly OrderEvent[],
  p: Period,
): { quarter: string; amountOre: number }[] {
  const sums = new Map<string, number>();
  for (const o of orders)
    if (o.toInclusionCompany && inPeriod(o.awardedAt, p))
      sums.set(quarterOf(o.awardedAt), (sums.get(quarterOf(o.awardedAt)) ?? 0) + o.amountExVatOre);
  return [...sums.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([quarter, amountOre]) => ({ quarter, amountOre }));
}

/**
 * Target groups in the fixed order that puts a hire in several of them into exactly one cell of
 * the saving: the first it belongs to. The order is fixed (highest default assumption first, so
 * with the defaults a hire still counts with its highest), never derived from the assumptions a
 * visitor types in: a partition steered by the assumptions could be made to isolate one person.
 */
export const SAVING_PRECEDENCE = ["VTA_AFT", "OVER_50", "NEWLY_ARRIVED", "UNDER_30", "CV_GAP"] as const;
export const SAVING_CELLS = [...SAVING_PRECEDENCE, "NONE"] as const;
export type SavingCellKey = (typeof SAVING_CELLS)[number];

export function savingCellOf(targetGroups: readonly string[]): SavingCellKey {
  return SAVING_PRECEDENCE.find((g) => targetGroups.includes(g)) ?? "NONE";
}

export type SavingAssumptions = {
  months: number;
  monthlyOreByGroup: Record<string, number>;
  defaultMonthlyOre: number;
};

export type SavingCell = {
  cell: SavingCellKey;
  count: PeopleCount;
  monthlyOre: number;
  fromOre: number;
  toOre: number;
};

export type Saving = {
  hires: PeopleCount;
  months: number;
  cells: SavingCell[];
  totalFromOre: number;
  totalToOre: number;
};

/**
 * The estimated public saving of the period's hires: the sum over the cells of a fixed partition
 * of the hires (one cell per target group by SAVING_PRECEDENCE, and "no target group") of the
 * cell's PUBLISHED count × the monthly benefit assumed for it × months. A cell under 5 is left out,
 * so whatever assumptions a visitor chooses the result is a function of counts that may be
 * shown anyway: setting every assumption but one to 0 tells no more than that cell's published
 * count. On the public page the counts are bands, so the saving is a range.
 */
export function estimatedSaving(
  proposals: readonly ProposalEvent[],
  p: Period,
  a: SavingAssumptions,
  audience: Audience = "member",
): Saving {
  const hires = hiresIn(proposals, p);
  const counts = new Map<SavingCellKey, number>();
  for (const e of hires) counts.set(savingCellOf(e.targetGroups), (counts.get(savingCellOf(e.targetGroups)) ?? 0) + 1);
  const count = publish(audience);
  const cells = SAVING_CELLS.map((cell): SavingCell => {
    const published = count(counts.get(cell) ?? 0);
    const monthlyOre = cell === "NONE" ? a.defaultMonthlyOre : (a.monthlyOreByGroup[cell] ?? a.defaultMonthlyOre);
    const [least, most] = countedRange(published);
    return {
      cell,
      count: published,
      monthlyOre,
      fromOre: least * monthlyOre * a.months,
      toOre: most * monthlyOre * a.months,
    };
  });
  return {
    hires: count(hires.length),
    months: a.months,
    cells,
    totalFromOre: cells.reduce((s, c) => s + c.fromOre, 0),
    totalToOre: cells.reduce((s, c) => s + c.toOre, 0),
  };
}
