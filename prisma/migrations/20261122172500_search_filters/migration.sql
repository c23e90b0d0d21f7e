-- Filterable fields of each document, every value as an array, so that all equality filters of a
-- query become ONE containment test that the GIN index answers (search/postgres).
ALTER TABLE search.documents ADD COLUMN filters JSONB NOT NULL DEFAULT '{}'::jsonb;
CREATE INDEX documents_filters_idx ON search.documents USING gin (filters jsonb_path_ops);
DROP INDEX IF EXISTS search.documents_doc_idx;
