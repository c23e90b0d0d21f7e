/**
 * The Oslo calendar: the one place that turns instants into Norwegian days and back. Deadlines
 * pass, rates change and quarters begin at midnight in Oslo (DST included), whatever zone the
 * server runs in. Days are ISO strings (yyyy-mm-dd); instants are Dates.
 */
import { intlLocale } from "~/i18n/format";

export const OSLO = "Europe/Oslo";

const dayParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: OSLO,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const wallParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: OSLO,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Oslo day an instant falls on, as yyyy-mm-dd. */
export function osloDay(instant: Date | number = new Date()): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  const parts = dayParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Today's date in Oslo as yyyy-mm-dd (a deadline "passes" at Oslo midnight). */
export function osloToday(now: Date = new Date()): string {
  return osloDay(now);
}

/** Oslo's offset from UTC at an instant, in milliseconds. */
function osloOffsetMs(instant: number): number {
  const get = (type: string) => Number(wallParts.formatToParts(instant).find((x) => x.type === type)?.value ?? 0);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - instant;
}

/** Midnight in Oslo at the start of a day, as an instant (right on the days the clocks change, too). */
export function osloMidnight(day: string): Date {
  const wall = new Date(`${day}T00:00:00Z`).getTime();
  // The offset at the guess, checked once more: midnight is always before a 02:00/03:00 change.
  const guess = wall - osloOffsetMs(wall);
  return new Date(wall - osloOffsetMs(guess));
}

/** The day `n` days after (or before) a day. */
export function addDays(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar quarter of an instant in Oslo, as "2026-Q3" (a boundary at local midnight is 22:00/23:00 UTC the day before). */
export function osloQuarter(instant: Date): string {
  const [year, month] = osloDay(instant).split("-");
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

/**
 * A DATE column (no time) as yyyy-mm-dd. PostgreSQL hands a DATE to JavaScript as UTC midnight of
 * that day, so the UTC date is the stored day itself; reading it on the Oslo calendar would be a day off.
 */
export function storedDay(value: Date): string;
export function storedDay(value: Date | null | undefined): string | null;
export function storedDay(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** A yyyy-mm-dd day as a DATE column's value. */
export function dayToStored(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function formatOsloDateTime(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: OSLO,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(value));
}

/** A yyyy-mm-dd day in the reader's words (no time, so no zone to get wrong). */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", dateStyle: "medium" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/**
 * The day `n` calendar months after (or before) a day, clamped to the month's last day: a month
 * after 31 January is 28 (or 29) February. Count every date from the same start (start + n), never
 * month by month, or a clamped February would pull every later date to the 28th.
 */
export function addMonths(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be a whole number, got ${n}`);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
