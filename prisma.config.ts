import { defineConfig } from "prisma/config";
import { pgliteUrl } from "./scripts/prisma-engine/target";

// DATABASE_URL → PostgreSQL; unset → the embedded PGlite folder, named by a URL that only the
// stand-in schema engine understands (docs/decisions/0002).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? pgliteUrl(process.env.PGLITE_DIR ?? ".data/pglite") },
});
