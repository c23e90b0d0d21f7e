import { z } from "zod";
import { queryEnum, queryInt, queryList, queryText } from "~/domain/forms/url-params";
import { counties } from "~/domain/municipalities/register";
import type { Filter, SearchQuery } from "#search/port";

/** The public search's state, read from the URL (shareable, works with the back button); never fails. */
export const publicSearchParams = z.object({
  q: queryText(),
  county: queryList(),
  occupationGroup: queryList(),
  kind: queryList(),
  programmeArea: queryList(),
  extent: queryList(),
  measures: queryList(),
  accommodations: queryList(),
  sort: queryEnum(["relevance", "newest", "deadline"], "relevance"),
  page: queryInt(1, 500, 1),
});

export type PublicSearchParams = z.output<typeof publicSearchParams>;
export const FACET_FIELDS = [
  "county",
  "occupationGroup",
  "kind",
  "programmeArea",
  "extent",
  "measures",
  "accommodations",
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const indexField: Record<FacetField, string> = {
  county: "countyCode",
  occupationGroup: "occupationGroup",
  kind: "kind",
  programmeArea: "programmeArea",
  extent: "extent",
  measures: "measures",
  accommodations: "accommodations",
};

/** Query parameters as Zod reads them: a repeated key becomes an array. */
export function searchParamsRecord(url: URL): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    raw[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return raw;
}

export function parsePublicSearch(url: URL): PublicSearchParams {
  return publicSearchParams.parse(searchParamsRecord(url));
}

export function toSearchQuery(p: PublicSearchParams, perPage = 20): SearchQuery {
  const filters: Filter[] = [];
  for (const field of FACET_FIELDS)
    if (p[field].length) filters.push({ field: indexField[field], op: "in", values: p[field] });
  return {
    q: p.q || undefined,
    filters,
    facets: FACET_FIELDS.map((f) => indexField[f]),
    sort:
      p.sort === "newest"
        ? { field: "publishedAt", direction: "desc" }
        : p.sort === "deadline"
          ? { field: "applicationDeadline", direction: "asc" }
          : undefined,
    page: p.page,
    perPage,
  };
}

export const countyName = (code: string) => counties.find((c) => c.code === code)?.name ?? code;
