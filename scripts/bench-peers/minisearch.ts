import MiniSearch, { type Query } from "minisearch";
import type { CandidateSearchDoc } from "~/domain/candidates/search-document";
import { pageOf, type FacetCounts, type SearchQuery } from "#search/port";
import type { IndexBuilder } from "../lib/build-in-turn";
import { benchFilters, peerFacets, queryTerms, type Peer, type PeerResult } from "./peer";

/**
 * MiniSearch in this process: occupation, skills and summary indexed with boosts in the ratio of
 * ts_rank_cd's default weights for A, B and C (1, 0.4, 0.2); the typed word fuzzy (0.2 of its
 * length, from the product's minimum word length) and as a prefix, its synonyms as whole words,
 * the words ANDed; filters on the documents kept beside the index; facets counted in JS over every
 * match. build_ms is the time of addAll alone: the documents exist before, as for the other engines.
 */
export function miniSearchPeerBuilder(): IndexBuilder<Peer> {
  const docs = new Map<string, CandidateSearchDoc>();
  const index = new MiniSearch<CandidateSearchDoc>({
    fields: ["occupation", "skills", "summary"],
    extractField: (doc, field) => {
      const value = (doc as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(" ") : String(value ?? "");
    },
  });

  const search = async (query: SearchQuery): Promise<PeerResult> => {
    const { page, perPage } = pageOf(query);
    const filters = benchFilters(query.filters);
    const facets = peerFacets(query.facets);
    const tree: Query = {
      combineWith: "AND",
      queries: queryTerms(query.q).map((t) => ({
        combineWith: "OR",
        queries: [
          { queries: [t.typed], prefix: true, fuzzy: t.tolerateTypos ? 0.2 : false },
          ...(t.synonyms.length ? [{ queries: t.synonyms, prefix: false, fuzzy: false }] : []),
        ],
      })),
    };
    const matches = index.search(tree, {
      boost: { occupation: 5, skills: 2, summary: 1 },
      filter: (r) => {
        const doc = docs.get(String(r.id));
        if (!doc) return false;
        if (filters.reach !== undefined && !doc.reachMunicipalities.includes(filters.reach)) return false;
        if (filters.minHours !== undefined && !(doc.hoursPerWeek >= filters.minHours)) return false;
        return true;
      },
    });
    const counted = new Map<string, Map<string, number>>(facets.map((f) => [f, new Map()]));
    for (const m of matches) {
      const doc = docs.get(String(m.id));
      if (!doc) continue;
      for (const f of facets) {
        const byValue = counted.get(f)!;
        for (const v of doc[f]) byValue.set(v, (byValue.get(v) ?? 0) + 1);
      }
    }
    const facetCounts: FacetCounts = Object.fromEntries(
      facets.map((f) => [
        f,
        [...counted.get(f)!]
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      ]),
    );
    const hits = matches
      .slice((page - 1) * perPage, page * perPage)
      .map((m) => ({ id: String(m.id), doc: docs.get(String(m.id))! }));
    return { hits, total: matches.length, facets: facetCounts };
  };
  return {
    name: "peer minisearch",
    start: async () => {},
    load: async (batch) => {
      index.addAll(batch);
      for (const doc of batch) docs.set(doc.id, doc);
    },
    finish: async () => ({ name: "minisearch", search }),
  };
}
