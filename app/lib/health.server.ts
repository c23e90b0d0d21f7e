import { searchHealth } from "../../search/registry.server";
import { databaseKind, db } from "./db.server";

export type Health = {
  status: "ok" | "degraded";
  database: { kind: "postgresql" | "pglite"; ok: boolean };
  search: Awaited<ReturnType<typeof searchHealth>>;
};

/** For /healthz: a load balancer and the operator see at once which part is down. */
export async function checkHealth(): Promise<Health> {
  const database = { kind: databaseKind(), ok: await db().$queryRaw`SELECT 1`.then(() => true, () => false) };
  const search = await searchHealth(db()).catch(() => ({ engine: "unknown", ok: false, pending: -1 }) as const);
  return { status: database.ok && search.ok ? "ok" : "degraded", database, search };
}
