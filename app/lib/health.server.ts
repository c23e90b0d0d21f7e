import { searchHealth, type SearchHealth } from "#search/registry.server";
import { databaseKind, db } from "./db.server";

export type Health = {
  status: "ok" | "degraded";
  database: { kind: "postgresql" | "pglite"; ok: boolean };
  search: SearchHealth | { engine: "unknown"; ok: false; pending: null };
};

/** For /healthz: a load balancer and the operator see at once which part is down. */
export async function checkHealth(): Promise<Health> {
  const database = {
    kind: databaseKind(),
    ok: await db().$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    ),
  };
  const search: Health["search"] = await searchHealth(db()).catch(
    () => ({ engine: "unknown", ok: false, pending: null }) as const,
  );
  return { status: database.ok && search.ok ? "ok" : "degraded", database, search };
}
