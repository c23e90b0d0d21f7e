import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * Runs the Prisma CLI. Prisma 7 downloads its native schema engine on first use, which these
 * machines cannot do; when no native engine is installed we point the CLI at the stand-in that
 * drives Prisma's own WASM engine (docs/decisions/0002). A native engine, or one named by
 * PRISMA_SCHEMA_ENGINE_BINARY, always wins.
 */
const root = path.resolve(import.meta.dirname, "..");

function nativeEngineInstalled(): boolean {
  const dir = path.join(root, "node_modules", "@prisma", "engines");
  return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith("schema-engine-") && !f.endsWith(".d.ts") && !f.endsWith(".js"));
}

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !nativeEngineInstalled()) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "scripts", "prisma-engine", "schema-engine");
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const result = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), process.argv.slice(2), { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
