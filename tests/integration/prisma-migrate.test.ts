import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "~/lib/db.server";
import { defaultKind, withDatabase } from "../support/test-db";

/**
 * `prisma migrate` through scripts/prisma.ts, which brings in the stand-in schema engine when
 * no native one is installed (docs/decisions/0002). Runs on PGlite, or on PostgreSQL in the
 * PostgreSQL pass of `npm test`.
 */
const root = path.resolve(import.meta.dirname, "../..");
const kind = defaultKind();

function prisma(args: string[], env: Record<string, string | undefined>) {
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/prisma.ts", ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe(`prisma migrate on ${kind}`, { timeout: 180_000 }, () => {
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  let tables: () => Promise<string[]>;

  beforeAll(async () => {
    if (kind === "pglite") {
      const dir = path.join(mkdtempSync(path.join(tmpdir(), "arbeidsbro-migrate-")), "nested", "db");
      env = { DATABASE_URL: undefined, PGLITE_DIR: dir };
      tables = async () => {
        const p = openPglite(dir);
        const r = await p.query<{ t: string }>(
          `SELECT table_schema || '.' || table_name AS t FROM information_schema.tables WHERE table_schema IN ('public','search') ORDER BY 1`,
        );
        await p.close();
        return r.rows.map((row) => row.t);
      };
      cleanup = async () => rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
    } else {
      const base = process.env.TEST_DATABASE_URL ?? "";
      const name = `arbeidsbro_migrate_${randomBytes(4).toString("hex")}`;
      const url = withDatabase(base, name);
      env = { DATABASE_URL: url };
      const query = async (connectionString: string, sql: string) => {
        const c = new pg.Client({ connectionString });
        await c.connect();
        try {
          return await c.query<{ t: string }>(sql);
        } finally {
          await c.end();
        }
      };
      tables = async () =>
        (
          await query(
            url,
            `SELECT table_schema || '.' || table_name AS t FROM information_schema.tables WHERE table_schema IN ('public','search') ORDER BY 1`,
          )
        ).rows.map((r) => r.t);
      cleanup = async () => {
        await query(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        const leftovers = await query(
          base,
          `SELECT datname AS t FROM pg_database WHERE datname LIKE 'prisma_shadow_%'`,
        );
        expect(leftovers.rows).toEqual([]);
      };
    }
  });
  afterAll(() => cleanup());

  it("deploy creates the database and applies every migration", async () => {
    const r = prisma(["migrate", "deploy"], env);
    expect(r.out).toContain("All migrations have been successfully applied");
    expect(r.status).toBe(0);
    const t = await tables();
    expect(t).toEqual(
      expect.arrayContaining([
        "public.Organization",
        "public.User",
        "public.Session",
        "public.AuditEvent",
        "public._prisma_migrations",
        "search.documents",
        "search.lexicon",
      ]),
    );
  });

  it("status reports the schema up to date", () => {
    const r = prisma(["migrate", "status"], env);
    expect(r.out).toContain("Database schema is up to date");
    expect(r.status).toBe(0);
  });

  it("migrate dev finds nothing to do (the hand-written SQL causes no drift)", () => {
    const r = prisma(["migrate", "dev"], env);
    expect(r.out).toContain("Already in sync");
    expect(r.status).toBe(0);
  });

  it("the migrations match schema.prisma (no drift)", () => {
    const r = prisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      env,
    );
    expect(r.out).toContain("No difference detected");
    expect(r.status).toBe(0);
  });

  it("reset drops everything and applies the migrations again", async () => {
    const r = prisma(["migrate", "reset", "--force"], env);
    expect(r.status).toBe(0);
    expect(await tables()).toEqual(expect.arrayContaining(["public.Organization", "search.documents"]));
  });
});
