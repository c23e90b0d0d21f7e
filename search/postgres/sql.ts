import type { Filter } from "../port";

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

/** A document's filterable fields with every value as an array: { county: ["46"], measures: [...] }. */
export function filterValues(doc: Record<string, unknown>, filterable: readonly string[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const f of filterable) {
    const v = doc[f];
    if (v === undefined || v === null) continue;
    out[f] = Array.isArray(v) ? v : [v];
  }
  return out;
}

/**
 * Filters as SQL. All equality filters (and one-value lists) join into ONE containment test on
 * the `filters` column, which its jsonb_path_ops GIN index answers; lists of several values are
 * an OR of containments; ranges read the number from the document.
 */
export function filtersSql(filters: readonly Filter[], filterable: readonly string[], params: Params): string[] {
  const all: Record<string, unknown[]> = {};
  const parts: string[] = [];
  for (const filter of filters) {
    const f = fieldName(filter.field, filterable);
    if (filter.op === "eq" || (filter.op === "in" && filter.values.length === 1)) {
      const value = filter.op === "eq" ? filter.value : filter.values[0];
      all[f] = [...(all[f] ?? []), value];
    } else if (filter.op === "in") {
      parts.push(filter.values.length ? `(${filter.values.map((v) => `filters @> ${params.add(JSON.stringify({ [f]: [v] }))}::jsonb`).join(" OR ")})` : "FALSE");
    } else {
      const range: string[] = [];
      if (filter.gte !== undefined) range.push(`(doc->>'${f}')::numeric >= ${params.add(filter.gte)}`);
      if (filter.lte !== undefined) range.push(`(doc->>'${f}')::numeric <= ${params.add(filter.lte)}`);
      if (range.length) parts.push(`(jsonb_typeof(doc->'${f}') = 'number' AND ${range.join(" AND ")})`);
    }
  }
  if (Object.keys(all).length) parts.unshift(`filters @> ${params.add(JSON.stringify(all))}::jsonb`);
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
