import { z } from "zod";
import { queryEnum, queryInt, queryList, queryText } from "~/domain/forms/url-params";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { cefrLevels } from "~/domain/openings/accommodations";
import { searchParamsRecord } from "~/domain/openings/public-search-params";
import type { Filter, SearchQuery } from "#search/port";
import { cefrRank } from "./profile-options";
import type { CandidateSearchDoc } from "./search-document";

/** The talent search's state, read from the URL (shareable, works with the back button); never fails. */
const many = queryList();

export const talentSearchParams = z.object({
  q: queryText(),
  municipality: queryText(4).transform((v) => (isMunicipalityCode(v) ? v : "")),
  minHours: queryInt(0, 60, 0),
  minNorwegian: queryEnum(cefrLevels, "NONE"),
  occupationGroup: many,
  county: many,
  languages: many,
  licences: many,
  measures: many,
  accommodations: many,
  targetGroups: many,
  page: queryInt(1, 500, 1),
});

export type TalentSearchParams = z.output<typeof talentSearchParams>;
export const TALENT_FACETS = [
  "occupationGroup",
  "county",
  "languages",
  "licences",
  "measures",
  "accommodations",
  "targetGroups",
] as const;
export type TalentFacet = (typeof TALENT_FACETS)[number];

export const talentIndexField: Record<TalentFacet, string> = {
  occupationGroup: "occupationGroups",
  county: "countyCode",
  languages: "languages",
  licences: "licences",
  measures: "measures",
  accommodations: "accommodations",
  targetGroups: "targetGroups",
};

export function parseTalentSearch(url: URL): TalentSearchParams {
  return talentSearchParams.parse(searchParamsRecord(url));
}

export function toTalentQuery(p: TalentSearchParams, perPage = 20): SearchQuery {
  const filters: Filter[] = [];
  for (const field of TALENT_FACETS)
    if (p[field].length) filters.push({ field: talentIndexField[field], op: "in", values: p[field] });
  if (p.municipality) filters.push({ field: "reachMunicipalities", op: "eq", value: p.municipality });
  if (p.minHours > 0) filters.push({ field: "hoursPerWeek", op: "range", gte: p.minHours });
  if (p.minNorwegian !== "NONE") filters.push({ field: "norwegianRank", op: "range", gte: cefrRank(p.minNorwegian) });
  return { q: p.q || undefined, filters, facets: TALENT_FACETS.map((f) => talentIndexField[f]), page: p.page, perPage };
}

/**
 * Whether a profile built from the database NOW still meets the query's filters. The index may
 * hold an older document (an outbox row not yet applied, an engine that was down, a document
 * written before sensitive measures were kept out): a hit found by a filter on, say, a sensitive
 * measure the candidate no longer shares must not be shown.
 */
export function meetsTalentFilters(doc: CandidateSearchDoc, p: TalentSearchParams): boolean {
  for (const field of TALENT_FACETS) {
    if (!p[field].length) continue;
    const value = doc[talentIndexField[field] as keyof CandidateSearchDoc];
    const values = Array.isArray(value) ? value : [value];
    if (!p[field].some((wanted) => values.includes(wanted))) return false;
  }
  if (p.municipality && !doc.reachMunicipalities.includes(p.municipality)) return false;
  if (p.minHours > 0 && doc.hoursPerWeek < p.minHours) return false;
  if (p.minNorwegian !== "NONE" && doc.norwegianRank < cefrRank(p.minNorwegian)) return false;
  return true;
}
