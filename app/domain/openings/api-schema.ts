import { z } from "zod";
import { publicSearchParams } from "./public-search-params";

/** The open API's shapes, as Zod: the handlers use them, and the OpenAPI document is generated from them. */
export const apiOpening = z
  .object({
    id: z.string(),
    kind: z.enum(["JOB", "TASK"]),
    title: z.string(),
    description: z.string(),
    occupationCode: z.string().describe("STYRK-08"),
    occupation: z.string().describe("Occupation label, Norwegian and English"),
    skills: z.array(z.string()),
    occupationGroup: z.string(),
    employerName: z.string(),
    municipalityNumber: z.string(),
    municipalityName: z.string(),
    countyCode: z.string(),
    extent: z.enum(["FULL_TIME", "PART_TIME"]),
    hoursPerWeek: z.number(),
    measures: z.array(z.string()),
    accommodations: z.array(z.string()),
    reservedForInclusion: z.boolean(),
    publishedAt: z.string().describe("ISO 8601"),
    applicationDeadline: z.string().nullable().describe("yyyy-mm-dd, Europe/Oslo"),
    url: z.string(),
  })
  .meta({ id: "Opening" });

export const apiOpeningList = z
  .object({
    items: z.array(apiOpening),
    total: z.number().int(),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  })
  .meta({ id: "OpeningList" });

export const apiListParams = publicSearchParams.omit({ page: true }).extend({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).catch(20).default(20),
});

/** Cursors are opaque to clients; inside they carry the next page number. */
export function encodeCursor(page: number): string {
  return Buffer.from(JSON.stringify({ p: page })).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 1;
  try {
    const { p } = JSON.parse(Buffer.from(cursor, "base64url").toString()) as { p?: unknown };
    return typeof p === "number" && Number.isInteger(p) && p >= 1 && p <= 500 ? p : 1;
  } catch {
    return 1;
  }
}
