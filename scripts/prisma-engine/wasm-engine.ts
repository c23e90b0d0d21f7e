import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

/**
 * The engine .wasm that ships inside the `prisma` package (the exact build the CLI expects),
 * bound with the JS glue of @prisma/schema-engine-wasm, whose imports and exports match it
 * (checked with WebAssembly.Module.imports/exports; see docs/decisions/0002).
 */
/** The glue reports Rust panics through this global (the Prisma CLI installs the same). */
export const panicRegistry = {
  message: "",
  set_message(message: string) {
    this.message = `RuntimeError: ${message}`;
  },
};
(globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY =
  panicRegistry;

let ready: Promise<void> | undefined;
function instantiate(): Promise<void> {
  ready ??= (async () => {
    const wasmPath = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": glue });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    (glue as unknown as { __wbg_set_wasm: (w: WebAssembly.Exports) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return ready;
}

export async function createEngine(
  datamodels: [string, string][],
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void,
): Promise<SchemaEngine> {
  await instantiate();
  const Engine = (glue as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  return Engine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
}
