import { z } from "zod";

/**
 * Field shapes shared by the forms' Zod schemas (browser and server alike). Messages are i18n
 * keys. Values arrive as a form posts them: strings, or arrays for repeated names.
 */

/** Is this YYYY-MM-DD a day that exists (2026-02-31 does not), in a year this product can mean? */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1900 || y > 2100) return false;
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A required calendar day as a date input posts it (YYYY-MM-DD); an impossible day gets the message. */
export const calendarDay = (message = "errors.dateInvalid") =>
  z.string({ error: message }).refine(isCalendarDay, message);

export const isoDate = calendarDay().optional();

/**
 * Amounts are stored in øre in 32-bit columns (at most 2 147 483 647 øre); with 25 % VAT on top,
 * 17 179 869 kr ex VAT is the most that fits. Forms take whole kroner up to this round limit,
 * so no amount a person types can overflow a column.
 */
export const MAX_AMOUNT_NOK = 10_000_000;

/** Whole kroner between `min` and `max` (never above MAX_AMOUNT_NOK). */
export const wholeKroner = ({
  min = 0,
  max = MAX_AMOUNT_NOK,
  message = "errors.amountInvalid",
}: { min?: number; max?: number; message?: string } = {}) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(Math.min(max, MAX_AMOUNT_NOK), message);

/** Comma-separated tags, trimmed, lower-cased, without repeats, at most 20. */
export const tags = z
  .string()
  .optional()
  .transform((v) =>
    [
      ...new Set(
        (v ?? "")
          .split(",")
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      ),
    ].slice(0, 20),
  );

/** Checkboxes of a closed list: none, one or several values. */
export const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** A single checkbox: "on" when ticked (no JavaScript), true/"true" from scripts. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((v) => v === "on" || v === "true" || v === true);
