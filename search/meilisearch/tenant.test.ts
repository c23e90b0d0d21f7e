import type { Key, Meilisearch } from "meilisearch";
import { describe, expect, it } from "vitest";
import { pickSearchKey, tenantFilter, tenantSearchRules, TenantTokens, TOKEN_TTL_MS } from "./tenant";

const key = (over: Partial<Key>): Key => ({
  uid: "00000000-0000-4000-8000-000000000000",
  description: "",
  name: null,
  key: "k",
  actions: ["search"],
  indexes: ["*"],
  expiresAt: null as unknown as Date,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...over,
});

/** The claims of a JWT, read without checking its signature. */
function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
}

/** The token a client carries: Meilisearch keeps it as the config's apiKey. */
function tokenOf(client: Meilisearch | null): string {
  return client?.config.apiKey ?? "";
}

const SEARCH_UID = "3b1d5d4e-3c3f-4a43-9d6c-2f3c3c9f1a11";

describe("Meilisearch tenant scope", () => {
  it("writes the tenant filter with the value escaped", () => {
    expect(tenantFilter({ field: "companyId", value: "c1" })).toBe('companyId = "c1"');
    expect(tenantFilter({ field: "companyId", value: 'c1" OR companyId = "c2' })).toBe(
      'companyId = "c1\\" OR companyId = \\"c2"',
    );
    expect(() => tenantFilter({ field: "companyId = 1 OR x", value: "c1" })).toThrow();
  });

  it("makes search rules for one index with the tenant filter", () => {
    expect(tenantSearchRules("candidates", { field: "companyId", value: "c1" })).toEqual({
      candidates: { filter: 'companyId = "c1"' },
    });
  });

  it("signs with a search-only key for every index, the default search key first", () => {
    const admin = key({ uid: "admin", name: "Default Admin API Key", actions: ["*"] });
    const narrow = key({ uid: "narrow", name: "Only openings", indexes: ["openings"] });
    const other = key({ uid: "other", name: "Another search key" });
    const def = key({ uid: "default", name: "Default Search API Key" });
    const expired = key({ uid: "expired", name: "Default Search API Key", expiresAt: new Date("2020-01-01") });
    expect(pickSearchKey([admin, narrow, other, def])?.uid).toBe("default");
    expect(pickSearchKey([admin, expired, other])?.uid).toBe("other");
    expect(pickSearchKey([admin, narrow])).toBeUndefined();
    expect(pickSearchKey([key({ uid: "searchish", actions: ["search", "documents.add"] })])).toBeUndefined();
  });

  it("issues a token for the configured search key, with the rules, the key uid and an expiry", async () => {
    const admin = {
      getKey: () => Promise.reject(new Error("not needed")),
      getKeys: () => Promise.reject(new Error("not needed")),
    } as unknown as Meilisearch;
    const tokens = new TenantTokens("http://127.0.0.1:7700", admin, "master", {
      searchKey: "search-secret",
      searchKeyUid: SEARCH_UID,
    });
    const now = Date.UTC(2026, 10, 22, 12);
    const client = await tokens.clientFor("candidates", { field: "companyId", value: "c1" }, now);
    expect(client).not.toBeNull();
    const token = tokenOf(client);
    expect(claims(token)).toEqual({
      searchRules: { candidates: { filter: 'companyId = "c1"' } },
      apiKeyUid: SEARCH_UID,
      exp: Math.floor((now + TOKEN_TTL_MS) / 1000),
    });
    expect(token).not.toContain("search-secret");
    // Reused while fresh, one per tenant, renewed before it expires.
    expect(await tokens.clientFor("candidates", { field: "companyId", value: "c1" }, now + 60_000)).toBe(client);
    expect(await tokens.clientFor("candidates", { field: "companyId", value: "c2" }, now)).not.toBe(client);
    expect(
      await tokens.clientFor("candidates", { field: "companyId", value: "c1" }, now + TOKEN_TTL_MS - 60_000),
    ).not.toBe(client);
  });

  it("finds the default search key with the master key, and the uid of a configured key", async () => {
    let listed = 0;
    const admin = {
      getKeys: () => {
        listed++;
        return Promise.resolve({
          results: [
            key({ uid: "admin", actions: ["*"], key: "admin-secret" }),
            key({ uid: SEARCH_UID, name: "Default Search API Key", key: "search-secret" }),
          ],
          offset: 0,
          limit: 1000,
          total: 2,
        });
      },
      getKey: (k: string) => Promise.resolve(key({ uid: SEARCH_UID, key: k })),
    } as unknown as Meilisearch;
    const fromMaster = new TenantTokens("http://127.0.0.1:7700", admin, "master");
    expect(
      claims(tokenOf(await fromMaster.clientFor("candidates", { field: "companyId", value: "c1" }))).apiKeyUid,
    ).toBe(SEARCH_UID);
    await fromMaster.clientFor("candidates", { field: "companyId", value: "c2" });
    expect(listed).toBe(1);
    const fromKey = new TenantTokens("http://127.0.0.1:7700", admin, "master", { searchKey: "search-secret" });
    expect(claims(tokenOf(await fromKey.clientFor("candidates", { field: "companyId", value: "c1" }))).apiKeyUid).toBe(
      SEARCH_UID,
    );
  });

  it("has no token to make when the server has no keys, and asks again after a failure", async () => {
    const none = new TenantTokens("http://127.0.0.1:7700", {} as Meilisearch, undefined);
    expect(await none.clientFor("candidates", { field: "companyId", value: "c1" })).toBeNull();
    let calls = 0;
    const flaky = {
      getKeys: () =>
        ++calls === 1
          ? Promise.reject(new Error("ECONNREFUSED"))
          : Promise.resolve({ results: [key({ uid: SEARCH_UID })], offset: 0, limit: 1000, total: 1 }),
    } as unknown as Meilisearch;
    const tokens = new TenantTokens("http://127.0.0.1:7700", flaky, "master");
    await expect(tokens.clientFor("candidates", { field: "companyId", value: "c1" })).rejects.toThrow(/ECONNREFUSED/);
    expect(await tokens.clientFor("candidates", { field: "companyId", value: "c1" })).not.toBeNull();
    const noSearchKey = new TenantTokens(
      "http://127.0.0.1:7700",
      {
        getKeys: () => Promise.resolve({ results: [key({ actions: ["*"] })], offset: 0, limit: 1000, total: 1 }),
      } as unknown as Meilisearch,
      "master",
    );
    await expect(noSearchKey.clientFor("candidates", { field: "companyId", value: "c1" })).rejects.toThrow(
      /MEILI_SEARCH_KEY/,
    );
  });
});
