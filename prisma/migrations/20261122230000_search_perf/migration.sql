-- Search performance (docs/decisions/0006-candidate-search-performance.md). Only the schema of the
-- search adapter changes: Prisma does not manage it, so none of this is drift.

-- search_text and its trigram index were written on every upsert and read by no query (typo
-- correction reads search.lexicon): half of the indexing time went into that index.
DROP INDEX IF EXISTS search.documents_trgm_idx;
ALTER TABLE search.documents DROP COLUMN IF EXISTS search_text;

-- Equality and list filters become text tokens "field=<value as JSON>", for example
-- reachMunicipalities="0301" or hoursPerWeek=20, in a GIN index on a text array. Containment (@>)
-- and overlap (&&) on an array GIN index are exact, so the rows it returns need no recheck, while
-- jsonb_path_ops stores hashes and made the filters of every candidate row be parsed again.
ALTER TABLE search.documents ADD COLUMN tokens TEXT[] NOT NULL DEFAULT '{}';
UPDATE search.documents d
   SET tokens = coalesce((SELECT array_agg(e.key || '=' || v::text)
                            FROM jsonb_each(d.filters) e
                            CROSS JOIN LATERAL jsonb_array_elements(e.value) v
                           WHERE jsonb_typeof(v) IN ('string', 'number', 'boolean')), '{}');

-- The jsonb filters column goes: tokens answer equality and lists, and facets and ranges read the
-- document itself, which keeps each field with its own JSON type.
DROP INDEX IF EXISTS search.documents_filters_idx;
ALTER TABLE search.documents DROP COLUMN IF EXISTS filters;

-- Rows stay uncompressed and in line up to a page: a search reads facet values and ranges from
-- the document of every matching row, and with the default (2 kB) the larger documents were
-- compressed and had to be decompressed for each of those reads.
ALTER TABLE search.documents SET (toast_tuple_target = 8160);

-- One GIN index over tokens AND the tsvector instead of one per column: a query with words and
-- filters is then answered by one index scan that intersects the posting lists as it goes (and
-- can skip ahead in the long list of a common word), where two scans each built a bitmap of
-- every match and ANDed the bitmaps afterwards. A multicolumn GIN
-- index also serves queries on either column alone.
--
-- A smaller pending list (2 MB instead of 4 MB): every search scans the unsorted pending entries
-- of the GIN index, and PGlite has no autovacuum to merge them, so the list stays until it fills.
-- Measured on 100 000 candidates (docs/decisions/0006): 412 pending pages (3.3 MB) added 4.5 ms to
-- the 95th percentile of a search, and indexing all of them took 14.7 s with 256 kB, 12.1 s with 1 MB,
-- 10.9 s with 2 MB and 10.7 s with 4 MB, and about three times as long with fastupdate off.
CREATE INDEX documents_search_idx ON search.documents USING gin (tokens, tsv) WITH (gin_pending_list_limit = 2048);
DROP INDEX IF EXISTS search.documents_tsv_idx;
ALTER INDEX search.lexicon_trgm_idx SET (gin_pending_list_limit = 2048);

-- Typo correction looks only at words whose length is within the allowed edits of the typed word.
CREATE INDEX lexicon_length_idx ON search.lexicon (index_name, length(word));
