import {
  checkSettings,
  checkTenant,
  facetFieldsOf,
  pageOf,
  toHighlight,
  words,
  type FacetCounts,
  type IndexSettings,
  type SearchDoc,
  type SearchEngine,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
  type Scalar,
  type TenantScopable,
  type TenantSearchIndex,
  withTenantFilter,
} from "../port";
import { fieldName, filtersSql, filterTokens, Params, tsqueryText, type Sql } from "./sql";

const WEIGHTS = ["A", "B", "C", "D"] as const;

/**
 * Words known to be in an index's lexicon need no typo correction. The lexicon only grows (until
 * clear() or a settings rebuild, which empty this memory too), so remembering them in the process
 * is safe; unknown words are always asked again. A clear() in another process is not seen here:
 * the cost is a skipped correction for a word that has left the index, not a wrong hit.
 * Kept per database handle: two databases in one process (tests, scripts) may both have an
 * index of the same name with different words.
 */
const knownWordsByDb = new WeakMap<Sql, Map<string, Set<string>>>();
function knownWords(sql: Sql, index: string): Set<string> {
  let byIndex = knownWordsByDb.get(sql);
  if (!byIndex) knownWordsByDb.set(sql, (byIndex = new Map()));
  let set = byIndex.get(index);
  if (!set) byIndex.set(index, (set = new Set()));
  return set;
}
function rememberWord(sql: Sql, index: string, word: string): void {
  const set = knownWords(sql, index);
  if (set.size < 50_000) set.add(word);
}
const MARK_START = "\u0002";
const MARK_END = "\u0003";

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(textOf).join(" ");
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A field as display text in SQL: array elements joined like fieldText() does in the port. */
function fieldTextSql(field: string): string {
  return `CASE jsonb_typeof(doc->'${field}') WHEN 'array' THEN (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(doc->'${field}') x) ELSE coalesce(doc->>'${field}', '') END`;
}

/**
 * PostgreSQL full text ('norwegian' snowball stemming on a weighted tsvector) with typo
 * tolerance: query words the index has never seen are corrected to the nearest known words by
 * trigram similarity (pg_trgm) within an edit distance of 2 (fuzzystrmatch). Equality filters
 * are text tokens; one GIN index over tokens and tsvector answers words and filters together
 * (docs/decisions/0006-candidate-search-performance.md).
 */
export class PostgresIndex<D extends SearchDoc> implements SearchIndex<D>, TenantScopable<D> {
  constructor(
    private readonly sql: Sql,
    readonly name: string,
    private settings: IndexSettings,
  ) {}

  async applySettings(settings: IndexSettings): Promise<void> {
    const [stored] = await this.sql.$queryRawUnsafe<{ settings: IndexSettings }[]>(
      `SELECT settings FROM search.index_settings WHERE index_name = $1`,
      this.name,
    );
    const before = stored?.settings ?? this.settings;
    this.settings = checkSettings(settings);
    await this.sql.$executeRawUnsafe(
      `INSERT INTO search.index_settings (index_name, settings) VALUES ($1, $2::jsonb)
       ON CONFLICT (index_name) DO UPDATE SET settings = excluded.settings, updated_at = now()`,
      this.name,
      JSON.stringify(settings),
    );
    // The weighted tsvector and the filter tokens are derived at write time; Meilisearch
    // re-indexes on such a change too. Settings are applied at every start, so only a real
    // change pays for the rebuild.
    if (!sameList(before.searchable, settings.searchable) || !sameList(before.filterable, settings.filterable))
      await this.rebuild();
  }

  private async rebuild(): Promise<void> {
    knownWords(this.sql, this.name).clear();
    await this.sql.$executeRawUnsafe(`DELETE FROM search.lexicon WHERE index_name = $1`, this.name);
    for (let after = ""; ;) {
      const rows = await this.sql.$queryRawUnsafe<{ id: string; doc: D }[]>(
        `SELECT document_id AS id, doc FROM search.documents WHERE index_name = $1 AND document_id > $2 ORDER BY document_id LIMIT 500`,
        this.name,
        after,
      );
      const last = rows.at(-1);
      if (!last) return;
      await this.upsert(rows.map((r) => r.doc));
      after = last.id;
    }
  }

