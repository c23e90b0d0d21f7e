import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, createDb, type Db } from "~/lib/db.server";
import { benchQueries, candidateDocBatches, generateCandidates } from "../generate-candidates";
import { buildInTurn } from "../lib/build-in-turn";
import { miniSearchPeerBuilder } from "./minisearch";
import { postgresPeerBuilder } from "./postgres-fts";
import { benchFilters, queryTerms, type Peer } from "./peer";

/**
 * The peers answer the bench's questions, not easier ones: every hit meets the query's filters,
 * facets count the matched set, and a plain word finds the documents that hold it.
 */
const DOCS = 800;
let db: Db;
const peers: Peer[] = [];

beforeAll(async () => {
  db = createDb({ pgliteDir: "memory://" });
  await db.$executeRawUnsafe("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  const built = await buildInTurn(
    [postgresPeerBuilder(db), miniSearchPeerBuilder()] as const,
    candidateDocBatches(DOCS, 500),
    DOCS,
  );
  peers.push(...built.map((b) => b.result));
  // An embedded database starting on a busy machine can take most of a minute.
}, 180_000);
afterAll(async () => {
  await closeDb(db);
});

describe("bench peers", () => {
  it("read query words with the product's synonyms and minimum typo length", () => {
    expect(queryTerms("Renhold kokk")).toEqual([
      {
        typed: "renhold",
        synonyms: ["renholder", "rengjøring", "vaskehjelp", "reinhald", "cleaner", "cleaning"],
        tolerateTypos: true,
      },
      { typed: "kokk", synonyms: [], tolerateTypos: false },
    ]);
    expect(() => benchFilters([{ field: "countyCode", op: "eq", value: "46" }])).toThrow();
  });

  it("return only hits that meet the filters, with facets counted over the matched set", async () => {
    for (const peer of peers)
      for (const query of benchQueries(30)) {
        const { reach, minHours } = benchFilters(query.filters);
        const result = await peer.search(query);
        expect(result.hits.length).toBeLessThanOrEqual(Math.min(20, result.total));
        for (const { doc } of result.hits) {
          expect(doc.reachMunicipalities).toContain(reach);
          expect(doc.hoursPerWeek).toBeGreaterThanOrEqual(minHours ?? 0);
        }
        for (const counts of Object.values(result.facets))
          for (const { count } of counts) expect(count).toBeLessThanOrEqual(result.total);
      }
  });

  it("find every document holding a plain word when nothing else narrows the query", async () => {
    const docs = generateCandidates(DOCS);
    const holding = docs.filter((d) => /\bsveising\b/i.test(`${d.occupation} ${d.skills.join(" ")} ${d.summary}`));
    expect(holding.length).toBeGreaterThan(0);
    for (const peer of peers) {
      const result = await peer.search({ q: "sveising", perPage: 100 });
      const ids = new Set(result.hits.map((h) => h.id));
      for (const d of holding) expect(ids, `${peer.name} finds ${d.id}`).toContain(d.id);
    }
  });
});
