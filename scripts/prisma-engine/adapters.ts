import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gunzipSync } from "node:zlib";
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
    while (this.closers.length)
      await this.closers
        .pop()?.()
        .catch(() => undefined);
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

/**
 * A PGlite shadow database needs a freshly initialised cluster, and `initdb` inside WASM takes
 * ~2 s, several times per `migrate dev`. A snapshot of an empty cluster loads in ~0.3 s, so it
 * is made once per PGlite version and kept in node_modules/.cache (4.5 MB gzipped).
 */
let emptyCluster: Promise<Blob | undefined> | undefined;
function emptyClusterImage(): Promise<Blob | undefined> {
  // Only a speed-up: a failure here means a fresh cluster, never a failed migration.
  emptyCluster ??= loadOrMakeEmptyCluster().catch(() => undefined);
  return emptyCluster;
}

function pgliteVersion(): string {
  // The package does not export its package.json.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const name = `node_modules${path.sep}@electric-sql${path.sep}pglite`;
  const pkg = JSON.parse(
    readFileSync(path.join(entry.slice(0, entry.lastIndexOf(name) + name.length), "package.json"), "utf8"),
  ) as { version: string };
  return pkg.version;
}

async function loadOrMakeEmptyCluster(): Promise<Blob> {
  const file = path.resolve(
    import.meta.dirname,
    "../../node_modules/.cache/arbeidsbro-prisma-engine",
    `pglite-${pgliteVersion()}-empty.tar.gz`,
  );
  let gz: Buffer | undefined;
  try {
    gz = readFileSync(file);
  } catch {
    const fresh = new PGlite("memory://", { extensions });
    // dumpDataDir before the cluster is ready never settles.
    await fresh.waitReady;
    const dump = await fresh.dumpDataDir("gzip");
    await fresh.close();
    gz = Buffer.from(await dump.arrayBuffer());
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      // Rename is atomic, so a concurrent engine never reads half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, gz);
      renameSync(tmp, file);
    } catch {
      // A read-only node_modules only costs speed.
    }
  }
  try {
    // Unpacked once here rather than by PGlite for every shadow database.
    return new Blob([gunzipSync(gz)], { type: "application/x-tar" });
  } catch (err) {
    rmSync(file, { force: true });
    throw err;
  }
}

async function shadowPglite(): Promise<PGlite> {
  const image = await emptyClusterImage();
  if (image) {
    try {
      const shadow = new PGlite("memory://", { extensions, loadDataDir: image });
      await shadow.waitReady;
      return shadow;
    } catch {
      // A damaged snapshot: fall through to a fresh cluster.
    }
  }
  return new PGlite("memory://", { extensions });
}

export function adapterFactory(target: Target, tracker: AdapterTracker): SqlMigrationAwareDriverAdapterFactory {
  if (target.kind === "pglite") {
    return {
      provider: "postgres",
      adapterName: "@prisma/adapter-pglite",
      // One PGlite per folder: the engine may connect more than once per request, and two
      // instances on one data directory would corrupt it. Closed after each request (main.ts).
      connect: async () => tracker.track(await new PrismaPGlite(mainPglite(target.dir)).connect()),
      // The adapter's own shadow database lacks the extensions our migrations create.
      connectToShadowDb: async () => {
        const shadow = await shadowPglite();
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
      tracker.onClose(() =>
        adminQuery(fields, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).then(() => undefined),
      );
      return tracker.track(adapter);
    },
  };
}
