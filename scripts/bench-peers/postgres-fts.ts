import type { CandidateSearchDoc } from "~/domain/candidates/search-document";
import type { Db } from "~/lib/db.server";
import { pageOf, type FacetCounts, type SearchQuery } from "#search/port";
import type { IndexBuilder } from "../lib/build-in-turn";
import { benchFilters, peerFacets, queryTerms, type Peer, type PeerFacet, type PeerResult } from "./peer";

/**
 * The plain PostgreSQL full-text setup, as PostgreSQL's documentation describes it, in a schema
 * of its own: one table with ordinary columns and a stored generated tsvector column (weights A,
 * B, C for occupation, skills, summary, like the product's settings) with a GIN index; a table of
 * the distinct words (ts_stat) with a pg_trgm GIN index for spelling suggestions (the pg_trgm
 * chapter's "Text Search Integration"); ts_rank_cd ranking, ts_headline on the page's rows, facets
 * by GROUP BY, all in one statement per query. Bulk loaded the documented way: rows first, indexes after (Populating a Database).
 */
const SCHEMA = "bench_peer";

const FACET_COLUMN: Record<PeerFacet, string> = { languages: "languages", occupationGroups: "occupation_groups" };

type Row = {
  id: string;
  doc: CandidateSearchDoc;
  occupation: string;
  skills: string;
  summary: string;
  reach: string[];
  hours: number;
  languages: string[];
  groups: string[];
};

function rowOf(doc: CandidateSearchDoc): Row {
  return {
    id: doc.id,
    doc,
    occupation: doc.occupation,
    // The product joins list fields with a space before to_tsvector; so does this.
    skills: doc.skills.join(" "),
    summary: doc.summary,
    reach: doc.reachMunicipalities,
    hours: doc.hoursPerWeek,
    languages: doc.languages,
    groups: doc.occupationGroups,
  };
}

/** The peer's build in steps (buildInTurn): create, load batches, then indexes, the word list and ANALYZE. */
export function postgresPeerBuilder(db: Db): IndexBuilder<Peer> {
  return {
    name: "peer pg",
    async start() {
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
      await db.$executeRawUnsafe(`CREATE SCHEMA ${SCHEMA}`);
      await db.$executeRawUnsafe(`
        CREATE TABLE ${SCHEMA}.candidates (
          id                   text PRIMARY KEY,
          doc                  jsonb NOT NULL,
          occupation           text NOT NULL,
          skills               text NOT NULL,
          summary              text NOT NULL,
          reach_municipalities text[] NOT NULL,
          hours_per_week       numeric NOT NULL,
          languages            text[] NOT NULL,
          occupation_groups    text[] NOT NULL,
          tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('norwegian', occupation), 'A') ||
            setweight(to_tsvector('norwegian', skills), 'B') ||
            setweight(to_tsvector('norwegian', summary), 'C')) STORED
        )`);
    },
    async load(batch) {
      await db.$executeRawUnsafe(
        `INSERT INTO ${SCHEMA}.candidates (id, doc, occupation, skills, summary, reach_municipalities, hours_per_week, languages, occupation_groups)
         SELECT id, doc, occupation, skills, summary, reach, hours, languages, groups
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, doc jsonb, occupation text, skills text, summary text,
                                                reach text[], hours numeric, languages text[], groups text[])`,
        JSON.stringify(batch.map(rowOf)),
      );
    },
    async finish() {
      await db.$executeRawUnsafe(`CREATE INDEX candidates_tsv_idx ON ${SCHEMA}.candidates USING gin (tsv)`);
      // The filter every bench query has (the municipality the candidate must reach) gets the array's
      // own GIN index, as a plain setup with such a filter would.
      await db.$executeRawUnsafe(
        `CREATE INDEX candidates_reach_idx ON ${SCHEMA}.candidates USING gin (reach_municipalities)`,
      );
      await db.$executeRawUnsafe(
        `CREATE TABLE ${SCHEMA}.words AS
           SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', occupation || '' '' || skills || '' '' || summary) FROM ${SCHEMA}.candidates')`,
      );
      // Its key answers "is this word known?" before suggestions are looked for.
      await db.$executeRawUnsafe(`ALTER TABLE ${SCHEMA}.words ADD PRIMARY KEY (word)`);
      await db.$executeRawUnsafe(`CREATE INDEX words_trgm_idx ON ${SCHEMA}.words USING gin (word gin_trgm_ops)`);
      await db.$executeRawUnsafe(`ANALYZE ${SCHEMA}.candidates`);
      await db.$executeRawUnsafe(`ANALYZE ${SCHEMA}.words`);
      return new PostgresPeer(db);
    },
  };
}

