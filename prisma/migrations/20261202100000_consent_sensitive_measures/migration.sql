-- Sensitive measures (IPS, VTA-O, varig lønnstilskudd, funksjonsassistanse: measureSensitivity in
-- app/domain/measures/measure-codes.ts) reach employers only with the candidate's consent to share
-- accommodation needs and sensitive categories (docs/decisions/0007-candidate-privacy.md). The
-- application builds candidate documents that way from now on, and this takes them out of the
-- documents the PostgreSQL search engine already holds and of index writes still waiting in the
-- outbox, for every candidate without that consent in force. Data only, no schema change.
-- No semicolon in comments: @prisma/adapter-pg, which runs migrations here, splits scripts on every one.
-- A Meilisearch index keeps its documents outside this database: run `npm run search:reindex`.
UPDATE search.documents d
SET doc = jsonb_set(d.doc, '{measures}', COALESCE((
      SELECT jsonb_agg(m.value ORDER BY m.position)
      FROM jsonb_array_elements(d.doc->'measures') WITH ORDINALITY AS m(value, position)
      WHERE m.value #>> '{}' NOT IN ('IPS_JOBBSTOTTE', 'VTA_O', 'VARIG_LONNSTILSKUDD', 'FUNKSJONSASSISTANSE')
    ), '[]'::jsonb)),
    tokens = ARRAY(
      SELECT tok.value FROM unnest(d.tokens) WITH ORDINALITY AS tok(value, position)
      WHERE tok.value NOT IN ('measures="IPS_JOBBSTOTTE"', 'measures="VTA_O"', 'measures="VARIG_LONNSTILSKUDD"', 'measures="FUNKSJONSASSISTANSE"')
      ORDER BY tok.position
    ),
    updated_at = now()
WHERE d.index_name = 'candidates'
  AND jsonb_typeof(d.doc->'measures') = 'array'
  AND d.doc->'measures' ?| ARRAY['IPS_JOBBSTOTTE', 'VTA_O', 'VARIG_LONNSTILSKUDD', 'FUNKSJONSASSISTANSE']
  AND NOT EXISTS (SELECT 1 FROM "Candidate" c WHERE c.id = d.document_id AND c."accommodationConsentAt" IS NOT NULL);

UPDATE "SearchOutbox" o
SET payload = jsonb_set(o.payload, '{measures}', COALESCE((
      SELECT jsonb_agg(m.value ORDER BY m.position)
      FROM jsonb_array_elements(o.payload->'measures') WITH ORDINALITY AS m(value, position)
      WHERE m.value #>> '{}' NOT IN ('IPS_JOBBSTOTTE', 'VTA_O', 'VARIG_LONNSTILSKUDD', 'FUNKSJONSASSISTANSE')
    ), '[]'::jsonb))
WHERE o."indexName" = 'candidates'
  AND o."op" = 'UPSERT'
  AND o."processedAt" IS NULL
  AND jsonb_typeof(o.payload->'measures') = 'array'
  AND o.payload->'measures' ?| ARRAY['IPS_JOBBSTOTTE', 'VTA_O', 'VARIG_LONNSTILSKUDD', 'FUNKSJONSASSISTANSE']
  AND NOT EXISTS (SELECT 1 FROM "Candidate" c WHERE c.id = o."documentId" AND c."accommodationConsentAt" IS NOT NULL);
