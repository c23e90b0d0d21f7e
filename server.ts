import path from "node:path";
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@react-router/express";
import type { ServerBuild } from "react-router";
import { logger } from "./app/lib/logger.server.ts";
import { microCache } from "./app/lib/micro-cache.server.ts";
import { originCheck } from "./app/lib/origin-check.server.ts";

/**
 * The HTTP server: Express in front of React Router, as in the Epic Stack. Development runs
 * Vite as middleware; production serves the built client and server bundles.
 */
const production = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", 1);
app.use(compression());
app.use((_req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  next();
});
// Stripe's webhook is authenticated by its signature; it carries no Origin header.
app.use((req, res, next) => (req.path === "/api/stripe/webhook" ? next() : originCheck(req, res, next)));

let build: () => Promise<ServerBuild>;
if (production) {
  const buildDir = path.resolve("build");
  app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
  const serverBuildPath = path.join(buildDir, "server/index.js");
  build = () => import(serverBuildPath) as Promise<ServerBuild>;
} else {
  const vite = await import("vite");
  const viteServer = await vite.createServer({ server: { middlewareMode: true } });
  app.use(viteServer.middlewares);
  build = () => viteServer.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
}

// The access log names the path only: query strings can hold search words, and a company's
// candidate filter can hold a name (DESIGN.md: no personal data in logs).
app.use((req, res, next) => {
  const start = performance.now();
  res.on("finish", () => logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - start) }, "request"));
  next();
});

// The public search pages for anonymous visitors: a few seconds of full-response caching
// (app/lib/micro-cache.server.ts). MICRO_CACHE_MS=0 turns it off.
const microCacheMs = Number(process.env.MICRO_CACHE_MS ?? 5_000);
if (microCacheMs > 0) app.use(microCache({ paths: ["/muligheter", "/en/opportunities"], ttlMs: microCacheMs, sessionCookie: "__session" }));

app.all(
  "/{*splat}",
  createRequestHandler({ build: () => build(), getLoadContext: (req) => ({ clientIp: req.ip ?? "unknown" }) }),
);

// Background work (search outbox worker, scheduled jobs) lives in the server bundle so that it
// shares the app's modules; entry.server exports its starter.
const entry = (await build()).entry.module as { startBackgroundWork?: () => void };
entry.startBackgroundWork?.();

app.listen(port, () => {
  console.log(`Arbeidsbro kjører på http://localhost:${port}`);
});