  async upsert(docs: D[]): Promise<void> {
    if (!docs.length) return;
    // Fields beyond the fourth share weight D; weights no field uses are left out of the SQL.
    const weights = WEIGHTS.slice(0, Math.min(this.settings.searchable.length, WEIGHTS.length));
    const texts = new Set<string>();
    const rows = docs.map((doc) => {
      const byWeight: Record<string, string> = {};
      this.settings.searchable.forEach((field, i) => {
        const w = WEIGHTS[Math.min(i, 3)] ?? "D";
        const text = textOf(doc[field]);
        texts.add(text);
        byWeight[w] = `${byWeight[w] ?? ""} ${text}`.trim();
      });
      return { id: doc.id, doc, tokens: filterTokens(doc, this.settings.filterable), ...byWeight };
    });
    const tsv = weights.length
      ? weights.map((w) => `setweight(to_tsvector('norwegian', coalesce(e->>'${w}', '')), '${w}')`).join(" || ")
      : "''::tsvector";
    await this.sql.$executeRawUnsafe(
      `INSERT INTO search.documents (index_name, document_id, doc, tokens, tsv, updated_at)
       SELECT $1, e->>'id', e->'doc', ARRAY(SELECT jsonb_array_elements_text(e->'tokens')), ${tsv}, now()
       FROM jsonb_array_elements($2::jsonb) e
       ON CONFLICT (index_name, document_id) DO UPDATE
         SET doc = excluded.doc, tokens = excluded.tokens, tsv = excluded.tsv, updated_at = now()`,
      this.name,
      JSON.stringify(rows),
    );
    // Field values repeat across documents (occupations, skills): each distinct text is split once.
    const lexicon = new Set<string>();
    for (const text of texts) for (const w of words(text)) if (w.length >= 3) lexicon.add(w);
    await this.sql.$executeRawUnsafe(
      `INSERT INTO search.lexicon (index_name, word) SELECT $1, w FROM unnest($2::text[]) w ON CONFLICT DO NOTHING`,
      this.name,
      [...lexicon],
    );
  }

  async delete(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.sql.$executeRawUnsafe(
      `DELETE FROM search.documents WHERE index_name = $1 AND document_id = ANY($2::text[])`,
      this.name,
      ids,
    );
  }

  async clear(): Promise<void> {
    knownWords(this.sql, this.name).clear();
    await this.sql.$executeRawUnsafe(`DELETE FROM search.documents WHERE index_name = $1`, this.name);
    await this.sql.$executeRawUnsafe(`DELETE FROM search.lexicon WHERE index_name = $1`, this.name);
  }

  /** Each query word with its synonyms and, if unknown to the index, its likely corrections. */
  private async termGroups(q: string): Promise<string[][]> {
    const { enabled, minWordLength } = this.settings.typoTolerance;
    const known = knownWords(this.sql, this.name);
    const queryWords = words(q);
    const unknown = [...new Set(queryWords.filter((w) => enabled && w.length >= minWordLength && !known.has(w)))];
    const corrections = new Map<string, string[]>();
    if (unknown.length) {
      // One round trip for every word. A correction within k edits has a length within k of the
      // word's, so the length band and the cheap, early-stopping levenshtein_less_equal come
      // before the trigram similarity: the CASE keeps that order (the planner would otherwise run
      // the % operator, which it thinks cheaper, on every word of the lexicon). Equally similar
      // words are taken in the order the lexicon first saw them (ctid: lexicon rows are never
      // updated), which favours common words over the rare misspellings that profiles add.
      const rows = await this.sql.$queryRawUnsafe<{ word: string; known: boolean; corrections: string[] }[]>(
        `SELECT q.word,
                EXISTS (SELECT 1 FROM search.lexicon WHERE index_name = $1 AND word = q.word) AS known,
                ARRAY(SELECT l.word FROM search.lexicon l
                      WHERE l.index_name = $1 AND length(l.word) BETWEEN length(q.word) - q.k AND length(q.word) + q.k
                        AND CASE WHEN levenshtein_less_equal(l.word, q.word, q.k) <= q.k AND l.word <> q.word THEN l.word % q.word ELSE false END
                      ORDER BY similarity(l.word, q.word) DESC, l.ctid LIMIT 3) AS corrections
         FROM unnest($2::text[], $3::int[]) AS q(word, k)`,
        this.name,
        unknown,
        unknown.map((w) => (w.length >= 8 ? 2 : 1)),
      );
      for (const row of rows) {
        if (row.known) rememberWord(this.sql, this.name, row.word);
        else corrections.set(row.word, row.corrections);
      }
    }
    return queryWords.map((word) => {
      const group = new Set([word]);
      for (const synonyms of this.settings.synonyms)
        if (synonyms.includes(word)) synonyms.flatMap(words).forEach((s) => group.add(s));
      corrections.get(word)?.forEach((c) => group.add(c));
      return [...group];
    });
  }

  health(): Promise<boolean> {
    return pingSearchSchema(this.sql);
  }

  /** The tenant's equality filter goes into the SQL of every search, as a containment on tokens. */
  forTenant(field: string, value: Scalar): TenantSearchIndex<D> {
    const tenant = checkTenant({ field, value }, this.settings);
    return { name: this.name, tenant, search: (query) => this.search(withTenantFilter(query, tenant)) };
  }

