import { Meilisearch, type Index } from "meilisearch";
import {
  checkSettings,
  checkTenant,
  facetFieldsOf,
  fieldText,
  pageOf,
  toHighlight,
  withTenantFilter,
  type IndexSettings,
  type Scalar,
  type SearchDoc,
  type SearchEngine,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
  type TenantScopable,
  type TenantSearchIndex,
} from "../port";
import { toMeiliFilter, toMeiliSettings } from "./mapping";
import { settle } from "./task";
import { TenantTokens, type SearchKeyConfig } from "./tenant";

const PRE = "\u0002";
const POST = "\u0003";

/** The Meilisearch adapter, on the official client. Writes wait for their task to succeed so callers see them. */
export class MeilisearchIndex<D extends SearchDoc> implements SearchIndex<D>, TenantScopable<D> {
  private readonly index: Index<D>;
  constructor(
    private readonly client: Meilisearch,
    readonly name: string,
    private settings: IndexSettings,
    private readonly tenantTokens?: TenantTokens,
  ) {
    this.index = client.index<D>(name);
  }

  async applySettings(settings: IndexSettings): Promise<void> {
    this.settings = checkSettings(settings);
    await settle(this.index.updateSettings(toMeiliSettings(settings)));
  }

  async upsert(docs: D[]): Promise<void> {
    if (docs.length) await settle(this.index.addDocuments(docs, { primaryKey: "id" }));
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length) await settle(this.index.deleteDocuments(ids));
  }

  async clear(): Promise<void> {
    await settle(this.index.deleteAllDocuments());
  }

  health(): Promise<boolean> {
    return this.client.isHealthy();
  }

  search(query: SearchQuery): Promise<SearchResult<D>> {
    return this.searchOn(this.index, query);
  }

  /**
   * Searches go out with a tenant token whose search rules hold the tenant's filter, on a client
   * that has no other credential; the same filter is also ANDed into the query here, so a
   * server without keys (development mode) or a token with wrong rules still cannot leak.
   */
  forTenant(field: string, value: Scalar): TenantSearchIndex<D> {
    const tenant = checkTenant({ field, value }, this.settings);
    const tokens = this.tenantTokens;
    return {
      name: this.name,
      tenant,
      search: async (query) => {
        const client = tokens ? await tokens.clientFor(this.name, tenant) : null;
        return this.searchOn(client ? client.index<D>(this.name) : this.index, withTenantFilter(query, tenant));
      },
    };
  }

  private async searchOn(index: Index<D>, query: SearchQuery): Promise<SearchResult<D>> {
    const { page, perPage } = pageOf(query);
    const facetFields = facetFieldsOf(query, this.settings);
    const highlightFields = this.settings.searchable.slice(0, 3);
    const res = await index.search(query.q ?? "", {
      filter: toMeiliFilter(query.filters ?? []),
      facets: facetFields,
      sort: query.sort ? [`${query.sort.field}:${query.sort.direction}`] : undefined,
      page,
      hitsPerPage: perPage,
      attributesToHighlight: highlightFields,
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const facets: SearchResult<D>["facets"] = {};
    for (const field of facetFields) {
      const dist = res.facetDistribution?.[field] ?? {};
      facets[field] = Object.entries(dist)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    return {
      hits: res.hits.map((hit) => {
        const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
        const { _formatted: _ignored, ...doc } = hit;
        return {
          id: String(hit.id),
          doc: doc as unknown as D,
          highlights: Object.fromEntries(
            highlightFields.map((f) => [f, toHighlight(fieldText(formatted[f]), PRE, POST)]),
          ),
        };
      }),
      total: res.totalHits,
      facets,
      page,
      perPage,
    };
  }
}

/**
 * `apiKey` is the master (or an admin) key for writes and settings. Tenant tokens are signed with
 * `searchKey` (MEILI_SEARCH_KEY, its uid MEILI_SEARCH_KEY_UID) or else with the default search key,
 * read with `apiKey`.
 */
export function meilisearchEngine(host: string, apiKey?: string, searchKeys: SearchKeyConfig = {}): SearchEngine {
  const client = new Meilisearch({ host, apiKey });
  const tokens = new TenantTokens(host, client, apiKey, searchKeys);
  return {
    name: "meilisearch",
    index: <D extends SearchDoc>(name: string, settings: IndexSettings) =>
      new MeilisearchIndex<D>(client, name, settings, tokens),
    health: () => client.isHealthy(),
  };
}
