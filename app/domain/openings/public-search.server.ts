import { fromEngine } from "~/domain/search/engine-call.server";
import { notFound, ok } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { indexFor } from "#search/registry.server";
import {
  FACET_FIELDS,
  indexField,
  toSearchQuery,
  type FacetField,
  type PublicSearchParams,
} from "./public-search-params";
import { OPENINGS_INDEX, type OpeningSearchDoc } from "./search-document";
import { cachedSearch } from "./search-cache.server";
import "~/lib/search-indexes.server";
import { kindLabelsNb, type OpeningKindValue } from "./opening-kinds";
import { tradeLabel } from "./trades";

export async function searchPublicOpenings(db: Db, p: PublicSearchParams, perPage = 20) {
  const index = indexFor<OpeningSearchDoc>(db, OPENINGS_INDEX);
  if (!index) throw new Error("openings index is not registered");
  const found = await fromEngine("openings", () =>
    cachedSearch(db, OPENINGS_INDEX, toSearchQuery(p, perPage), (q) => index.search(q)),
  );
  if (!found.ok) return found;
  const result = found.value;
  const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, result.facets[indexField[f]] ?? []])) as Record<
    FacetField,
    { value: string; count: number }[]
  >;
  return ok({ ...result, facets });
}

/** A published opening with its employer's name: what anyone may see. Drafts and closed ones are not found. */
export async function getPublishedOpening(db: Db, id: string) {
  const o = await db.opening.findFirst({
    where: { id, status: "PUBLISHED" },
    include: { organization: { select: { name: true } } },
  });
  return o ? ok(o) : notFound();
}

/** The feed's entries, newest first; `kinds` narrows it (e.g. summer jobs only: `?kind=SUMMER_JOB`). */
export async function latestPublishedOpenings(db: Db, take = 50, kinds: readonly OpeningKindValue[] = []) {
  const rows = await db.opening.findMany({
    where: { status: "PUBLISHED", ...(kinds.length ? { kind: { in: [...kinds] } } : {}) },
    orderBy: { publishedAt: "desc" },
    take,
    include: { organization: { select: { name: true } } },
  });
  return rows.map((o) => ({
    id: o.id,
    title: o.title,
    summary: o.description.slice(0, 300),
    employer: o.organization.name,
    publishedAt: o.publishedAt ?? o.createdAt,
    updatedAt: o.updatedAt,
    categories: [
      { term: o.kind, label: kindLabelsNb[o.kind] },
      ...(o.tradeCode ? [{ term: `trade:${o.tradeCode}`, label: tradeLabel(o.tradeCode, "nb") }] : []),
    ],
  }));
}
