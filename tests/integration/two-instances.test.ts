import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/auth/password.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { pendingOutboxCount } from "#search/outbox.server";
import { makeOrgAdmin } from "../support/members";
import { createTestDb, defaultKind, type TestDb } from "../support/test-db";

/**
 * Two app instances of the production build behind a small round-robin proxy, with a separate
 * worker process, all on one PostgreSQL database: what holds in one instance must hold across
 * both (login limits, the public search cache). PGlite is one process's database, so this runs in
 * the PostgreSQL pass (`npm test` with TEST_DATABASE_URL, as in CI); it needs `npm run build` first.
 */
const root = path.resolve(import.meta.dirname, "../..");
const onPostgres = defaultKind() === "postgresql";

type Backend = { name: "a" | "b"; port: number; child: ChildProcess };

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.on("exit", (code) => {
    if (code) console.error(`${script} exited with ${code}:\n${output}`);
  });
  return child;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the process for ${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`${url} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Round robin over the backends, or the one named in X-Test-Backend; it tells the app the client's address like a load balancer. */
function startProxy(backends: Backend[]) {
  let turn = 0;
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const wanted = req.headers["x-test-backend"];
    const backend = backends.find((b) => b.name === wanted) ?? backends[turn++ % backends.length];
    if (!backend) throw new Error("no backend");
    served.push(backend.name);
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: backend.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, "x-forwarded-for": req.socket.remoteAddress ?? "" },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return { server, served };
}

describe.skipIf(!onPostgres)("two app instances and a worker on one PostgreSQL database", () => {
  let t: TestDb;
  let backends: Backend[] = [];
  let worker: ChildProcess | undefined;
  let proxy: ReturnType<typeof startProxy> | undefined;
  let origin = "";
  const password = "et-passord-som-er-langt";
  let employer: Awaited<ReturnType<typeof makeOrgAdmin>>;

  beforeAll(async () => {
    if (!existsSync(path.join(root, "build/server/index.js"))) throw new Error("run `npm run build` first");
    t = await createTestDb("postgresql");
    employer = await makeOrgAdmin(t.db, 31, { kind: "EMPLOYER", name: "Fjordkafé AS", email: "sjef@fjordkafe.no" });
    await t.db.user.update({ where: { id: employer.userId }, data: { passwordHash: await hashPassword(password) } });

    const proxyPort = await freePort();
    origin = `http://127.0.0.1:${proxyPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: t.url,
      APP_ORIGIN: origin,
      TRUST_PROXY: "1",
      SEARCH_ENGINE: "postgres",
      // Payments are not part of this test; a Stripe test double's address keeps real keys out.
      STRIPE_API_BASE: "http://127.0.0.1:9",
      LOG_LEVEL: "warn",
      // The full-response cache for anonymous visitors is bounded by its 5 s lifetime, not
      // invalidated; off here, so that what is shown is the search cache behind it.
      MICRO_CACHE_MS: "0",
    };
    for (const name of ["a", "b"] as const) {
      const port = await freePort();
      backends.push({
        name,
        port,
        child: start("server.ts", { ...env, PORT: String(port), DISABLE_BACKGROUND_WORK: "1" }),
      });
    }
    worker = start("scripts/worker.ts", env);
    await Promise.all(backends.map((b) => waitFor(`http://127.0.0.1:${b.port}/healthz`, b.child)));
    proxy = startProxy(backends);
    await new Promise<void>((resolve) => proxy?.server.listen(proxyPort, "127.0.0.1", resolve));
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => (proxy ? proxy.server.close(resolve) : resolve(null)));
    const stopped = [...backends.map((b) => b.child), worker].map(
      (child) =>
        new Promise<number | null>((resolve) => {
          if (!child || child.exitCode !== null) return resolve(child?.exitCode ?? null);
          child.on("exit", (code) => resolve(code));
          child.kill("SIGTERM");
        }),
    );
    const codes = await Promise.all(stopped);
    backends = [];
    await t?.close();
    // SIGTERM is a clean stop: each process finished its work and exited 0.
    expect(codes).toEqual([0, 0, 0]);
  }, 60_000);

  const login = (pass: string, backend: "a" | "b") =>
    fetch(`${origin}/logg-inn`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: origin, "X-Test-Backend": backend, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "sjef@fjordkafe.no", password: pass, redirectTo: "/" }),
    });

  it("counts failed logins across both instances: five wrong guesses spread over them lock the account for this address", async () => {
    for (const backend of ["a", "b", "a", "b", "a"] as const)
      expect((await login("feil-passord", backend)).status).toBe(400);
    const refused = await login(password, "b");
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("For mange mislykkede forsøk");
    expect((await login(password, "a")).status).toBe(429);
  });

  it("a change applied by the worker reaches both instances' search caches", async () => {
    const search = async (backend: "a" | "b") => {
      const res = await fetch(`${origin}/muligheter?q=sjokoladefabrikk`, { headers: { "X-Test-Backend": backend } });
      expect(res.status).toBe(200);
      return res.text();
    };
    // Both instances have looked (and cached the empty result) before the change.
    for (const backend of ["a", "b", "a", "b"] as const)
      expect(await search(backend)).not.toContain("Sjokoladefabrikk søker");

    const opening = await createOpening(
      t.db,
      employer,
      openingSchema.parse({
        kind: "JOB",
        title: "Sjokoladefabrikk søker pakker",
        description: "Pakking av sjokolade i en liten fabrikk. Fast mentor de første ukene.",
        occupationCode: "9321",
        municipalityNumber: "4601",
        hoursPerWeek: "20",
        extent: "PART_TIME",
        skills: "pakking",
        measures: ["MENTOR"],
        applicationDeadline: "2027-01-31",
      }),
    );
    await publishOpening(t.db, employer, opening.id);
    const end = Date.now() + 30_000;
    while ((await pendingOutboxCount(t.db)) > 0) {
      if (Date.now() > end) throw new Error("the worker did not drain the outbox");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await search("a")).toContain("Sjokoladefabrikk søker pakker");
    expect(await search("b")).toContain("Sjokoladefabrikk søker pakker");
    expect(proxy?.served).toEqual(expect.arrayContaining(["a", "b"]));
  });
});
