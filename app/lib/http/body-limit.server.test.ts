import type { AddressInfo } from "node:net";
import express from "express";
import { request } from "@playwright/test";
import { createReadableStreamFromReadable } from "@react-router/node";
import { afterAll, describe, expect, it } from "vitest";
import { bodyLimit } from "./body-limit.server";

describe("bodyLimit", () => {
  const app = express();
  app.use(bodyLimit(1024 * 1024));
  app.post("/form", (_req, res) => void res.send("read"));
  // Like a page that answers "not found" before reading its form, with React Router's adapter on the body.
  app.post("/gone", (req, res) => {
    createReadableStreamFromReadable(req);
    res.status(404).send("not found");
  });
  const server = app.listen(0);
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const post = async (path: string, size: number) => {
    const ctx = await request.newContext({ baseURL: base() });
    try {
      const res = await ctx.post(path, {
        data: `a=${"x".repeat(size)}`,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      return { status: res.status(), text: await res.text() };
    } finally {
      await ctx.dispose();
    }
  };

  it("lets a form of normal size through", async () => {
    expect(await post("/form", 10)).toEqual({ status: 200, text: "read" });
  });

  it("answers a body over the limit with a readable 413 page, not a reset connection", async () => {
    const res = await post("/form", 3 * 1024 * 1024);
    expect(res.status).toBe(413);
    expect(res.text).toContain("Too much content");
  });

  it("a page that answers before reading a large form still reaches the client (it reset the connection)", async () => {
    for (let i = 0; i < 3; i++) expect(await post("/gone", 900_000)).toEqual({ status: 404, text: "not found" });
  });
});
