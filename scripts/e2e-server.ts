import { spawn } from "node:child_process";
import { createWriteStream, rmSync } from "node:fs";
import path from "node:path";
import { startMailCatcher } from "./mail-catcher";
import { startRegisterDouble } from "./register-double/server";
import { startStripeDouble } from "./stripe-double/server";

/**
 * What Playwright starts before the end-to-end tests: the mail catcher, a real SMTP server that
 * keeps mail (readable at GET /messages on MAIL_API_PORT; scripts/mail-catcher.ts), a fresh embedded database migrated with
 * `prisma migrate deploy` and seeded, and the production build of the app using that SMTP server.
 */
const root = path.resolve(import.meta.dirname, "..");
const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);
const MAIL_API_PORT = Number(process.env.E2E_MAIL_API_PORT ?? 3126);
const PGLITE_DIR = path.join(root, ".data", "e2e");

const mail = await startMailCatcher({ smtpPort: SMTP_PORT, httpPort: MAIL_API_PORT });

// Payments go to the local Stripe test double, with webhooks signed by the SDK's test helper. It
// runs before the seed: the demo's Stripe accounts and its paid order are made through it, so a
// refund of that order later finds its payment there.
const STRIPE_DOUBLE_PORT = Number(process.env.E2E_STRIPE_PORT ?? 3127);
const STRIPE_WEBHOOK_SECRET = "whsec_e2e_double";
const stripeDouble = await startStripeDouble({
  port: STRIPE_DOUBLE_PORT,
  webhookUrl: `http://localhost:${APP_PORT}/api/stripe/webhook`,
  webhookSecret: STRIPE_WEBHOOK_SECRET,
});

// The public registers (Enhetsregisteret, Renholdsregisteret) are the local double too; tests steer
// it through its /__double/ endpoints (a register that is down, a company that went bankrupt).
const REGISTER_DOUBLE_PORT = Number(process.env.E2E_REGISTER_PORT ?? 3128);
const registerDouble = await startRegisterDouble({ port: REGISTER_DOUBLE_PORT });

rmSync(PGLITE_DIR, { recursive: true, force: true });
// The end-to-end run always uses a fresh embedded database, whatever DATABASE_URL says.
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const env = {
  ...inherited,
  PGLITE_DIR,
  STRIPE_API_BASE: stripeDouble.url,
  STRIPE_WEBHOOK_SECRET,
  BRREG_URL: registerDouble.brregUrl,
  RENHOLD_URL: registerDouble.renholdUrl,
};
for (const args of [["scripts/prisma.ts", "migrate", "deploy"], ["scripts/seed.ts"]]) {
  // Not spawnSync: the seed talks to the Stripe double in this process, whose event loop must run.
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), args, {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (status !== 0) throw new Error(`${args.join(" ")} failed`);
}

// The app's log goes to a file that tests/e2e/privacy-log.spec.ts reads: the privacy rules say
// no personal data in logs, so the test looks for the demo candidates' names there.
const E2E_LOG = path.join(root, ".data", "e2e-server.log");
const log = createWriteStream(E2E_LOG, { flags: "w" });
const app = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["server.ts"], {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
  env: {
    ...env,
    NODE_ENV: "production",
    PORT: String(APP_PORT),
    APP_ORIGIN: `http://localhost:${APP_PORT}`,
    SMTP_URL: mail.smtpUrl,
    LOG_LEVEL: "info",
  },
});
app.stdout.pipe(log);
app.stderr.on("data", (chunk: Buffer) => {
  log.write(chunk);
  process.stderr.write(chunk);
});
const stop = () => {
  app.kill("SIGTERM");
  void mail.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", (code) => process.exit(code ?? 1));
