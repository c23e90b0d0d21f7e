import { LRUCache } from "lru-cache";
import type { SearchQuery, SearchResult, SearchDoc } from "#search/port";

/**
 * The public opening search is the same for everyone and is asked the same few questions over
 * and over (the front page, a county, "renhold"). Results are kept for a few seconds per query:
 * an opening's own changes reach the index through the outbox seconds later anyway, and every
 * write in this process empties the cache. Never used for candidates: a withdrawn consent must
 * hide a profile at once.
 */
const TTL_MS = 5_000;
const cache = new LRUCache<string, SearchResult<SearchDoc>>({ max: 1_000, ttl: TTL_MS });

export async function cachedSearch<D extends SearchDoc>(
  indexName: string,
  query: SearchQuery,
  search: (q: SearchQuery) => Promise<SearchResult<D>>,
): Promise<SearchResult<D>> {
  const key = `${indexName}:${JSON.stringify(query)}`;
  const hit = cache.get(key);
  if (hit) return hit as SearchResult<D>;
  const result = await search(query);
  cache.set(key, result as SearchResult<SearchDoc>);
  return result;
}

export function forgetCachedSearches(): void {
  cache.clear();
}
