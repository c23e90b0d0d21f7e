import type { Filter, Scalar } from "../port";

/** The SQL executor the adapter needs: Prisma's raw methods fit it, and so does a transaction. */
export type Sql = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

/** Collects positional parameters so that no value is ever spliced into SQL text. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Field names come from index settings (code), but are checked anyway before they reach SQL. */
export function fieldName(field: string, allowed: readonly string[]): string {
  if (!FIELD.test(field) || !allowed.includes(field)) throw new Error(`field ${field} is not allowed here`);
  return field;
}

/**
 * One equality token per filterable value: the field, "=", and the value as JSON, so "20" and 20
 * stay different as they are in a jsonb comparison. The migration 20261122230000_search_perf
 * derives the same text in SQL (jsonb::text) from documents indexed before it.
 */
export function filterToken(field: string, value: Scalar): string {
  // The same text as JSON.stringify, without calling it for the common plain string or number.
  if (typeof value === "string") return isPlain(value) ? `${field}="${value}"` : `${field}=${JSON.stringify(value)}`;
  return `${field}=${String(value)}`;
}

/** No character JSON.stringify would escape: quote, backslash, control characters, surrogates. */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

function isScalar(v: unknown): v is Scalar {
  return typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
}

/** The equality tokens of a document: every scalar value of a filterable field, list elements each. */
export function filterTokens(doc: Record<string, unknown>, filterable: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of filterable) {
    const v = doc[f];
    for (const item of Array.isArray(v) ? v : [v]) if (isScalar(item)) out.add(filterToken(f, item));
  }
  return [...out];
}

/**
 * Filters as SQL. All equality filters (and one-value lists) join into ONE containment test on
 * the `tokens` array, a list of several values is one overlap test; its GIN index answers both
 * exactly, with no recheck of the row. Ranges read the number from the document; only a scalar
 * number counts (a list of numbers never matches a range).
 */
export function filtersSql(filters: readonly Filter[], filterable: readonly string[], params: Params): string[] {
  const all: string[] = [];
  const parts: string[] = [];
  for (const filter of filters) {
    const f = fieldName(filter.field, filterable);
    if (filter.op === "eq" || (filter.op === "in" && filter.values.length === 1)) {
      const value = filter.op === "eq" ? filter.value : filter.values[0]!;
      all.push(filterToken(f, value));
    } else if (filter.op === "in") {
      parts.push(
        filter.values.length
          ? `tokens && ${params.add([...new Set(filter.values.map((v) => filterToken(f, v)))])}::text[]`
          : "FALSE",
      );
    } else {
      // CASE, not AND: the planner may reorder ANDed conditions, and a cast of a string would fail.
      const value = `(CASE WHEN jsonb_typeof(doc->'${f}') = 'number' THEN (doc->>'${f}')::numeric END)`;
      if (filter.gte !== undefined) parts.push(`${value} >= ${params.add(filter.gte)}`);
      if (filter.lte !== undefined) parts.push(`${value} <= ${params.add(filter.lte)}`);
    }
  }
  if (all.length) parts.unshift(`tokens @> ${params.add([...new Set(all)])}::text[]`);
  return parts;
}

/**
 * Terms are letters and digits only (see words()), so they are safe inside to_tsquery syntax.
 * The first term of a group is what the person typed and matches as a prefix (compounds,
 * half-typed words); synonyms and typo corrections after it match by stem only, which keeps the
 * GIN scan small.
 */
export function tsqueryText(groups: string[][]): string {
  return groups
    .filter((g) => g.length)
    .map((g) => `(${[...new Set(g)].map((t, i) => (i === 0 ? `${t}:*` : t)).join(" | ")})`)
    .join(" & ");
}
