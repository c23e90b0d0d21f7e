import type { Settings } from "meilisearch";
import type { Filter, IndexSettings, Scalar } from "../port";

/**
 * Norwegian Bokmål in Meilisearch's locale list (ISO 639-3 "nob", also accepted as "nb"). There
 * is no "nor": the server refuses it with "Unsupported locale", and the client types a locale as
 * any string, so only this constant stands between a typo and a failed settings task.
 */
export const MEILI_NORWEGIAN = "nob";

/** Port settings → Meilisearch index settings. */
export function toMeiliSettings(settings: IndexSettings): Settings {
  const synonyms: Record<string, string[]> = {};
  for (const group of settings.synonyms) for (const word of group) synonyms[word] = group.filter((w) => w !== word);
  return {
    searchableAttributes: settings.searchable,
    filterableAttributes: settings.filterable,
    sortableAttributes: settings.sortable,
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    synonyms,
    typoTolerance: {
      enabled: settings.typoTolerance.enabled,
      minWordSizeForTypos: {
        oneTypo: settings.typoTolerance.minWordLength,
        twoTypos: Math.max(8, settings.typoTolerance.minWordLength + 3),
      },
    },
    localizedAttributes: [{ attributePatterns: settings.searchable, locales: [MEILI_NORWEGIAN] }],
  };
}

/** A value in Meilisearch filter syntax: strings double-quoted with \ and " escaped. */
export function filterValue(value: Scalar): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("filter numbers must be finite");
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function toMeiliFilter(filters: Filter[]): string[] {
  return filters.map((f) => {
    if (!FIELD.test(f.field)) throw new Error(`invalid field ${f.field}`);
    switch (f.op) {
      case "eq":
        return `${f.field} = ${filterValue(f.value)}`;
      case "in":
        return f.values.length ? `${f.field} IN [${f.values.map(filterValue).join(", ")}]` : `${f.field} IN []`;
      case "range": {
        const parts = [];
        if (f.gte !== undefined) parts.push(`${f.field} >= ${filterValue(f.gte)}`);
        if (f.lte !== undefined) parts.push(`${f.field} <= ${filterValue(f.lte)}`);
        return parts.length ? parts.join(" AND ") : `${f.field} EXISTS`;
      }
    }
  });
}
