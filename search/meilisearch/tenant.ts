import { Meilisearch, type Key } from "meilisearch";
import { generateTenantToken } from "meilisearch/token";
import type { TenantScope } from "../port";
import { toMeiliFilter } from "./mapping";

/** The tenant's filter in Meilisearch syntax, e.g. `companyId = "c1"` (the value escaped). */
export function tenantFilter(tenant: TenantScope): string {
  const [filter] = toMeiliFilter([{ field: tenant.field, op: "eq", value: tenant.value }]);
  return filter!;
}

/**
 * Search rules of a tenant token: this one index only, with the tenant's filter, which
 * Meilisearch ANDs with whatever filter a search sends. No other index can be searched with it.
 */
export function tenantSearchRules(index: string, tenant: TenantScope): Record<string, { filter: string }> {
  return { [index]: { filter: tenantFilter(tenant) } };
}

export const DEFAULT_SEARCH_KEY_NAME = "Default Search API Key";

/**
 * The key that signs tenant tokens: a key that may search every index and does nothing else,
 * Meilisearch's own "Default Search API Key" first. A token can never do more than its key.
 */
export function pickSearchKey(keys: readonly Key[], now = new Date()): Key | undefined {
  const usable = keys.filter(
    (k) =>
      k.actions.length === 1 &&
      k.actions[0] === "search" &&
      k.indexes.includes("*") &&
      (!k.expiresAt || new Date(k.expiresAt).getTime() > now.getTime()),
  );
  return usable.find((k) => k.name === DEFAULT_SEARCH_KEY_NAME) ?? usable[0];
}

export type SigningKey = { key: string; uid: string };
export type SearchKeyConfig = { searchKey?: string; searchKeyUid?: string };

/** A token lives an hour and is replaced five minutes before it expires. */
export const TOKEN_TTL_MS = 60 * 60 * 1000;
const RENEW_BEFORE_MS = 5 * 60 * 1000;
const MAX_CACHED = 1000;

/**
 * Tenant tokens and the clients that search with them, per index and tenant. The signing key is
 * MEILI_SEARCH_KEY (+ MEILI_SEARCH_KEY_UID) when given, otherwise the default search key read
 * with the master key. A server without a master key has no keys and no authentication at all
 * (development mode): then there is no token to make, `clientFor` answers null, and the tenant
 * filter the adapter adds to every query is the only restriction.
 */
export class TenantTokens {
  private signingKey: Promise<SigningKey | null> | undefined;
  private readonly clients = new Map<string, { client: Meilisearch; renewAt: number }>();

  constructor(
    private readonly host: string,
    private readonly admin: Meilisearch,
    private readonly masterKey: string | undefined,
    private readonly config: SearchKeyConfig = {},
  ) {}

  private resolveSigningKey(): Promise<SigningKey | null> {
    this.signingKey ??= (async () => {
      const { searchKey, searchKeyUid } = this.config;
      if (searchKey && searchKeyUid) return { key: searchKey, uid: searchKeyUid };
      if (searchKey) return { key: searchKey, uid: (await this.admin.getKey(searchKey)).uid };
      if (!this.masterKey) return null;
      const picked = pickSearchKey((await this.admin.getKeys({ limit: 1000 })).results);
      if (!picked)
        throw new Error(
          "Meilisearch has no search-only API key to sign tenant tokens with; set MEILI_SEARCH_KEY and MEILI_SEARCH_KEY_UID",
        );
      return { key: picked.key, uid: picked.uid };
    })().catch((err: unknown) => {
      this.signingKey = undefined; // ask again next time: the server may have been down
      throw err;
    });
    return this.signingKey;
  }

  /** A client whose only credential is a tenant token for this index and tenant; null without keys. */
  async clientFor(index: string, tenant: TenantScope, now = Date.now()): Promise<Meilisearch | null> {
    const cacheKey = JSON.stringify([index, tenant.field, tenant.value]);
    const cached = this.clients.get(cacheKey);
    if (cached && cached.renewAt > now) return cached.client;
    const signing = await this.resolveSigningKey();
    if (!signing) return null;
    const token = await generateTenantToken({
      apiKey: signing.key,
      apiKeyUid: signing.uid,
      searchRules: tenantSearchRules(index, tenant),
      expiresAt: new Date(now + TOKEN_TTL_MS),
    });
    const client = new Meilisearch({ host: this.host, apiKey: token });
    this.clients.delete(cacheKey);
    if (this.clients.size >= MAX_CACHED) this.clients.delete(this.clients.keys().next().value!);
    this.clients.set(cacheKey, { client, renewAt: now + TOKEN_TTL_MS - RENEW_BEFORE_MS });
    return client;
  }
}
