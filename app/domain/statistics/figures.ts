/**
 * The municipality dashboard's figures, as pure functions over stored events (openings,
 * proposals, candidates' anonymous profile fields, orders). No function here sees a name or a
 * contact detail; small groups are suppressed before anything leaves this module.
 */

/** Fewer people than this in a figure: shown as "< 5", never as the number. */
export const SUPPRESS_BELOW = 5;

/** A count that describes people, or the fact that it is too small to show. */
export type PeopleCount = { value: number } | { suppressed: true };

export function people(n: number): PeopleCount {
  return n > 0 && n < SUPPRESS_BELOW ? { suppressed: true } : { value: n };
}

export function peopleText(c: PeopleCount): string {
  return "suppressed" in c ? `< ${SUPPRESS_BELOW}` : String(c.value);
}

export type Period = { from: Date; to: Date };

const inPeriod = (d: Date | null | undefined, p: Period) => Boolean(d && d >= p.from && d < p.to);

export type OpeningEvent = { kind: "JOB" | "TASK"; publishedAt: Date | null; filledAt: Date | null; reservedForInclusion: boolean };

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
export function funnel(proposals: readonly ProposalEvent[], p: Period): { stage: "PROPOSED" | "MEETING" | "TRIAL" | "HIRED"; count: PeopleCount }[] {
  const made = proposals.filter((e) => inPeriod(e.createdAt, p));
  return (["PROPOSED", "MEETING", "TRIAL", "HIRED"] as const).map((stage) => ({ stage, count: people(made.filter((e) => atLeast(e, stage)).length) }));
}

const hiresIn = (proposals: readonly ProposalEvent[], p: Period) => proposals.filter((e) => e.reached === "HIRED" && inPeriod(e.hiredOn, p));

/** Hires in the period by the support measures of their package (a hire with two counts for both). */
export function hiresByMeasure(proposals: readonly ProposalEvent[], p: Period): { measure: string; count: PeopleCount }[] {
  const counts = new Map<string, number>();
  for (const e of hiresIn(proposals, p)) for (const m of e.measures.length ? e.measures : ["NONE"]) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([measure, n]) => ({ measure, count: people(n) }));
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
export function activeCandidatesPerCompany(rows: readonly { company: string; active: number }[]): { company: string; count: PeopleCount }[] {
  return [...rows].sort((a, b) => b.active - a.active || a.company.localeCompare(b.company, "nb")).map((r) => ({ company: r.company, count: people(r.active) }));
}

export type OrderEvent = { awardedAt: Date; amountExVatOre: number; toInclusionCompany: boolean };

const osloYearMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "numeric" });

export function quarterOf(d: Date): string {
  // Oslo is UTC+1/+2: a quarter boundary at local midnight is 22:00/23:00 UTC the day before.
  const parts = osloYearMonth.formatToParts(d);
  const year = parts.find((x) => x.type === "year")?.value ?? "";
  const month = Number(parts.find((x) => x.type === "month")?.value ?? 1);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Procurement awarded to inclusion companies, NOK in øre per quarter (money, not people: no suppression). */
export function procurementByQuarter(orders: readonly OrderEvent[], p: Period): { quarter: string; amountOre: number }[] {
  const sums = new Map<string, number>();
  for (const o of orders) if (o.toInclusionCompany && inPeriod(o.awardedAt, p)) sums.set(quarterOf(o.awardedAt), (sums.get(quarterOf(o.awardedAt)) ?? 0) + o.amountExVatOre);
  return [...sums.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([quarter, amountOre]) => ({ quarter, amountOre }));
}

/**
 * The estimated public saving of the period's hires: for each hire, the monthly benefit no
 * longer paid for its target group (an editable assumption) × the months counted. A hire in
 * several target groups counts with the highest assumption, never twice.
 */
export type SavingAssumptions = { months: number; monthlyOreByGroup: Record<string, number>; defaultMonthlyOre: number };

export function estimatedSaving(proposals: readonly ProposalEvent[], p: Period, a: SavingAssumptions): { hires: PeopleCount; totalOre: number | null; perHireOre: number | null } {
  const hires = hiresIn(proposals, p);
  const perHire = hires.map((e) => Math.max(a.defaultMonthlyOre, ...e.targetGroups.map((g) => a.monthlyOreByGroup[g] ?? 0)) * a.months);
  const count = people(hires.length);
  if ("suppressed" in count || !hires.length) return { hires: count, totalOre: "suppressed" in count ? null : 0, perHireOre: null };
  const total = perHire.reduce((s, x) => s + x, 0);
  return { hires: count, totalOre: total, perHireOre: Math.round(total / hires.length) };
}
