import { ok } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { apiListParams, apiOpening, decodeCursor, encodeCursor } from "./api-schema";
import { searchParamsRecord } from "./public-search-params";
import { getPublishedOpening, searchPublicOpenings } from "./public-search.server";
import { toOpeningSearchDoc, type OpeningSearchDoc } from "./search-document";

/** Parsing with the documented schema strips anything else: the API says exactly what its document says. */
const toItem = (doc: OpeningSearchDoc, origin: string) =>
  apiOpening.parse({ ...doc, url: `${origin}/muligheter/${doc.id}` });

export function parseApiListParams(url: URL) {
  return apiListParams.safeParse(searchParamsRecord(url));
}

export async function listOpeningsForApi(db: Db, params: ReturnType<typeof apiListParams.parse>, origin: string) {
  const page = decodeCursor(params.cursor);
  const found = await searchPublicOpenings(db, { ...params, page }, params.limit);
  if (!found.ok) return found;
  const result = found.value;
  const last = page * params.limit >= result.total;
  return ok({
    items: result.hits.map((h) => toItem(h.doc, origin)),
    total: result.total,
    nextCursor: last ? null : encodeCursor(page + 1),
  });
}

/** One published opening as the API describes it; anything else is not found. */
export async function openingForApi(db: Db, id: string, origin: string) {
  const o = await getPublishedOpening(db, id);
  return o.ok ? ok(toItem(toOpeningSearchDoc(o.value), origin)) : o;
}
