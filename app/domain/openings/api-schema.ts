import { z } from "zod";
import { publicSearchParams } from "./public-search-params";
import { openingKinds } from "./opening-kinds";

/** The open API's shapes, as Zod: the handlers use them, and the OpenAPI document is generated from them. */
export const apiOpening = z
  .object({
    id: z.string(),
    kind: z
      .enum(openingKinds)
      .describe("APPRENTICESHIP = lærling, TRAINING_CANDIDATE = lærekandidat, WORK_PLACEMENT = praksisplass"),
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
    tradeCode: z.string().nullable().describe("Apprenticeships and training candidates: the trade (lærefag)"),
    trade: z.string().describe("The trade's name, Norwegian and English; empty for other kinds"),
    programmeArea: z.string().nullable().describe("Vocational programme area (utdanningsprogram), e.g. BA, HO, RM"),
    trainingMonths: z.number().int().nullable().describe("Length of the apprenticeship or training in months"),
    approvedTrainingCompany: z
      .boolean()
      .describe("The employer is an approved training company (godkjent lærebedrift)"),
    startDate: z.string().nullable().describe("yyyy-mm-dd, Europe/Oslo"),
    endDate: z.string().nullable().describe("Summer jobs and work placements: last day, yyyy-mm-dd"),
    ageMin: z.number().int().nullable().describe("Summer jobs: youngest age hired"),
    ageMax: z.number().int().nullable().describe("Summer jobs: oldest age hired"),
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
