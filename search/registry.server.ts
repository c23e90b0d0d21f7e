import type { Db } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { meilisearchEngine } from "./meilisearch/meilisearch-index";
import { pendingOutboxCount } from "./outbox.server";
import type {
  IndexSettings,
  SearchDoc,
  SearchEngine,
  SearchIndex,
  TenantScopable,
  TenantScope,
  TenantSearchIndex,
} from "./port";
import { postgresEngine } from "./postgres/postgres-index";

/**
 * Which engine serves search is configuration: MEILI_URL → Meilisearch, otherwise PostgreSQL in
 * the same database. Capabilities register their indexes here with a source of all documents,
 * which reindexing reads.
 */
export type RegisteredIndex = {
  name: string;
  settings: IndexSettings;
  loadAll: (db: Db) => AsyncIterable<SearchDoc[]>;
  count: (db: Db) => Promise<number>;
};

const registered = new Map<string, RegisteredIndex>();

export function registerIndex(index: RegisteredIndex): void {
  registered.set(index.name, index);
}

export function registeredIndexes(): RegisteredIndex[] {
  return [...registered.values()];
}

/**
 * The key is optional because a Meilisearch started in development mode has none. Its /health
 * needs no key, so a missing or wrong key shows in /healthz as a growing `pending`, not as `ok: false`.
 */
export function searchEngineName(): SearchEngine["name"] {
  return env().MEILI_URL ? "meilisearch" : "postgres";
}

export function createSearchEngine(db: Db): SearchEngine {
  const { MEILI_URL, MEILI_MASTER_KEY } = env();
  // Optional: the search key that signs tenant tokens; without it the default search key is
  // read with the master key (search/meilisearch/tenant.ts).
  const searchKeys = {
    searchKey: env().MEILI_SEARCH_KEY || undefined,
    searchKeyUid: env().MEILI_SEARCH_KEY_UID || undefined,
  };
  return MEILI_URL ? meilisearchEngine(MEILI_URL, MEILI_MASTER_KEY, searchKeys) : postgresEngine(db);
}

const engines = new WeakMap<Db, SearchEngine>();
export function searchEngine(db: Db): SearchEngine {
  let engine = engines.get(db);
  if (!engine) {
    engine = createSearchEngine(db);
    engines.set(db, engine);
  }
  return engine;
}

export function indexFor<D extends SearchDoc = SearchDoc>(
  db: Db,
  name: string,
): (SearchIndex<D> & TenantScopable<D>) | undefined {
  const entry = registered.get(name);
  return entry ? searchEngine(db).index<D>(entry.name, entry.settings) : undefined;
}

/** One tenant's read-only view of a registered index, e.g. a company's own candidates. */
export function tenantIndexFor(db: Db, name: string, tenant: TenantScope): TenantSearchIndex | undefined {
  return indexFor(db, name)?.forTenant(tenant.field, tenant.value);
}

export type SearchHealth = { engine: "postgres" | "meilisearch"; ok: boolean; pending: number };

export async function searchHealth(db: Db): Promise<SearchHealth> {
  const engine = searchEngine(db);
  const [ok, pending] = await Promise.all([engine.health().catch(() => false), pendingOutboxCount(db)]);
  return { engine: engine.name, ok, pending };
}
