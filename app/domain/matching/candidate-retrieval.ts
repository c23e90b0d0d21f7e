import { countyOf } from "~/domain/municipalities/register";
import type { CandidateSearchDoc } from "~/domain/candidates/search-document";
import { getOccupation } from "~/domain/openings/occupations";
import type { Filter, SearchIndex } from "#search/port";
import { rankMatches, scoreMatch, type Match, type OpeningForMatch } from "./score";

/** How many candidates the engine reads before re-ranking: the port's largest page. */
const POOL = 100;

/**
 * Candidates for an opening: retrieved through the search port in widening circles (the same
 * occupation in reach of the workplace, then the same field, then the same county) until the
 * pool is full, then re-ranked by the explainable score. Works on any adapter of the port.
 */
export async function retrieveAndRankCandidates(
  index: SearchIndex<CandidateSearchDoc>,
  opening: OpeningForMatch,
  take = 20,
): Promise<(CandidateSearchDoc & { match: Match })[]> {
  const group = getOccupation(opening.occupationCode)?.group;
  const county = countyOf(opening.municipalityNumber)?.code;
  const circles: Filter[][] = [
    [
      { field: "occupationCodes", op: "eq", value: opening.occupationCode },
      { field: "reachMunicipalities", op: "eq", value: opening.municipalityNumber },
    ],
  ];
  if (group)
    circles.push([
      { field: "occupationGroups", op: "eq", value: group },
      { field: "reachMunicipalities", op: "eq", value: opening.municipalityNumber },
    ]);
  if (group && county)
    circles.push([
      { field: "occupationGroups", op: "eq", value: group },
      { field: "countyCode", op: "eq", value: county },
    ]);
  const pool = new Map<string, CandidateSearchDoc>();
  for (const filters of circles) {
    if (pool.size >= POOL) break;
    const result = await index.search({ filters, perPage: POOL });
    for (const hit of result.hits) if (pool.size < POOL) pool.set(hit.id, hit.doc);
  }
  return rankMatches(
    [...pool.values()],
    (doc) => scoreMatch(opening, doc),
    (doc) => doc.code,
    take,
  );
}
