import {
  measureCatalogue,
  refundClaimPeriods,
  subsidyPercentForMonth,
  subsidySchedule,
  maxMonths,
  type PackageMeasureInput,
} from "~/domain/measures/catalogue";
import type { MeasureCode } from "~/domain/measures/measure-codes";
import { addDays, addMonths } from "~/lib/dates";

/**
 * The dates an employer must act on for a hire's measures, computed by the measure catalogue from
 * the package and the day the measures start (the hire day): the step-down of a wage subsidy, the
 * end of each measure with an end, and the refund-claim calendar (a claim per period of at most
 * three months, sent once the period is over). Month n of a measure runs from start + (n − 1)
 * months to the day before start + n months, on the Oslo calendar, clamped at month ends.
 */
export type Milestone =
  | { kind: "stepDown"; measure: MeasureCode; date: string; fromPercent: number; toPercent: number; key: string }
  | { kind: "end"; measure: MeasureCode; date: string; key: string }
  | { kind: "refundClaim"; measure: MeasureCode; date: string; periodFrom: string; periodTo: string; key: string };

/** How long before its date the employer is told of a step-down or an end. */
export const NOTICE_DAYS_BEFORE = 14;
/** How long after its date a milestone still stands as a reminder (a claim can be sent for a while). */
export const REMINDER_DAYS_AFTER = 30;

const firstDayOfMonth = (start: string, month: number) => addMonths(start, month - 1);
const lastDayOfMonth = (start: string, month: number) => addDays(addMonths(start, month), -1);

/** Every milestone of the package, in date order. */
export function measureMilestones(measures: readonly PackageMeasureInput[], startDay: string): Milestone[] {
  const out: Milestone[] = [];
  for (const m of measures) {
    if (!(m.code in measureCatalogue)) continue;
    const schedule = subsidySchedule(m);
    const limit = maxMonths(m.code, m.reducedWorkCapacity);
    const lastMonth = m.months ?? limit;
    if (schedule) {
      const month = schedule.firstPeriodMonths + 1;
      const from = subsidyPercentForMonth(m, schedule.firstPeriodMonths);
      const to = lastMonth === null || month <= lastMonth ? subsidyPercentForMonth(m, month) : from;
      if (from > 0 && to !== from && to > 0) {
        const date = firstDayOfMonth(startDay, month);
        out.push({
          kind: "stepDown",
          measure: m.code,
          date,
          fromPercent: from,
          toPercent: to,
          key: `${m.code}:stepDown:${date}`,
        });
      }
    }
    if (lastMonth !== null) {
      const date = lastDayOfMonth(startDay, lastMonth);
      out.push({ kind: "end", measure: m.code, date, key: `${m.code}:end:${date}` });
    }
    for (const p of refundClaimPeriods(m)) {
      const periodFrom = firstDayOfMonth(startDay, p.fromMonth);
      const periodTo = lastDayOfMonth(startDay, p.toMonth);
      // The claim can be sent the day after the period ends.
      const date = addDays(periodTo, 1);
      out.push({
        kind: "refundClaim",
        measure: m.code,
        date,
        periodFrom,
        periodTo,
        key: `${m.code}:refund:${periodFrom}`,
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/** The first day the employer is told of a milestone: ahead for a step-down or an end, on the day for a claim. */
export function noticeFrom(m: Milestone): string {
  return m.kind === "refundClaim" ? m.date : addDays(m.date, -NOTICE_DAYS_BEFORE);
}

/** Milestones that stand as reminders today: from their notice day until a while after their date. */
export function currentMilestones(list: readonly Milestone[], today: string): Milestone[] {
  return list.filter((m) => noticeFrom(m) <= today && today <= addDays(m.date, REMINDER_DAYS_AFTER));
}
