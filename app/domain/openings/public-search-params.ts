import { z } from "zod";
import { counties } from "~/domain/municipalities/register";
import type { Filter, SearchQuery } from "../../../search/port";

/** The public search's state, read from the URL (shareable, works with the back button). */
const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean).slice(0, 20));

export const publicSearchParams = z.object({
  q: z.string().trim().max(200).optional().default(""),
  county: many,
  occupationGroup: many,
  kind: many,
  extent: many,
  measures: many,
  accommodations: many,
  sort: z.enum(["relevance", "newest", "deadline"]).catch("relevance").default("relevance"),
  page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
});

export type PublicSearchParams = z.output<typeof publicSearchParams>;
export const FACET_FIELDS = ["county", "occupationGroup", "kind", "extent", "measures", "accommodations"] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const indexField: Record<FacetField, string> = {
  county: "countyCode",
  occupationGroup: "occupationGroup",
  kind: "kind",
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
  for (const field of FACET_FIELDS) if (p[field].length) filters.push({ field: indexField[field], op: "in", values: p[field] });
  return {
    q: p.q || undefined,
    filters,
    facets: FACET_FIELDS.map((f) => indexField[f]),
    sort: p.sort === "newest" ? { field: "publishedAt", direction: "desc" } : p.sort === "deadline" ? { field: "applicationDeadline", direction: "asc" } : undefined,
    page: p.page,
    perPage,
  };
}

export const countyName = (code: string) => counties.find((c) => c.code === code)?.name ?? code;
