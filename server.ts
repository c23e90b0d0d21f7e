import { readdirSync } from "node:fs";
import path from "node:path";
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@react-router/express";
import type { ServerBuild } from "react-router";
import { appOrigin, env, productionProblems } from "./app/lib/env.server.ts";
import { bodyLimit } from "./app/lib/http/body-limit.server.ts";
import { microCache } from "./app/lib/http/micro-cache.server.ts";
import { canonicalOrigin, originCheck } from "./app/lib/http/origin-check.server.ts";
import { securityHeaders } from "./app/lib/http/security-headers.server.ts";
import { logger } from "./app/lib/logger.server.ts";

/**
 * The HTTP server: Express in front of React Router, as in the Epic Stack. Development runs
 * Vite as middleware; production serves the built client and server bundles. The security
 * reasoning behind the middleware order is in docs/decisions/0012-security.md.
 */
const problems = productionProblems(process.env);
if (problems.length) {
  console.error(`Arbeidsbro starter ikke / will not start:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
const config = env();
const production = config.NODE_ENV === "production";
const origin = appOrigin();
/** Forms here are a few kilobytes; nothing the app accepts comes near this. */
const MAX_BODY_BYTES = 1024 * 1024;

const app = express();
app.disable("x-powered-by");
// X-Forwarded-For is believed only for the configured number of proxy hops; without TRUST_PROXY the
// client address is the socket's peer, so a client cannot pick its own address for the rate limits.
app.set("trust proxy", config.TRUST_PROXY ?? false);

// The access log names the path only: query strings can hold search words, and a company's
// candidate filter can hold a name (no personal data in logs).
app.use((req, res, next) => {
  const start = performance.now();
  res.locals.clientIp = req.ip ?? "unknown";
  res.on("finish", () =>
    logger.info(
      { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - start) },
      "request",
    ),
  );
  next();
});
app.use(canonicalOrigin(origin));
app.use(
  securityHeaders({ appOrigin: origin, stripeApiBase: config.STRIPE_API_BASE, contentSecurityPolicy: production }),
);
app.use(compression());
// Stripe's webhook is authenticated by its signature; it carries no Origin header.
app.use(originCheck(origin, ["/api/stripe/webhook"]));
app.use(bodyLimit(MAX_BODY_BYTES));

// Production hands React Router the build itself: given a function, its request handler calls
// it and derives the route tree and static handler again on every request (meant for development,
// where the build changes), which cost each page more than its own rendering did.
let build: ServerBuild | (() => Promise<ServerBuild>);
if (production) {
  const buildDir = path.resolve("build");
  app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
  // Files beside assets/ (a public/ folder's) are served when there are any: otherwise every page
  // would first look for a file of its own name on disk.
  if (readdirSync(path.join(buildDir, "client")).some((name) => name !== "assets"))
    app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
  const serverBuildPath = path.join(buildDir, "server/index.js");
  build = (await import(serverBuildPath)) as ServerBuild;
} else {
  const vite = await import("vite");
  const viteServer = await vite.createServer({ server: { middlewareMode: true } });
  app.use(viteServer.middlewares);
  build = () => viteServer.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
}

// The public search pages for anonymous visitors: a few seconds of full-response caching
// (app/lib/http/micro-cache.server.ts). MICRO_CACHE_MS=0 turns it off.
const microCacheMs = Number(process.env.MICRO_CACHE_MS ?? 5_000);
if (microCacheMs > 0) {
  app.use(
    microCache({
      paths: ["/muligheter", "/en/opportunities"],
      ttlMs: microCacheMs,
      languageCookie: { name: "lng", locales: ["nb", "en"], defaultLocale: "nb" },
    }),
  );
}

app.all(
  "/{*splat}",
  createRequestHandler({
    build,
    getLoadContext: (_req, res) => ({ clientIp: String(res.locals.clientIp), cspNonce: String(res.locals.cspNonce) }),
  }),
);

// Background work (search outbox worker, scheduled jobs) lives in the server bundle so that it
// shares the app's modules; entry.server exports its starter and the shutdown. With
// DISABLE_BACKGROUND_WORK=1 this process only serves, and `npm run worker` does the work.
const entry = (typeof build === "function" ? await build() : build).entry.module as {
  startBackgroundWork?: () => void;
  shutdown?: () => Promise<void>;
};
entry.startBackgroundWork?.();

const server = app.listen(config.PORT, () => {
  console.log(`Arbeidsbro kjører på ${origin} (port ${config.PORT})`);
});

/**
 * On SIGTERM (a deploy, a scale-down) the server stops accepting connections, lets the requests
 * under way finish, then the background work finishes or gives its lease back and the database
 * is closed. A request that does not finish within the grace period is cut off.
 */
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const grace = setTimeout(() => server.closeAllConnections(), 20_000);
  grace.unref();
  await closed;
  await entry.shutdown?.();
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGTERM", (signal) => void stop(signal));
process.on("SIGINT", (signal) => void stop(signal));
