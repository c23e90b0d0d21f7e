import path from "node:path";
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@react-router/express";
import type { ServerBuild } from "react-router";

/** Serves the bare build as React Router's own server does: compression, static files, the handler. */
const buildDir = path.resolve(import.meta.dirname, "../../.data/bench-bare/build");
const build = (await import(path.join(buildDir, "server/index.js"))) as ServerBuild;
const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
app.all("/{*splat}", createRequestHandler({ build }));
app.listen(Number(process.env.PORT ?? 3300));
