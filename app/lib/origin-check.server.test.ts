import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin-check.server";

describe("isSameOrigin", () => {
  const host = "localhost:3000";
  it("lets safe methods through without an Origin", () => {
    expect(isSameOrigin("GET", { host })).toBe(true);
    expect(isSameOrigin("HEAD", { host })).toBe(true);
  });
  it("accepts a POST from the same origin", () => {
    expect(isSameOrigin("POST", { host, origin: "http://localhost:3000" })).toBe(true);
  });
  it("accepts the configured public origin behind a proxy", () => {
    expect(isSameOrigin("POST", { host: "app:3000", origin: "https://arbeidsbro.no" }, "https://arbeidsbro.no")).toBe(true);
  });
  it("falls back to Referer when Origin is missing", () => {
    expect(isSameOrigin("POST", { host, referer: "http://localhost:3000/logg-inn" })).toBe(true);
    expect(isSameOrigin("POST", { host, referer: "https://evil.example/x" })).toBe(false);
  });
  it("refuses cross-site, opaque and unidentified POSTs", () => {
    expect(isSameOrigin("POST", { host, origin: "https://evil.example" })).toBe(false);
    expect(isSameOrigin("POST", { host, origin: "null" })).toBe(false);
    expect(isSameOrigin("POST", { host })).toBe(false);
    expect(isSameOrigin("DELETE", { host, origin: "http://localhost:3001" })).toBe(false);
  });
});
