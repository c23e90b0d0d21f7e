import { osloDay } from "~/lib/dates";

/**
 * GDPR art. 12(3): the company must act on a request "without undue delay and in any event within
 * one month of receipt". One month on the Oslo calendar: the same day next month, or that month's
 * last day when it has no such day (31 January → 28/29 February).
 */
export function erasureDeadline(requestedAt: Date): string {
  const [y, m, d] = osloDay(requestedAt).split("-").map(Number) as [number, number, number];
  const nextMonth = m === 12 ? 1 : m + 1;
  const year = m === 12 ? y + 1 : y;
  const lastDay = new Date(Date.UTC(year, nextMonth, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(nextMonth).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
