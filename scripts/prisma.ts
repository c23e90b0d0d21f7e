import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
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
  return (
    existsSync(dir) &&
    readdirSync(dir).some((f) => f.startsWith("schema-engine-") && !f.endsWith(".d.ts") && !f.endsWith(".js"))
  );
}

const env = { ...process.env };
// PRISMA_MIGRATION_ENGINE_BINARY is the CLI's deprecated name for the same setting.
const userEngine = env.PRISMA_SCHEMA_ENGINE_BINARY ?? env.PRISMA_MIGRATION_ENGINE_BINARY;
if (!userEngine && !nativeEngineInstalled()) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "scripts", "prisma-engine", "schema-engine");
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const args = process.argv.slice(2);
if (!env.DATABASE_URL && args[0] !== "generate") {
  // PGlite creates its own folder but not the ones above it (prisma.config.ts names the folder).
  mkdirSync(path.dirname(path.resolve(root, env.PGLITE_DIR ?? ".data/pglite")), { recursive: true });
}

const result = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), args, { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
