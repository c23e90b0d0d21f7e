import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PgFields, Target } from "./target";

const OID_CHAR = 18;
const OID_TEXT = 25;

/**
 * adapter-pg 7.10 cannot map the catalog type "char" (OID 18), which the engine's introspection
 * reads (e.g. pg_class.relkind). Its text form is a one-letter string, so reporting it as text
 * is exact. Patched once, in this process only.
 */
type RowDescription = { fields: { dataTypeID: number }[] };
type QueryProto = { handleRowDescription: (msg: RowDescription) => void };
const queryProto = (pg as unknown as { Query: { prototype: QueryProto } }).Query.prototype;
const originalRowDescription = queryProto.handleRowDescription;
queryProto.handleRowDescription = function (this: QueryProto, msg: RowDescription) {
  for (const field of msg.fields) if (field.dataTypeID === OID_CHAR) field.dataTypeID = OID_TEXT;
  return originalRowDescription.call(this, msg);
};

const extensions = { pg_trgm, fuzzystrmatch };

/** Every adapter an engine opened, so the caller can dispose them (engine.free() does not). */
export class AdapterTracker {
  private readonly open = new Set<SqlDriverAdapter>();
  private readonly closers: (() => Promise<void>)[] = [];

  track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.open.add(adapter);
    return adapter;
  }

  onClose(fn: () => Promise<void>): void {
    this.closers.push(fn);
  }

  async disposeAll(): Promise<void> {
    for (const adapter of this.open) await adapter.dispose().catch(() => undefined);
    this.open.clear();
    while (this.closers.length) await this.closers.pop()?.().catch(() => undefined);
  }
}

export function adminQuery(fields: PgFields, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ ...fields, database: "postgres" });
  return client
    .connect()
    .then(() => client.query(sql))
    .finally(() => client.end());
}

let pgliteMain: PGlite | undefined;
export function mainPglite(dir: string): PGlite {
  if (!pgliteMain) {
    mkdirSync(path.dirname(dir), { recursive: true }); // PGlite does not create parent folders
    pgliteMain = new PGlite(dir, { extensions });
  }
  return pgliteMain;
}

export async function closePglite(): Promise<void> {
  await pgliteMain?.close();
  pgliteMain = undefined;
}

export function adapterFactory(target: Target, tracker: AdapterTracker): SqlMigrationAwareDriverAdapterFactory {
  if (target.kind === "pglite") {
    return {
      provider: "postgres",
      adapterName: "@prisma/adapter-pglite",
      // The main PGlite stays open for the whole process; closing it per call would cost a restart.
      connect: async () => tracker.track(await new PrismaPGlite(mainPglite(target.dir)).connect()),
      // The adapter's own shadow database lacks the extensions our migrations create.
      connectToShadowDb: async () => {
        const shadow = new PGlite("memory://", { extensions });
        tracker.onClose(() => shadow.close());
        return tracker.track(await new PrismaPGlite(shadow).connect());
      },
    };
  }
  const { fields } = target;
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => tracker.track(await new PrismaPg({ ...fields, max: 2, idleTimeoutMillis: 500 }).connect()),
    connectToShadowDb: async () => {
      const database = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
      await adminQuery(fields, `CREATE DATABASE "${database}"`);
      const adapter = await new PrismaPg({ ...fields, database, max: 2 }).connect();
      // Dropped only after its pool has closed: PostgreSQL refuses to drop a database in use.
      tracker.onClose(() => adminQuery(fields, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).then(() => undefined));
      return tracker.track(adapter);
    },
  };
}
