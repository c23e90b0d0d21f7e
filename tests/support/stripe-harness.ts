import http from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismaClient } from "~/generated/prisma/client";
import { handleWebhook } from "~/domain/payments/webhooks.server";
import { resetEnvCache } from "~/lib/env.server";
import { startStripeDouble } from "../../scripts/stripe-double/server";

/**
 * The Stripe test double plus a webhook endpoint that hands each delivery to handleWebhook on the
 * test's database, and the environment that points the app's SDK at the double.
 */
export async function startStripeHarness(db: () => PrismaClient, options: { secret: string; feeBasisPoints: number }) {
  const hook = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const signature = req.headers["stripe-signature"];
      void handleWebhook(db(), body, typeof signature === "string" ? signature : null).then((r) => {
        res.writeHead(r.status);
        res.end(r.body);
      });
    });
  });
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
  const double = await startStripeDouble({
    port: 0,
    webhookUrl: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`,
    webhookSecret: options.secret,
  });
  process.env.STRIPE_API_BASE = double.url;
  process.env.STRIPE_WEBHOOK_SECRET = options.secret;
  process.env.PLATFORM_FEE_BASIS_POINTS = String(options.feeBasisPoints);
  resetEnvCache();
  return {
    double,
    close: async () => {
      await double.close();
      await new Promise<void>((r) => hook.close(() => r()));
      delete process.env.STRIPE_API_BASE;
      resetEnvCache();
    },
  };
}
