import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "./env.server";

export type Db = PrismaClient;

/** Extensions the migrations use; PGlite must load them before CREATE EXTENSION works. */
export const pgliteExtensions = { pg_trgm, fuzzystrmatch };

export function openPglite(dir: string): PGlite {
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true }); // PGlite does not create parent folders
  return new PGlite(dir, { extensions: pgliteExtensions });
}

const pglites = new WeakMap<Db, PGlite>();

export function createDb(options: { databaseUrl?: string; pgliteDir?: string } = {}): Db {
  const url = options.databaseUrl ?? env().DATABASE_URL;
  if (url) return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const pglite = openPglite(options.pgliteDir ?? env().PGLITE_DIR);
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  pglites.set(client, pglite);
  return client;
}

/** $disconnect leaves an embedded database open (and the process alive); this closes both. */
export async function closeDb(client: Db): Promise<void> {
  await client.$disconnect();
  await pglites.get(client)?.close();
}

const globalForDb = globalThis as unknown as { arbeidsbroDb?: Db };

/** The process-wide client; kept on globalThis so dev-server reloads reuse one PGlite. */
export function db(): Db {
  globalForDb.arbeidsbroDb ??= createDb();
  return globalForDb.arbeidsbroDb;
}

/** Tests that call route loaders point the process-wide client at their own database (undefined: back to the configured one). */
export function useProcessDbForTests(client: Db | undefined): void {
  globalForDb.arbeidsbroDb = client;
}

/** Disconnects the process-wide client (shutdown): its PGlite files are closed cleanly. */
export async function closeProcessDb(): Promise<void> {
  const client = globalForDb.arbeidsbroDb;
  globalForDb.arbeidsbroDb = undefined;
  if (client) await closeDb(client);
}

export function databaseKind(): "postgresql" | "pglite" {
  return env().DATABASE_URL ? "postgresql" : "pglite";
}