class PostgresPeer implements Peer {
  readonly name = "postgres-fts";
  constructor(private readonly db: Db) {}

  async search(query: SearchQuery): Promise<PeerResult> {
    const { page, perPage } = pageOf(query);
    const terms = queryTerms(query.q);
    const filters = benchFilters(query.filters);
    const facets = peerFacets(query.facets);
    const values: unknown[] = [];
    const param = (v: unknown) => `$${values.push(v)}`;
    const where: string[] = [];
    const from = [`${SCHEMA}.candidates c`];
    // The tsquery is written in the same statement as the search (one round trip, as the product's
    // search of a known word takes): each word typed as a prefix, OR its synonyms, OR, when the
    // word list does not hold it and it is long enough, the three most similar words by trigrams.
    // Words are letters and digits only (words()), so they are safe in to_tsquery syntax.
    const withQuery = terms.length
      ? `q AS MATERIALIZED (
           SELECT to_tsquery('norwegian', string_agg('(' || t.typed || ':*' || t.alts ||
             CASE WHEN t.fuzzy AND NOT EXISTS (SELECT 1 FROM ${SCHEMA}.words w WHERE w.word = t.typed)
               THEN coalesce((SELECT string_agg(' | ' || s.word, '' ORDER BY s.sml DESC, s.word)
                              FROM (SELECT w.word, similarity(w.word, t.typed) AS sml FROM ${SCHEMA}.words w
                                    WHERE w.word % t.typed ORDER BY sml DESC, w.word LIMIT 3) s), '')
               ELSE '' END || ')', ' & ' ORDER BY t.n)) AS query
           FROM jsonb_to_recordset(${param(
             JSON.stringify(
               terms.map((t, n) => ({
                 n,
                 typed: t.typed,
                 alts: t.synonyms.map((w) => ` | ${w}`).join(""),
                 fuzzy: t.tolerateTypos,
               })),
             ),
           )}::jsonb) AS t(n int, typed text, alts text, fuzzy boolean)),`
      : "";
    const tsquery = terms.length > 0;
    if (tsquery) {
      from.push("q");
      where.push("c.tsv @@ q.query");
    }
    if (filters.reach !== undefined) where.push(`c.reach_municipalities @> ARRAY[${param(filters.reach)}]::text[]`);
    if (filters.minHours !== undefined) where.push(`c.hours_per_week >= ${param(filters.minHours)}`);
    const rank = tsquery ? "ts_rank_cd(c.tsv, q.query)" : "0";
    const headline = (column: string) =>
      tsquery ? `ts_headline('norwegian', c.${column}, q.query, 'HighlightAll=true')` : `c.${column}`;
    const facetSql = facets.length
      ? `(SELECT coalesce(jsonb_agg(jsonb_build_object('field', field, 'value', value, 'count', n) ORDER BY field, n DESC, value), '[]'::jsonb)
          FROM (${facets
            .map(
              (f) =>
                `SELECT '${f}' AS field, v AS value, count(*)::int AS n FROM matched, unnest(matched.${FACET_COLUMN[f]}) v GROUP BY v`,
            )
            .join(" UNION ALL ")}) counted)`
      : `'[]'::jsonb`;
    const [row] = await this.db.$queryRawUnsafe<
      { hits: PeerResult["hits"]; total: number; facets: { field: string; value: string; count: number }[] }[]
    >(
      `WITH ${withQuery}
       matched AS MATERIALIZED (
         SELECT c.id, ${rank} AS rank${facets.map((f) => `, c.${FACET_COLUMN[f]}`).join("")}
         FROM ${from.join(", ")}
         ${where.length ? `WHERE ${where.join(" AND ")}` : ""}),
       page AS (SELECT id, rank FROM matched ORDER BY rank DESC, id LIMIT ${param(perPage)} OFFSET ${param((page - 1) * perPage)})
       SELECT
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'doc', c.doc, 'hl', jsonb_build_object(
                   'occupation', ${headline("occupation")}, 'skills', ${headline("skills")}, 'summary', ${headline("summary")}))
                   ORDER BY page.rank DESC, page.id), '[]'::jsonb)
            FROM page JOIN ${SCHEMA}.candidates c ON c.id = page.id${tsquery ? ", q" : ""}) AS hits,
         (SELECT count(*)::int FROM matched) AS total,
         ${facetSql} AS facets`,
      ...values,
    );
    const counts: FacetCounts = Object.fromEntries(facets.map((f) => [f, []]));
    for (const f of row?.facets ?? []) counts[f.field]?.push({ value: f.value, count: f.count });
    return { hits: row?.hits ?? [], total: row?.total ?? 0, facets: counts };
  }
}
