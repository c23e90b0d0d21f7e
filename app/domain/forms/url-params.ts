import { z } from "zod";

/**
 * Shapes for state read from a URL's query (search pages, the open API, dashboards). A URL is
 * typed by anyone, so these never fail: a repeated key, an overlong value or a value outside the
 * list is narrowed to something valid, and the page shows what it understood.
 */

/** Control characters have no place in a query (and PostgreSQL refuses NUL in text). */
// eslint-disable-next-line no-control-regex
const stripControl = (v: string) => v.replace(/[\u0000-\u001f\u007f]/g, "");

/** The first value of a key that should appear once. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Free text, trimmed and cut to `max` characters. */
export const queryText = (max = 200) =>
  z.preprocess(first, z.string().optional().catch(undefined)).transform((v) =>
    stripControl(v ?? "")
      .trim()
      .slice(0, max),
  );

/** Zero or more values, each at most `maxLength` characters, without repeats, at most 20. */
export const queryList = (maxLength = 60) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined)
    .transform((v) =>
      [
        ...new Set(
          (v === undefined ? [] : Array.isArray(v) ? v : [v])
            .map(stripControl)
            .filter((x) => x && x.length <= maxLength),
        ),
      ].slice(0, 20),
    );

/** A whole number in a range, else the fallback. */
export const queryInt = (min: number, max: number, fallback: number) =>
  z.preprocess(first, z.coerce.number().int().min(min).max(max)).catch(fallback).default(fallback);

/** A number (decimals allowed) in a range, else the fallback. */
export const queryNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(first, z.coerce.number().finite().min(min).max(max)).catch(fallback).default(fallback);

/** One of a closed list, else the fallback. */
export const queryEnum = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(first, z.enum(values)).catch(fallback).default(fallback);
