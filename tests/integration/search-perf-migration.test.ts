import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "~/generated/prisma/client";
import { openPglite } from "~/lib/db.server";
import { postgresEngine } from "#search/postgres/postgres-index";
import { contractDocs, contractSettings, type ContractDoc } from "#search/contract/search-contract";
import { filterTokens } from "#search/postgres/sql";
import { defaultKind, withDatabase } from "../support/test-db";

/**
 * Upgrading a database indexed before 20261122230000_search_perf: the migration derives the
 * filter tokens from the old jsonb filters column, so filters keep working before any reindex,
 * and the tokens are the ones the adapter itself writes. Runs on PGlite, or on PostgreSQL in the
 * PostgreSQL pass of `npm test`.
 */
const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const PERF = "20261122230000_search_perf";
const migrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const sqlOf = (name: string) => readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
const before = migrations.filter((m) => m < PERF);
const from = migrations.filter((m) => m >= PERF);

/** Rows as the adapter wrote them before: every filterable value as an array, text in search_text. */
function oldRows(docs: ContractDoc[]) {
  return docs.map((doc) => ({
    id: doc.id,
    doc,
    filters: Object.fromEntries(
      contractSettings.filterable
        .filter((f) => doc[f] !== undefined)
        .map((f) => [f, Array.isArray(doc[f]) ? doc[f] : [doc[f]]]),
    ),
    A: doc.title,
    B: doc.skills.join(" "),
    C: doc.description,
  }));
}
const OLD_INSERT = `INSERT INTO search.documents (index_name, document_id, doc, filters, search_text, tsv)
  SELECT 'contract', e->>'id', e->'doc', e->'filters', concat_ws(' ', e->>'A', e->>'B', e->>'C'),
         setweight(to_tsvector('norwegian', e->>'A'), 'A') || setweight(to_tsvector('norwegian', e->>'B'), 'B') || setweight(to_tsvector('norwegian', e->>'C'), 'C')
  FROM jsonb_array_elements($1::jsonb) e`;

describe(`search migration ${PERF} on ${defaultKind()}`, () => {
  let db: PrismaClient;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const payload = JSON.stringify(oldRows(contractDocs));
    const settings = JSON.stringify(contractSettings);
    if (defaultKind() === "pglite") {
      const pglite = openPglite("memory://");
      for (const m of before) await pglite.exec(sqlOf(m));
      await pglite.query(`INSERT INTO search.index_settings (index_name, settings) VALUES ('contract', $1::jsonb)`, [
        settings,
      ]);
      await pglite.query(OLD_INSERT, [payload]);
      for (const m of from) await pglite.exec(sqlOf(m));
      db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
      close = async () => {
        await db.$disconnect();
        await pglite.close();
      };
      return;
    }
    const base = process.env.TEST_DATABASE_URL ?? "";
    const name = `arbeidsbro_search_perf_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = withDatabase(base, name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const m of before) await client.query(sqlOf(m));
    await client.query(`INSERT INTO search.index_settings (index_name, settings) VALUES ('contract', $1::jsonb)`, [
      settings,
    ]);
    await client.query(OLD_INSERT, [payload]);
    for (const m of from) await client.query(sqlOf(m));
    await client.end();
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    close = async () => {
      await db.$disconnect();
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    };
  });
  afterAll(() => close());

  it("derives the same filter tokens the adapter writes", async () => {
    const rows = await db.$queryRawUnsafe<{ id: string; tokens: string[] }[]>(
      `SELECT document_id AS id, tokens FROM search.documents ORDER BY document_id`,
    );
    expect(rows).toHaveLength(contractDocs.length);
    for (const row of rows) {
      const doc = contractDocs.find((d) => d.id === row.id)!;
      expect([...row.tokens].sort()).toEqual(filterTokens(doc, contractSettings.filterable).sort());
    }
  });

  it("searches, filters and counts facets on the migrated rows before any reindex", async () => {
    const index = postgresEngine(db).index<ContractDoc>("contract", contractSettings);
    const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id).sort();
    expect(ids(await index.search({ q: "barnehage", filters: [{ field: "county", op: "eq", value: "50" }] }))).toEqual([
      "o5",
    ]);
    expect(ids(await index.search({ filters: [{ field: "measures", op: "eq", value: "MENTOR" }] }))).toEqual([
      "o1",
      "o5",
    ]);
    expect(ids(await index.search({ filters: [{ field: "hours", op: "range", gte: 25, lte: 30 }] }))).toEqual([
      "o3",
      "o5",
    ]);
    expect(ids(await index.search({ filters: [{ field: "hours", op: "eq", value: 37.5 }] }))).toEqual(["o2"]);
    expect(ids(await index.forTenant("company", "c1").search({}))).toEqual(["o1", "o3"]);
    const r = await index.search({ filters: [{ field: "kind", op: "eq", value: "JOB" }], facets: ["county"] });
    expect(r.facets.county).toEqual([
      { value: "46", count: 2 },
      { value: "50", count: 2 },
    ]);
  });

  it("leaves no column or index the adapter no longer uses", async () => {
    const columns = await db.$queryRawUnsafe<{ c: string }[]>(
      `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'search' AND table_name = 'documents' ORDER BY 1`,
    );
    expect(columns.map((c) => c.c)).toEqual(["doc", "document_id", "index_name", "tokens", "tsv", "updated_at"]);
    const indexes = await db.$queryRawUnsafe<{ i: string }[]>(
      `SELECT indexname AS i FROM pg_indexes WHERE schemaname = 'search' AND tablename = 'documents' ORDER BY 1`,
    );
    expect(indexes.map((i) => i.i)).toEqual(["documents_pkey", "documents_search_idx"]);
  });
});
