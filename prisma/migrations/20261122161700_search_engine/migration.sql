-- Storage of the PostgreSQL search adapter (search/postgres). A schema of its own, outside the
-- Prisma data model: Prisma manages "public" only, so these GIN indexes cause no drift.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- `prisma migrate reset` drops only the schemas Prisma manages, so starting clean here makes a
-- reset followed by re-applying every migration work. On a first deploy this drops nothing.
DROP SCHEMA IF EXISTS search CASCADE;
CREATE SCHEMA search;

-- One row per indexed document. Only anonymised fields are ever written here.
CREATE TABLE search.documents (
    index_name  TEXT        NOT NULL,
    document_id TEXT        NOT NULL,
    doc         JSONB       NOT NULL,
    search_text TEXT        NOT NULL,
    tsv         TSVECTOR    NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (index_name, document_id)
);
CREATE INDEX documents_tsv_idx ON search.documents USING gin (tsv);
CREATE INDEX documents_trgm_idx ON search.documents USING gin (search_text gin_trgm_ops);
CREATE INDEX documents_doc_idx ON search.documents USING gin (doc jsonb_path_ops);

-- Distinct words per index, for typo correction with trigram similarity.
CREATE TABLE search.lexicon (
    index_name TEXT NOT NULL,
    word       TEXT NOT NULL,
    PRIMARY KEY (index_name, word)
);
CREATE INDEX lexicon_trgm_idx ON search.lexicon USING gin (word gin_trgm_ops);

CREATE TABLE search.index_settings (
    index_name TEXT        PRIMARY KEY,
    settings   JSONB       NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
