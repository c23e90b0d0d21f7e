import { Meilisearch, type Index } from "meilisearch";
import { checkSettings, facetFieldsOf, fieldText, pageOf, toHighlight, type IndexSettings, type SearchDoc, type SearchEngine, type SearchIndex, type SearchQuery, type SearchResult } from "../port";
import { toMeiliFilter, toMeiliSettings } from "./mapping";
import { settle } from "./task";

const PRE = "\u0002";
const POST = "\u0003";

/** The Meilisearch adapter, on the official client. Writes wait for their task to succeed so callers see them. */
export class MeilisearchIndex<D extends SearchDoc> implements SearchIndex<D> {
  private readonly index: Index<D>;
  constructor(
    private readonly client: Meilisearch,
    readonly name: string,
    private settings: IndexSettings,
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

  async search(query: SearchQuery): Promise<SearchResult<D>> {
    const { page, perPage } = pageOf(query);
    const facetFields = facetFieldsOf(query, this.settings);
    const highlightFields = this.settings.searchable.slice(0, 3);
    const res = await this.index.search(query.q ?? "", {
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
          highlights: Object.fromEntries(highlightFields.map((f) => [f, toHighlight(fieldText(formatted[f]), PRE, POST)])),
        };
      }),
      total: res.totalHits,
      facets,
      page,
      perPage,
    };
  }
}

export function meilisearchEngine(host: string, apiKey?: string): SearchEngine {
  const client = new Meilisearch({ host, apiKey });
  return {
    name: "meilisearch",
    index: <D extends SearchDoc>(name: string, settings: IndexSettings) => new MeilisearchIndex<D>(client, name, settings),
    health: () => client.isHealthy(),
  };
}
