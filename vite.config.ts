import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

export default defineConfig({
  plugins: [tailwindcss(), reactRouter(), tsconfigPaths()],
  build: { target: "es2022" },
  ssr: {
    // PGlite loads its WASM and data files relative to its own module; bundling would break that.
    external: [
      "@electric-sql/pglite",
      "pglite-prisma-adapter",
      "@node-rs/argon2",
      "pg",
      "pino",
      "nodemailer",
      "meilisearch",
    ],
  },
});
