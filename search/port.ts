/**
 * The search port: what the product asks of a search engine. Adapters (PostgreSQL full text,
 * Meilisearch) implement it and pass one contract suite (search/contract). Engine-neutral on
 * purpose: no SQL, no Meilisearch filter strings above this line.
 */
export type Scalar = string | number | boolean;
export type SearchDoc = { id: string } & Record<string, unknown>;

export type IndexSettings = {
  /**
   * Fields searched, most important first: the order IS the weight. Meilisearch only knows an
   * order, so numeric weights would promise something one engine cannot keep.
   */
  searchable: string[];
  filterable: string[];
  sortable: string[];
  /** Fields a query may ask facet counts for, a subset of `filterable`; defaults to all of them. */
  facets?: string[];
  /** Words that mean the same; a query for any of them finds all. */
  synonyms: string[][];
  typoTolerance: { enabled: boolean; minWordLength: number };
};

export type Filter =
  | { field: string; op: "eq"; value: Scalar }
  | { field: string; op: "in"; values: Scalar[] }
  | { field: string; op: "range"; gte?: number; lte?: number };

export type SearchQuery = {
  q?: string;
  filters?: Filter[];
  facets?: string[];
  sort?: { field: string; direction: "asc" | "desc" };
  page?: number;
  perPage?: number;
};

/** A highlighted field as plain text parts, so no engine's markup reaches a page unescaped. */
export type Highlight = { text: string; match: boolean }[];

export type SearchHit<D extends SearchDoc> = { id: string; doc: D; highlights: Record<string, Highlight> };

export type FacetCounts = Record<string, { value: string; count: number }[]>;

export type SearchResult<D extends SearchDoc> = {
  hits: SearchHit<D>[];
  total: number;
  facets: FacetCounts;
  page: number;
  perPage: number;
};

export interface SearchIndex<D extends SearchDoc = SearchDoc> {
  readonly name: string;
  applySettings(settings: IndexSettings): Promise<void>;
  upsert(docs: D[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult<D>>;
  clear(): Promise<void>;
  /** Whether the engine behind this index answers; never throws. */
  health(): Promise<boolean>;
}

/** The documents of one tenant: those whose `field` equals `value`, e.g. companyId = the company's id. */
export type TenantScope = { field: string; value: Scalar };

/**
 * A read-only view of an index that sees one tenant's documents only: every query has the
 * tenant's equality filter ANDed in, so no query (not even one filtering on another tenant's
 * value) can return another tenant's documents, and facets count the tenant's documents only.
 */
export interface TenantSearchIndex<D extends SearchDoc = SearchDoc> {
  readonly name: string;
  readonly tenant: TenantScope;
  search(query: SearchQuery): Promise<SearchResult<D>>;
}

/** What the engines' indexes offer beyond SearchIndex: a view restricted to one tenant. */
export interface TenantScopable<D extends SearchDoc = SearchDoc> {
  /** `field` must be filterable in the index settings. */
  forTenant(field: string, value: Scalar): TenantSearchIndex<D>;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  index<D extends SearchDoc>(name: string, settings: IndexSettings): SearchIndex<D> & TenantScopable<D>;
  health(): Promise<boolean>;
}

/** Checks a tenant scope against the settings: the field must be filterable, the value a plain scalar. */
export function checkTenant(tenant: TenantScope, settings: IndexSettings): TenantScope {
  if (!settings.filterable.includes(tenant.field)) throw new Error(`tenant field ${tenant.field} is not filterable`);
  const v = tenant.value;
  if (!(typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))))
    throw new Error("tenant value must be a string, a finite number or a boolean");
  // A copy nobody can change: the view keeps using it for every query.
  return Object.freeze({ field: tenant.field, value: v });
}

/** The query with the tenant's equality filter ANDed in first; the caller's filters cannot remove it. */
export function withTenantFilter(query: SearchQuery, tenant: TenantScope): SearchQuery {
  return { ...query, filters: [{ field: tenant.field, op: "eq", value: tenant.value }, ...(query.filters ?? [])] };
}

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

/** Settings an engine cannot honour are refused before they reach it. */
export function checkSettings(settings: IndexSettings): IndexSettings {
  const notFilterable = (settings.facets ?? []).filter((f) => !settings.filterable.includes(f));
  // A facet value a person clicks becomes a filter, so a facet must be filterable too.
  if (notFilterable.length) throw new Error(`facets must be filterable: ${notFilterable.join(", ")}`);
  return settings;
}

/** Facet fields a query asked for, refused unless the settings allow counting them. */
export function facetFieldsOf(query: SearchQuery, settings: IndexSettings): string[] {
  const allowed = settings.facets ?? settings.filterable;
  for (const f of query.facets ?? []) if (!allowed.includes(f)) throw new Error(`field ${f} is not a facet here`);
  return query.facets ?? [];
}

export function pageOf(query: SearchQuery): { page: number; perPage: number } {
  const perPage = Math.min(Math.max(1, Math.floor(query.perPage ?? DEFAULT_PER_PAGE)), MAX_PER_PAGE);
  const page = Math.max(1, Math.floor(query.page ?? 1));
  return { page, perPage };
}

/** Words of a query or document, lower-cased; letters and digits in any script (æ, ø, å). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A field's value as text: array values joined, so a highlight never shows JSON. */
export function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(fieldText).filter(Boolean).join(", ");
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/** Splits text marked with the given delimiters into highlight parts. */
export function toHighlight(marked: string, start: string, end: string): Highlight {
  const parts: Highlight = [];
  let rest = marked;
  while (rest.length) {
    const s = rest.indexOf(start);
    if (s < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (s > 0) parts.push({ text: rest.slice(0, s), match: false });
    const e = rest.indexOf(end, s + start.length);
    const stop = e < 0 ? rest.length : e;
    parts.push({ text: rest.slice(s + start.length, stop), match: true });
    rest = e < 0 ? "" : rest.slice(e + end.length);
  }
  return parts.filter((p) => p.text.length > 0);
}
