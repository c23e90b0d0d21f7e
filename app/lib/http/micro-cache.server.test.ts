import type { AddressInfo } from "node:net";
import express from "express";
import compression from "compression";
import { createCookie } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { microCache } from "./micro-cache.server";

let base = "";
let renders = 0;
const languageCookie = createCookie("lng");
const server = (() => {
  const app = express();
  app.use(compression());
  // Like the app: every response has its own script nonce.
  app.use((_req, res, next) => {
    res.locals.cspNonce = `n${Math.random().toString(36).slice(2)}`;
    next();
  });
  app.use(
    microCache({
      paths: ["/muligheter"],
      ttlMs: 60_000,
      languageCookie: { name: "lng", locales: ["nb", "en"], defaultLocale: "nb" },
    }),
  );
  app.get("/muligheter", (req, res) => {
    renders++;
    if (req.query.cookie) res.cookie("lng", "en");
    if (req.query.fail) res.status(500);
    // Everything a handler could take from the request ends up in the page.
    const seen = JSON.stringify({ headers: req.headers });
    res
      .type("html")
      .send(
        `<script nonce="${String(res.locals.cspNonce)}"></script><p>render ${renders} ${seen} ${"x".repeat(2000)}</p>`,
      );
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

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers: { accept: "text/html", ...headers } });

describe("microCache", () => {
  it("serves an anonymous repeat from the cache, with the same page, compressed again", async () => {
    const first = await get("/muligheter?q=a");
    const body = await first.text();
    const before = renders;
    const second = await get("/muligheter?q=a", { "accept-encoding": "gzip" });
    expect(second.headers.get("x-micro-cache")).toBe("hit");
    const strip = (s: string) => s.replace(/nonce="[^"]+"/g, "");
    expect(strip(await second.text())).toBe(strip(body));
    expect(renders).toBe(before);
  });

  it("gives every response its own script nonce, cached or not", async () => {
    const nonceOf = async (r: Response) => /nonce="([^"]+)"/.exec(await r.text())?.[1];
    const a = await nonceOf(await get("/muligheter?q=nonce"));
    const b = await nonceOf(await get("/muligheter?q=nonce"));
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(b).not.toBe(a);
  });

  it("keys on the URL and the language the app will use", async () => {
    const en = (await languageCookie.serialize("en")).split(";")[0] ?? "";
    const a = await (await get("/muligheter?q=b")).text();
    const b = await get("/muligheter?q=b", { cookie: en });
    expect(b.headers.get("x-micro-cache")).toBe("miss");
    expect(await b.text()).not.toBe(a);
    // A language value the app does not know is the default language: the same entry as no cookie.
    const garbage = await get("/muligheter?q=b", { cookie: "lng=%22xx%22" });
    expect(garbage.headers.get("x-micro-cache")).toBe("hit");
  });

  it("never lets a header outside the key reach a cached page (X-Forwarded-Host, User-Agent, Accept)", async () => {
    const poisoned = await get("/muligheter?q=poison", {
      "x-forwarded-host": "evil.example",
      "user-agent": "evil-agent",
      "x-forwarded-proto": "gopher",
    });
    expect(await poisoned.text()).not.toMatch(/evil|gopher/);
    const next = await get("/muligheter?q=poison");
    expect(next.headers.get("x-micro-cache")).toBe("hit");
    expect(await next.text()).not.toMatch(/evil|gopher/);
  });

  it("bypasses the cache for any cookie other than the language cookie, parsed as the app parses cookies", async () => {
    for (const cookie of ["__session=abc", "foo=1", "lng=x; __session=abc", "  __session=abc", "__session=abc;lng=x"]) {
      await get("/muligheter?q=c", { cookie });
      const again = await get("/muligheter?q=c", { cookie });
      expect(again.headers.get("x-micro-cache"), cookie).toBeNull();
      expect(await again.text()).toContain("cookie");
    }
  });

  it("never caches other paths, errors or responses that set cookies", async () => {
    await get("/muligheter?fail=1");
    expect((await get("/muligheter?fail=1")).headers.get("x-micro-cache")).toBe("miss");
    await get("/muligheter?cookie=1");
    expect((await get("/muligheter?cookie=1")).headers.get("x-micro-cache")).toBe("miss");
    await get("/annet");
    expect((await get("/annet")).headers.get("x-micro-cache")).toBeNull();
  });
});
