import { z } from "zod";

/**
 * Field shapes shared by the forms' Zod schemas (browser and server alike). Messages are i18n
 * keys. Values arrive as a form posts them: strings, or arrays for repeated names.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.dateInvalid")
  .optional();

/** Comma-separated tags, trimmed, lower-cased, without repeats, at most 20. */
export const tags = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(0, 20));

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
