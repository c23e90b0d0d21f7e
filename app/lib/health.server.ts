import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { searchHealth, type SearchHealth } from "#search/registry.server";
import { databaseKind, db } from "./db.server";

export type Readiness = {
  status: "ready" | "not-ready";
  database: { kind: "postgresql" | "pglite"; ok: boolean };
  migrations: { ok: boolean; pending: string[] };
  search: SearchHealth | { engine: "unknown"; ok: false; pending: null };
};

/** The migrations this build expects, as `prisma migrate deploy` names them. */
function expectedMigrations(): string[] {
  const dir = path.resolve("prisma/migrations");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

async function pendingMigrations(): Promise<string[] | null> {
  const applied = await db().$queryRaw<
    { migration_name: string }[]
  >`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch(
    () => null,
  );
  if (!applied) return null;
  const done = new Set(applied.map((m) => m.migration_name));
  return expectedMigrations().filter((name) => !done.has(name));
}

/**
 * For /readyz: may this instance take traffic? The database answers, every migration of this build
 * is applied, and the search engine answers. A load balancer sends traffic only when it is ready;
 * the operator sees at once which part is not.
 */
export async function checkReadiness(): Promise<Readiness> {
  const ok = await db().$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const pending = ok ? await pendingMigrations() : null;
  const search: Readiness["search"] = await searchHealth(db()).catch(
    () => ({ engine: "unknown", ok: false, pending: null }) as const,
  );
  const migrations = { ok: pending !== null && pending.length === 0, pending: pending ?? [] };
  return {
    status: ok && migrations.ok && search.ok ? "ready" : "not-ready",
    database: { kind: databaseKind(), ok },
    migrations,
    search,
  };
}
