import type { Config } from "@react-router/dev/config";

// Takes the place of Remix v2's remix.config.js (docs/decisions/0001-react-router-framework-mode.md).
export default {
  appDirectory: "app",
  buildDirectory: "build",
  ssr: true,
} satisfies Config;
