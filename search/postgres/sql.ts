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

/**
 * A filter as SQL over the jsonb document. Equality is written as containment (`doc @> …`) so the
 * jsonb_path_ops GIN index serves it; a field may hold a value or an array of values.
 */
export function filterSql(filter: Filter, filterable: readonly string[], params: Params): string {
  const f = fieldName(filter.field, filterable);
  const eq = (value: unknown) => {
    const scalar = params.add(JSON.stringify({ [f]: value }));
    const inArray = params.add(JSON.stringify({ [f]: [value] }));
    return `(doc @> ${scalar}::jsonb OR doc @> ${inArray}::jsonb)`;
  };
  switch (filter.op) {
    case "eq":
      return eq(filter.value);
    case "in":
      return filter.values.length ? `(${filter.values.map(eq).join(" OR ")})` : "FALSE";
    case "range": {
      const parts: string[] = [];
      if (filter.gte !== undefined) parts.push(`(doc->>'${f}')::numeric >= ${params.add(filter.gte)}`);
      if (filter.lte !== undefined) parts.push(`(doc->>'${f}')::numeric <= ${params.add(filter.lte)}`);
      return parts.length ? `(jsonb_typeof(doc->'${f}') = 'number' AND ${parts.join(" AND ")})` : "TRUE";
    }
  }
}

/** Terms are letters and digits only (see words()), so they are safe inside to_tsquery syntax. */
export function tsqueryText(groups: string[][]): string {
  return groups
    .filter((g) => g.length)
    .map((g) => `(${[...new Set(g)].map((t) => `${t}:*`).join(" | ")})`)
    .join(" & ");
}
