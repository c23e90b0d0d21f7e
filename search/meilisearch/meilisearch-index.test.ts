import { afterEach, describe, expect, it, vi } from "vitest";
import type { IndexSettings } from "../port";
import { meilisearchEngine } from "./meilisearch-index";

/**
 * The adapter's HTTP requests, against a stand-in for fetch: no Meilisearch server can run on
 * these machines, so this checks what the tenant view sends (the contract suite checks what a
 * real server answers, when MEILI_URL is set).
 */
const settings: IndexSettings = {
  searchable: ["title"],
  filterable: ["companyId", "county"],
  sortable: [],
  synonyms: [],
  typoTolerance: { enabled: true, minWordLength: 5 },
};
const SEARCH_UID = "3b1d5d4e-3c3f-4a43-9d6c-2f3c3c9f1a11";

type Sent = { url: string; auth: string | null; body: Record<string, unknown> };

function stubMeilisearch(): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    sent.push({
      url,
      auth: new Headers(init?.headers).get("Authorization"),
      body: init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {},
    });
    const hits = [{ id: "a1", title: "Renholder", companyId: "c1", _formatted: { title: "\u0002Renholder\u0003" } }];
    return new Response(
      JSON.stringify({
        hits,
        query: "",
        processingTimeMs: 1,
        hitsPerPage: 20,
        page: 1,
        totalPages: 1,
        totalHits: 1,
        facetDistribution: { county: { "46": 1 } },
      }),
      {
        status: 200,
        headers: { "Content-Type": "application/json" },
      },
    );
  });
  return sent;
}

function bearerClaims(auth: string | null): Record<string, unknown> {
  const token = auth?.replace(/^Bearer /, "") ?? "";
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("Meilisearch adapter requests", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("searches a tenant with a tenant token and the tenant filter ANDed in", async () => {
    const sent = stubMeilisearch();
    const index = meilisearchEngine("http://meili.test", "master-key", {
      searchKey: "search-key",
      searchKeyUid: SEARCH_UID,
    }).index("candidates", settings);
    const r = await index
      .forTenant("companyId", "c1")
      .search({ q: "renholder", filters: [{ field: "companyId", op: "eq", value: "c2" }], facets: ["county"] });
    expect(r.hits.map((h) => h.id)).toEqual(["a1"]);
    expect(r.facets.county).toEqual([{ value: "46", count: 1 }]);
    const [req] = sent;
    expect(req?.url).toBe("http://meili.test/indexes/candidates/search");
    expect(req?.auth).not.toContain("master-key");
    expect(bearerClaims(req!.auth)).toMatchObject({
      apiKeyUid: SEARCH_UID,
      searchRules: { candidates: { filter: 'companyId = "c1"' } },
    });
    expect(req?.body.filter).toEqual(['companyId = "c1"', 'companyId = "c2"']);
  });

  it("uses the master key for unscoped searches, and the filter alone on a server without keys", async () => {
    const sent = stubMeilisearch();
    await meilisearchEngine("http://meili.test", "master-key").index("candidates", settings).search({ q: "x" });
    expect(sent[0]?.auth).toBe("Bearer master-key");
    expect(sent[0]?.body.filter).toEqual([]);
    await meilisearchEngine("http://meili.test").index("candidates", settings).forTenant("companyId", "c1").search({});
    expect(sent[1]?.auth).toBeNull();
    expect(sent[1]?.body.filter).toEqual(['companyId = "c1"']);
  });

  it("refuses a tenant field that is not filterable", () => {
    expect(() => meilisearchEngine("http://meili.test").index("candidates", settings).forTenant("title", "x")).toThrow(
      /title/,
    );
  });
});
