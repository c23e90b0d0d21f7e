import type { Db } from "~/lib/db.server";
import { indexFor } from "../../../search/registry.server";
import { FACET_FIELDS, indexField, toSearchQuery, type FacetField, type PublicSearchParams } from "./public-search-params";
import { OPENINGS_INDEX, type OpeningSearchDoc } from "./search-document";
import "~/lib/search-indexes.server";

export async function searchPublicOpenings(db: Db, p: PublicSearchParams) {
  const index = indexFor(db, OPENINGS_INDEX);
  if (!index) throw new Error("openings index is not registered");
  const result = await index.search(toSearchQuery(p));
  const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, result.facets[indexField[f]] ?? []])) as Record<FacetField, { value: string; count: number }[]>;
  return { ...result, hits: result.hits as { id: string; doc: OpeningSearchDoc; highlights: (typeof result.hits)[number]["highlights"] }[], facets };
}

export function getPublishedOpening(db: Db, id: string) {
  return db.opening.findFirst({ where: { id, status: "PUBLISHED" }, include: { organization: { select: { name: true } } } });
}
