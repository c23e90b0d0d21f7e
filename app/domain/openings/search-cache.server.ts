import { LRUCache } from "lru-cache";
import { indexGeneration } from "#search/generation.server";
import type { SearchQuery, SearchResult, SearchDoc } from "#search/port";
import type { Db } from "~/lib/db.server";

/**
 * The public opening search is the same for everyone and is asked the same few questions over
 * and over (the front page, a county, "renhold"). Results are kept per query and per version of
 * the index (its generation, raised by the outbox whenever it applies writes, in whichever
 * instance drains): one primary-key read tells every instance that the index has changed, so no
 * instance serves a result older than the index. Entries also expire after a minute, which bounds
 * memory, not freshness. Never used for candidates: a withdrawn consent must hide a profile at once.
 */
const TTL_MS = 60_000;
const cache = new LRUCache<string, SearchResult<SearchDoc>>({ max: 1_000, ttl: TTL_MS });

export async function cachedSearch<D extends SearchDoc>(
  db: Db,
  indexName: string,
  query: SearchQuery,
  search: (q: SearchQuery) => Promise<SearchResult<D>>,
): Promise<SearchResult<D>> {
  const key = `${indexName}:${await indexGeneration(db, indexName)}:${JSON.stringify(query)}`;
  const hit = cache.get(key);
  if (hit) return hit as SearchResult<D>;
  const result = await search(query);
  cache.set(key, result as SearchResult<SearchDoc>);
  return result;
}
