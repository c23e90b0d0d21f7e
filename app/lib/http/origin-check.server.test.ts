import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalOrigin, isSameOrigin } from "./origin-check.server";

describe("isSameOrigin", () => {
  const origin = "https://arbeidsbro.no";
  it("lets safe methods through without an Origin", () => {
    expect(isSameOrigin("GET", {}, origin)).toBe(true);
    expect(isSameOrigin("HEAD", {}, origin)).toBe(true);
  });
  it("accepts a POST from the public origin, by Origin or by Referer", () => {
    expect(isSameOrigin("POST", { origin: "https://arbeidsbro.no" }, origin)).toBe(true);
    expect(isSameOrigin("POST", { referer: "https://arbeidsbro.no/logg-inn" }, origin)).toBe(true);
  });
  it("refuses cross-site, opaque and unidentified POSTs", () => {
    expect(isSameOrigin("POST", { origin: "https://evil.example" }, origin)).toBe(false);
    expect(isSameOrigin("POST", { referer: "https://evil.example/x" }, origin)).toBe(false);
    expect(isSameOrigin("POST", { origin: "null" }, origin)).toBe(false);
    expect(isSameOrigin("POST", {}, origin)).toBe(false);
    expect(isSameOrigin("DELETE", { origin: "http://arbeidsbro.no" }, origin)).toBe(false);
  });
  it("never accepts an origin only because the request's Host names it", () => {
    // Before, `Host: evil.example` + `Origin: http://evil.example` passed as "same origin".
    expect(isSameOrigin("POST", { origin: "http://evil.example" }, origin)).toBe(false);
  });
});

describe("canonicalOrigin", () => {
  const app = express();
  app.set("trust proxy", 1);
  app.use(canonicalOrigin("https://arbeidsbro.no"));
  app.get("/", (req, res) => {
    res.json({
      host: req.get("host"),
      forwardedHost: req.get("x-forwarded-host") ?? null,
      protocol: req.protocol,
      hostname: req.hostname,
      secure: req.secure,
    });
  });
  const server = app.listen(0);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("shows the app only the public origin, whatever Host and X-Forwarded-* say", async () => {
    const port = (server.address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
    });
    expect(await res.json()).toEqual({
      host: "arbeidsbro.no",
      forwardedHost: null,
      protocol: "https",
      hostname: "arbeidsbro.no",
      secure: true,
    });
  });
});
