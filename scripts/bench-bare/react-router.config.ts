import type { Config } from "@react-router/dev/config";

// Built by `npm run bench -- openings` into .data (never part of the product's build).
export default {
  appDirectory: "app",
  buildDirectory: "../../.data/bench-bare/build",
  ssr: true,
} satisfies Config;
