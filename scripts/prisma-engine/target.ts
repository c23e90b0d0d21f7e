import path from "node:path";

/**
 * Where the CLI's datasource URL points. The embedded database is named by a URL the CLI
 * accepts for provider "postgresql": host `pglite.local` and the folder in `?dir=`.
 */
export type Target = { kind: "pglite"; dir: string } | { kind: "postgres"; fields: PgFields };

export type PgFields = { host: string; port: number; user: string; password?: string; database: string };

export const PGLITE_HOST = "pglite.local";

export function pgliteUrl(dir: string): string {
  return `postgresql://${PGLITE_HOST}/arbeidsbro?dir=${encodeURIComponent(path.resolve(dir))}`;
}

export function parseTarget(url: string): Target {
  const u = new URL(url);
  if (u.hostname === PGLITE_HOST) {
    const dir = u.searchParams.get("dir");
    if (!dir) throw new Error("pglite URL needs ?dir=");
    return { kind: "pglite", dir };
  }
  // Discrete fields, not a connection string: pg lets a connection string override `database`,
  // which would point the shadow database's pool at the main database.
  return {
    kind: "postgres",
    fields: {
      host: decodeURIComponent(u.hostname) || "localhost",
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username) || "postgres",
      password: u.password ? decodeURIComponent(u.password) : undefined,
      database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    },
  };
}
