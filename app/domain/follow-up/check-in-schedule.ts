import { addDays, addMonths } from "~/lib/dates";

/**
 * When a hire is followed up, on the Oslo calendar: at 1, 3, 6 and 12 months after the hire day.
 * A check-in can be recorded from a week before it is due; two weeks after, it is missed (still
 * recordable, but the company's admins are told). Pure: the dates are days (yyyy-mm-dd), and
 * "today" is always passed in, so the rules are tested without a clock.
 */
export const CHECK_IN_MONTHS = [1, 3, 6, 12] as const;
export type CheckInMonth = (typeof CHECK_IN_MONTHS)[number];

/** Days before the due day a check-in may be recorded (and its reminder goes out). */
export const OPENS_DAYS_BEFORE = 7;
/** Days after the due day before an unrecorded check-in counts as missed. */
export const MISSED_AFTER_DAYS = 14;

/** The check-ins of a hire on `hireDay`, each counted from the hire day itself. */
export function checkInSchedule(hireDay: string): { month: CheckInMonth; dueOn: string }[] {
  return CHECK_IN_MONTHS.map((month) => ({ month, dueOn: addMonths(hireDay, month) }));
}

export const opensOn = (dueOn: string): string => addDays(dueOn, -OPENS_DAYS_BEFORE);
export const missedAfter = (dueOn: string): string => addDays(dueOn, MISSED_AFTER_DAYS);

/**
 * Where a check-in stands today: recorded, closed (an earlier one recorded that the job ended),
 * not yet open, due (a task), or missed (still a task, and visible to the admins).
 */
export type CheckInState = "done" | "closed" | "upcoming" | "due" | "missed";

export function checkInState(c: { dueOn: string; recorded: boolean; closed: boolean }, today: string): CheckInState {
  if (c.recorded) return "done";
  if (c.closed) return "closed";
  if (today < opensOn(c.dueOn)) return "upcoming";
  return today > missedAfter(c.dueOn) ? "missed" : "due";
}

/** May the company record it today? From the day it opens; a missed one may still be recorded late. */
export const canRecord = (state: CheckInState): boolean => state === "due" || state === "missed";
