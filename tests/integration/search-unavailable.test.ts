import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTalentSearch } from "~/domain/candidates/talent-search-params";
import { searchTalent } from "~/domain/candidates/talent-search.server";
import { listOpeningsForApi, parseApiListParams } from "~/domain/openings/api.server";
import { parsePublicSearch } from "~/domain/openings/public-search-params";
import { searchPublicOpenings } from "~/domain/openings/public-search.server";
import { useProcessDbForTests } from "~/lib/db.server";
import { resetEnvCache } from "~/lib/env.server";
import { loader as apiLoader } from "~/routes/api-openings";
import { loader as searchLoader } from "~/routes/search";
import { createTestDb, type TestDb } from "../support/test-db";

/**
 * The search engine does not answer (here: Meilisearch configured at an address where nothing
 * listens): the pages say so with a 503 and a message, never a 500, and nothing is changed.
 */
describe("when the search engine does not answer", () => {
  let t: TestDb;
  const saved = { MEILI_URL: process.env.MEILI_URL, MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY };

  beforeAll(async () => {
    process.env.MEILI_URL = "http://127.0.0.1:9";
    process.env.MEILI_MASTER_KEY = "nobody-listens";
    resetEnvCache();
    t = await createTestDb();
    useProcessDbForTests(t.db);
  });
  afterAll(async () => {
    useProcessDbForTests(undefined);
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    resetEnvCache();
    await t.close();
  });

  it("the searches answer with a refusal instead of throwing", async () => {
    expect(await searchPublicOpenings(t.db, parsePublicSearch(new URL("http://x/muligheter?q=kokk")))).toEqual({
      ok: false,
      reason: "searchUnavailable",
    });
    expect(await searchTalent(t.db, parseTalentSearch(new URL("http://x/talentsok?q=renhold")))).toEqual({
      ok: false,
      reason: "searchUnavailable",
    });
    const params = parseApiListParams(new URL("http://x/api/v1/openings?limit=5"));
    if (!params.success) throw new Error("params");
    expect(await listOpeningsForApi(t.db, params.data, "http://x")).toEqual({ ok: false, reason: "searchUnavailable" });
  });

  it("the public search page and the open API answer 503 with a message, not 500", async () => {
    const context = { clientIp: "127.0.0.1", cspNonce: "" };
    const page = await searchLoader({
      request: new Request("http://localhost/muligheter?q=kokk"),
      params: {},
      context,
      url: new URL("http://localhost/muligheter?q=kokk"),
      pattern: "/muligheter",
    });
    expect("init" in page ? page.init?.status : 200).toBe(503);
    expect("data" in page ? page.data.unavailable : false).toBe(true);
    const api = await apiLoader({
      request: new Request("http://localhost/api/v1/openings"),
      params: {},
      context,
      url: new URL("http://localhost/api/v1/openings"),
      pattern: "/api/v1/openings",
    });
    expect("init" in api ? api.init?.status : 200).toBe(503);
  });
});
