import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { AdapterTracker, adapterFactory, adminQuery, closePglite, mainPglite } from "./adapters";
import { parseTarget, type Target } from "./target";
import { createEngine, panicRegistry } from "./wasm-engine";

/**
 * A stand-in for Prisma's schema-engine binary, speaking the same protocol to the Prisma CLI:
 * `--version`, `cli can-connect-to-database | create-database`, and otherwise newline-delimited
 * JSON-RPC 2.0 over stdin/stdout. Logs go to stderr as the native engine's JSON lines.
 */
const ENGINE_HASH = "d1b3f377ca835d73fd50954a5e22128b9ebdd6b8";

type Args = { datamodelPaths: string[]; datasourceUrl?: string; cli?: string; version: boolean };

function parseArgs(argv: string[]): Args {
  const args: Args = { datamodelPaths: [], version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") args.version = true;
    else if (a === "--datamodels") {
      while (argv[i + 1] && !argv[i + 1]?.startsWith("--")) args.datamodelPaths.push(argv[++i] ?? "");
    } else if (a === "--datasource") {
      const parsed = JSON.parse(argv[++i] ?? "{}") as { url?: string };
      args.datasourceUrl = parsed.url;
    } else if (a === "cli") args.cli = argv[++i];
  }
  return args;
}

function logLine(level: "INFO" | "ERROR", message: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...extra },
    target: "schema_engine::logger",
  });
}

async function runCli(command: string, target: Target): Promise<number> {
  // The CLI parses every stderr line after the first as JSON, so: one plain line, then JSON
  // lines, and no trailing newline.
  const fail = (code: string, message: string) => {
    process.stderr.write(`stand-in schema engine\n${logLine("ERROR", message, { error_code: code })}`);
    return 1;
  };
  if (target.kind === "pglite") {
    if (command === "can-connect-to-database" || command === "create-database") {
      await mainPglite(target.dir).query("SELECT 1");
      await closePglite();
      return 0;
    }
    return fail("P1000", `unsupported command ${command}`);
  }
  const { fields } = target;
  const exists = await adminQuery(
    fields,
    `SELECT 1 FROM pg_database WHERE datname = '${fields.database.replace(/'/g, "''")}'`,
  ).then(
    (r) => r.rowCount === 1,
    (err: unknown) => err,
  );
  if (exists instanceof Error || typeof exists !== "boolean")
    return fail("P1001", `Can't reach database server at ${fields.host}:${fields.port}`);
  if (command === "can-connect-to-database") {
    return exists
      ? 0
      : fail(
          "P1003",
          `Database \`${fields.database}\` does not exist on the database server at \`${fields.host}:${fields.port}\`.`,
        );
  }
  if (command === "create-database") {
    if (!exists) await adminQuery(fields, `CREATE DATABASE "${fields.database.replace(/"/g, '""')}"`);
    return 0;
  }
  if (command === "drop-database") {
    await adminQuery(fields, `DROP DATABASE IF EXISTS "${fields.database.replace(/"/g, '""')}" WITH (FORCE)`);
    return 0;
  }
  return fail("P1000", `unsupported command ${command}`);
}

type RpcRequest = { jsonrpc: "2.0"; id: number; method: string; params?: Record<string, unknown> };
type RpcResponse = { jsonrpc: "2.0"; id: number; result?: unknown; error?: unknown };

type EngineCall = (engine: SchemaEngine, params: Record<string, unknown>) => Promise<unknown>;

/**
 * The CLI's JSON-RPC params, as the engine method takes them. They arrive as JSON from Prisma's
 * own CLI, which builds them for exactly these methods, and the engine validates them itself, so
 * this boundary names the type rather than re-checking every field.
 */
function paramsOf<M extends keyof SchemaEngine>(
  _method: M,
  params: Record<string, unknown>,
): SchemaEngine[M] extends (arg: infer A) => unknown ? A : never {
  return params as SchemaEngine[M] extends (arg: infer A) => unknown ? A : never;
}

/** The dev diagnostic the WASM engine needs before evaluateDataLoss and createMigration on the same engine. */
const devDiagnosticFor = (p: Record<string, unknown>) =>
  paramsOf("devDiagnostic", {
    migrationsList: p.migrationsList,
    filters: p.filters ?? { externalTables: [], externalEnums: [] },
  });

/** Methods the CLI calls, with the order quirks the WASM engine needs. */
const METHODS: Record<string, EngineCall> = {
  getDatabaseVersion: (e, p) => e.version(paramsOf("version", p)),
  diagnoseMigrationHistory: (e, p) => e.diagnoseMigrationHistory(paramsOf("diagnoseMigrationHistory", p)),
  devDiagnostic: (e, p) => e.devDiagnostic(paramsOf("devDiagnostic", p)),
  evaluateDataLoss: async (e, p) => {
    await e.devDiagnostic(devDiagnosticFor(p));
    return e.evaluateDataLoss(paramsOf("evaluateDataLoss", p));
  },
  createMigration: async (e, p) => {
    await e.devDiagnostic(devDiagnosticFor(p));
    return e.createMigration(paramsOf("createMigration", p));
  },
  applyMigrations: (e, p) => e.applyMigrations(paramsOf("applyMigrations", p)),
  markMigrationApplied: (e, p) => e.markMigrationApplied(paramsOf("markMigrationApplied", p)),
  markMigrationRolledBack: (e, p) => e.markMigrationRolledBack(paramsOf("markMigrationRolledBack", p)),
  reset: (e, p) => e.reset(paramsOf("reset", p)),
  schemaPush: (e, p) => e.schemaPush(paramsOf("schemaPush", p)),
  dbExecute: (e, p) => e.dbExecute(paramsOf("dbExecute", p)),
  introspect: (e, p) => e.introspect(paramsOf("introspect", p)),
  ensureConnectionValidity: (e, p) => e.ensureConnectionValidity(paramsOf("ensureConnectionValidity", p)),
};

