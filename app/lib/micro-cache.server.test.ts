import type { AddressInfo } from "node:net";
import express from "express";
import compression from "compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { microCache } from "./micro-cache.server";

let base = "";
let renders = 0;
const server = (() => {
  const app = express();
  app.use(compression());
  app.use(microCache({ paths: ["/muligheter"], ttlMs: 60_000, sessionCookie: "__session" }));
  app.get("/muligheter", (req, res) => {
    renders++;
    if (req.query.cookie) res.cookie("lng", "en");
    if (req.query.fail) res.status(500);
    res.type("html").send(`<p>render ${renders} ${"x".repeat(2000)}</p>`);
  });
  app.get("/annet", (_req, res) => {
    renders++;
    res.send(`render ${renders}`);
  });
  return app.listen(0);
})();

beforeAll(() => {
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers: { accept: "text/html", ...headers } });

describe("microCache", () => {
  it("serves an anonymous repeat from the cache, with the same body, compressed again", async () => {
    const first = await get("/muligheter?q=a");
    const body = await first.text();
    const before = renders;
    const second = await get("/muligheter?q=a", { "accept-encoding": "gzip" });
    expect(second.headers.get("x-micro-cache")).toBe("hit");
    expect(await second.text()).toBe(body);
    expect(renders).toBe(before);
  });
  it("keys on the URL and the language cookie", async () => {
    const a = await (await get("/muligheter?q=b")).text();
    const b = await (await get("/muligheter?q=b", { cookie: "lng=en" })).text();
    expect(a).not.toBe(b);
  });
  it("never caches for a signed-in visitor, other paths, errors or responses that set cookies", async () => {
    await get("/muligheter?q=c", { cookie: "__session=abc" });
    expect((await get("/muligheter?q=c", { cookie: "__session=abc" })).headers.get("x-micro-cache")).toBeNull();
    await get("/muligheter?fail=1");
    expect((await get("/muligheter?fail=1")).headers.get("x-micro-cache")).toBe("miss");
    await get("/muligheter?cookie=1");
    expect((await get("/muligheter?cookie=1")).headers.get("x-micro-cache")).toBe("miss");
    await get("/annet");
    expect((await get("/annet")).headers.get("x-micro-cache")).toBeNull();
  });
});
