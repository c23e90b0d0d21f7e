import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "~/generated/prisma/client";
import { openPglite } from "~/lib/db.server";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** The migration SQL in the order `prisma migrate deploy` applies it. */
export function migrationSql(): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
}

export type TestDb = {
  db: PrismaClient;
  kind: "pglite" | "postgresql";
  /** Set for PostgreSQL: the connection string of this test's own database */
  url?: string;
  /** Another client on the same database, as a second app instance would have */
  connectAgain: () => Promise<PrismaClient>;
  close: () => Promise<void>;
};

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, and a
 * throw-away database on the server named by TEST_DATABASE_URL when `kind` asks for it.
 * Migrations are applied as plain SQL here for speed; `prisma migrate deploy` itself is
 * exercised in tests/integration/prisma-migrate.test.ts.
 */
export async function createTestDb(kind: "pglite" | "postgresql" = defaultKind()): Promise<TestDb> {
  if (kind === "pglite") {
    const pglite = openPglite("memory://");
    for (const sql of migrationSql()) await pglite.exec(sql);
    const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      db,
      kind,
      connectAgain: async () => new PrismaClient({ adapter: new PrismaPGlite(pglite) }),
      close: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `arbeidsbro_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(base, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const sql of migrationSql()) await client.query(sql);
  await client.end();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    db,
    kind,
    url,
    connectAgain: async () => new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }),
    close: async () => {
      await db.$disconnect();
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** Integration tests run twice in `npm test`: once on PGlite, once with TEST_DB_KIND=postgresql. */
export function defaultKind(): "pglite" | "postgresql" {
  return process.env.TEST_DB_KIND === "postgresql" ? "postgresql" : "pglite";
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
