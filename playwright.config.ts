import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

/** Debian's Chromium (Playwright cannot download its own browser here): docs/decisions/0005. */
export default defineConfig({
  testDir: "tests/e2e",
  // Playwright empties its output folder at start; keep it apart from the other runners' reports.
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", use: chromium, testIgnore: /hostile-input/ },
    // Generated hostile input changes the demo data as it goes, so it runs after everything else.
    { name: "hostile-input", use: chromium, testMatch: /hostile-input/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    url: `http://localhost:${port}/healthz`,
    reuseExistingServer: false,
    // Migrating and seeding a fresh database takes about a minute on an idle machine; a loaded one
    // (several test runs at once) has been seen to need three.
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