function errorPayload(err: unknown): { code: number; message: string; data: Record<string, unknown> } {
  if (panicRegistry.message) {
    const message = panicRegistry.message;
    panicRegistry.message = "";
    return { code: 4466, message, data: { is_panic: true, message, error: { message } } };
  }
  const raw = err instanceof Error ? err.message : typeof err === "string" ? err : JSON.stringify(err);
  let data: Record<string, unknown> = { is_panic: false, message: raw, meta: null, error_code: null };
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    if (parsed && typeof parsed === "object" && "message" in parsed) data = { is_panic: false, ...parsed };
  } catch {
    // not JSON: keep the plain message
  }
  if (err && typeof err === "object" && "is_panic" in err) data = { ...data, ...(err as Record<string, unknown>) };
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

/**
 * `migrate diff` starts the engine without --datamodels; the WASM engine still needs one to know
 * its connector (it panics on none), so take the schema files the request carries, or a bare
 * PostgreSQL datasource.
 */
function datamodelsFromParams(params: Record<string, unknown>): [string, string][] {
  const files: [string, string][] = [];
  for (const side of [params.to, params.from]) {
    const target = side as { tag?: string; files?: { path: string; content: string }[] } | undefined;
    if (target?.files) for (const f of target.files) files.push([f.path, f.content]);
  }
  return files.length ? files : [["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']];
}

async function serve(args: Args, target: Target): Promise<void> {
  const datamodels: [string, string][] = args.datamodelPaths.map((p) => [p, readFileSync(p, "utf8")]);
  const send = (msg: RpcResponse | RpcRequest) => process.stdout.write(`${JSON.stringify(msg)}\n`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let nextOwnId = 1_000_000;
  const pendingOwn = new Map<number, () => void>();
  let queue = Promise.resolve();

  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    const msg = JSON.parse(line) as RpcRequest & RpcResponse;
    if (msg.method === undefined && pendingOwn.has(msg.id)) {
      pendingOwn.get(msg.id)?.();
      pendingOwn.delete(msg.id);
      return;
    }
    // One request at a time, each on a fresh engine: after applyMigrations the WASM engine
    // forgets its shadow database factory, and an idle connection would hold the advisory lock.
    queue = queue.then(() => handle(msg));
  });
  rl.on("close", () => {
    void queue.then(() => closePglite()).then(() => process.exit(0));
  });

  /**
   * The CLI kills the engine as soon as it has its answer, so everything is cleaned up (adapters
   * disposed, shadow databases dropped) before the response is sent.
   */
  async function handle(req: RpcRequest): Promise<void> {
    const tracker = new AdapterTracker();
    let engine: SchemaEngine | undefined;
    let response: RpcResponse;
    try {
      const params = req.params ?? {};
      engine = await createEngine(
        datamodels.length ? datamodels : datamodelsFromParams(params),
        adapterFactory(target, tracker),
        log,
      );
      if (req.method === "diff") {
        const result = await engine.diff(paramsOf("diff", params));
        if (result.stdout) {
          const id = nextOwnId++;
          await new Promise<void>((resolve) => {
            pendingOwn.set(id, resolve);
            send({ jsonrpc: "2.0", id, method: "print", params: { content: result.stdout } });
          });
        }
        response = { jsonrpc: "2.0", id: req.id, result: { exitCode: result.exitCode } };
      } else {
        const method = METHODS[req.method];
        if (!method) throw new Error(`The stand-in schema engine does not implement ${req.method}`);
        response = { jsonrpc: "2.0", id: req.id, result: (await method(engine, params)) ?? {} };
      }
    } catch (err) {
      response = { jsonrpc: "2.0", id: req.id, error: errorPayload(err) };
    }
    engine?.free();
    await tracker.disposeAll();
    // A clean PGlite shutdown (checkpoint) before answering: the CLI may kill us right after.
    await closePglite();
    send(response);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${ENGINE_HASH}\n`);
    return;
  }
  if (!args.datasourceUrl) throw new Error("--datasource with a url is required");
  const target = parseTarget(args.datasourceUrl);
  if (args.cli) {
    process.exitCode = await runCli(args.cli, target);
    return;
  }
  await serve(args, target);
}

// A Rust panic inside an async callback surfaces here; exit 101 is how the CLI recognises a panic.
process.on("uncaughtException", (err) => {
  process.stderr.write(`${logLine("ERROR", panicRegistry.message || err.message)}\n`);
  process.exit(101);
});

main().catch((err: unknown) => {
  process.stderr.write(`${logLine("ERROR", err instanceof Error ? err.message : String(err))}\n`);
  process.exit(1);
});
