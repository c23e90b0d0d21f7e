import { ok, refuse, type Result } from "~/domain/result";
import { logger } from "~/lib/logger.server";

/**
 * A call to the search engine that may not answer (Meilisearch down, a timeout): the page says
 * so instead of failing, and nothing was changed. Writes never come here: they go through the
 * outbox, which keeps them until the engine answers.
 */
export async function fromEngine<T>(what: string, call: () => Promise<T>): Promise<Result<T, "searchUnavailable">> {
  try {
    return ok(await call());
  } catch (err) {
    logger.warn({ err, what }, "the search engine did not answer");
    return refuse("searchUnavailable");
  }
}

export type FacetBucket = { value: string; count: number };

/** The facets of a search that could not be made: every field, no values. */
export function noFacets<F extends string>(fields: readonly F[]): Record<F, FacetBucket[]> {
  return Object.fromEntries(fields.map((f) => [f, [] as FacetBucket[]])) as Record<F, FacetBucket[]>;
}