  async search(query: SearchQuery): Promise<SearchResult<D>> {
    const { page, perPage } = pageOf(query);
    const params = new Params();
    const index = params.add(this.name);
    const where = [`index_name = ${index}`];
    const groups = query.q ? await this.termGroups(query.q) : [];
    const tsText = tsqueryText(groups);
    const tsq = tsText ? `to_tsquery('norwegian', ${params.add(tsText)})` : null;
    if (tsq) where.push(`tsv @@ ${tsq}`);
    where.push(...filtersSql(query.filters ?? [], this.settings.filterable, params));

    // The scan keeps only what ranking, paging and facets need: the stored document is read by
    // primary key for the page's rows alone, not carried through the whole matched set.
    const sortKey = query.sort
      ? `doc->'${fieldName(query.sort.field, this.settings.sortable)}'`
      : tsq
        ? `ts_rank_cd(tsv, ${tsq})`
        : null;
    const orderBy = (t: string) =>
      query.sort
        ? `${t}sort_key ${query.sort.direction === "desc" ? "DESC" : "ASC"} NULLS LAST, ${t}document_id`
        : tsq
          ? `${t}sort_key DESC, ${t}document_id`
          : `${t}document_id`;
    const highlightFields = this.settings.searchable.slice(0, 3);
    const headline = (field: string) => {
      const text = fieldTextSql(fieldName(field, this.settings.searchable));
      return tsq
        ? `ts_headline('norwegian', ${text}, ${tsq}, 'StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true')`
        : text;
    };
    const limit = params.add(perPage);
    const offset = params.add((page - 1) * perPage);
    const facetFields = facetFieldsOf(query, this.settings).map((field) => fieldName(field, this.settings.filterable));
    const columns = [
      "document_id",
      ...(sortKey ? [`${sortKey} AS sort_key`] : []),
      ...facetFields.map((f, i) => `doc->'${f}' AS f${i}`),
    ];
    const matched = `SELECT ${columns.join(", ")} FROM search.documents WHERE ${where.join(" AND ")}`;
    const facetColumns = facetFields.map((f, i) => `('${f}', m.f${i})`).join(", ");

    // One statement: the matched set is computed once and serves the page, the total and every facet.
    const [row] = await this.sql.$queryRawUnsafe<
      {
        hits: { id: string; doc: D; hl: Record<string, string> }[];
        total: number;
        facets: { field: string; value: string; count: number }[];
      }[]
    >(
      `WITH matched AS MATERIALIZED (${matched}),
            page AS (SELECT ${sortKey ? "document_id, sort_key" : "document_id"} FROM matched ORDER BY ${orderBy("")} LIMIT ${limit} OFFSET ${offset})
       SELECT
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', page.document_id, 'doc', doc, 'hl',
                   jsonb_build_object(${highlightFields.map((f) => `'${f}', ${headline(f)}`).join(", ") || "'_', ''"})) ORDER BY ${orderBy("page.")}), '[]'::jsonb)
            FROM page JOIN search.documents d ON d.index_name = ${index} AND d.document_id = page.document_id) AS hits,
         (SELECT count(*)::int FROM matched) AS total,
         ${
           // Lists count per element, a scalar once, a missing value or JSON null not at all.
           facetFields.length
             ? `(SELECT coalesce(jsonb_agg(jsonb_build_object('field', field, 'value', value, 'count', n) ORDER BY field, n DESC, value), '[]'::jsonb)
                 FROM (SELECT f.field, v AS value, count(*)::int AS n
                       FROM matched m
                       CROSS JOIN LATERAL (VALUES ${facetColumns}) AS f(field, val)
                       CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN f.val IS NULL OR jsonb_typeof(f.val) = 'null' THEN '[]'::jsonb WHEN jsonb_typeof(f.val) = 'array' THEN f.val ELSE jsonb_build_array(f.val) END) v
                       GROUP BY f.field, v) counted)`
             : `'[]'::jsonb`
         } AS facets`,
      ...params.values,
    );
    const facets: FacetCounts = Object.fromEntries(facetFields.map((f) => [f, []]));
    for (const f of row?.facets ?? []) facets[f.field]?.push({ value: f.value, count: f.count });
    return {
      hits: (row?.hits ?? []).map((r) => ({
        id: r.id,
        doc: r.doc,
        highlights: Object.fromEntries(
          highlightFields.map((f) => [f, toHighlight(r.hl[f] ?? "", MARK_START, MARK_END)]),
        ),
      })),
      total: row?.total ?? 0,
      facets,
      page,
      perPage,
    };
  }
}

export function postgresEngine(sql: Sql): SearchEngine {
  return {
    name: "postgres",
    index: <D extends SearchDoc>(name: string, settings: IndexSettings) => new PostgresIndex<D>(sql, name, settings),
    health: () => pingSearchSchema(sql),
  };
}

/** Reads the adapter's own table, so a database without the search migration counts as down. */
function pingSearchSchema(sql: Sql): Promise<boolean> {
  return sql.$queryRawUnsafe(`SELECT 1 FROM search.index_settings LIMIT 1`).then(
    () => true,
    () => false,
  );
}
