import type { CandidateSearchDoc } from "~/domain/candidates/search-document";
import { candidatesIndexSettings } from "~/domain/candidates/search-document";
import { words, type FacetCounts, type Filter, type SearchQuery } from "#search/port";

/**
 * What a peer engine answers for one bench query: the same things the product's search returns
 * (the page of documents, the total and the facet counts), so both do the same work.
 */
export type PeerResult = {
  hits: { id: string; doc: CandidateSearchDoc }[];
  total: number;
  facets: FacetCounts;
};

export type Peer = {
  readonly name: string;
  search(query: SearchQuery): Promise<PeerResult>;
};

/**
 * A query word as the product reads it: the word typed (matched as a prefix), the synonyms the
 * index settings list for it (matched as whole words), and whether it is long enough for typo
 * tolerance. Peers get the same synonyms and the same minimum length, so they answer the same
 * question; how each finds typos is its own.
 */
export type QueryTerm = { typed: string; synonyms: string[]; tolerateTypos: boolean };

export function queryTerms(q: string | undefined): QueryTerm[] {
  const { enabled, minWordLength } = candidatesIndexSettings.typoTolerance;
  return words(q ?? "").map((typed) => {
    const synonyms = new Set<string>();
    for (const list of candidatesIndexSettings.synonyms)
      if (list.includes(typed)) list.flatMap(words).forEach((s) => synonyms.add(s));
    synonyms.delete(typed);
    return { typed, synonyms: [...synonyms], tolerateTypos: enabled && typed.length >= minWordLength };
  });
}

/**
 * The bench's filters, named for the peers. Only what the bench queries use: a peer that met
 * another field would have to be taught it, not guess.
 */
export type BenchFilters = { reach?: string; minHours?: number };

export function benchFilters(filters: readonly Filter[] | undefined): BenchFilters {
  const out: BenchFilters = {};
  for (const f of filters ?? []) {
    if (f.field === "reachMunicipalities" && f.op === "eq") out.reach = String(f.value);
    else if (f.field === "hoursPerWeek" && f.op === "range" && f.gte !== undefined && f.lte === undefined)
      out.minHours = f.gte;
    else throw new Error(`peer: filter ${JSON.stringify(f)} is not translated`);
  }
  return out;
}

/** Facet fields the peers count, with the document field each reads. */
export const PEER_FACETS = ["languages", "occupationGroups"] as const;
export type PeerFacet = (typeof PEER_FACETS)[number];

export function peerFacets(facets: readonly string[] | undefined): PeerFacet[] {
  return (facets ?? []).map((f) => {
    const known = PEER_FACETS.find((p) => p === f);
    if (!known) throw new Error(`peer: facet ${f} is not translated`);
    return known;
  });
}
