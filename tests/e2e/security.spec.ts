import http from "node:http";
import { DEMO_PASSWORD, expect, login, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";

/**
 * The attacks of the trust review, tried against the production build as a hostile visitor or
 * an over-curious member would try them: forged hosts, rotated client addresses, open
 * redirects, live links on admin pages, oversized bodies.
 */
const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

test("a forged host never reaches a link, the feed, the API description or a cached page", async ({ request }) => {
  const forged = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", Host: "evil.example" };
  for (const path of ["/muligheter/feed.atom", "/api/openapi.json", "/api/v1/openings?limit=1"]) {
    const poisoned = await request.get(path, { headers: forged });
    expect(await poisoned.text(), path).not.toContain("evil.example");
    // The next, ordinary visitor gets no trace of it either (the feed is micro-cached).
    const next = await request.get(path);
    const body = await next.text();
    expect(body, path).not.toContain("evil.example");
    expect(body, path).toContain(origin);
  }
  const search = await request.get("/muligheter?q=renhold", { headers: forged });
  expect(await search.text()).not.toContain("evil.example");
  const feed = await (await request.get("/muligheter/feed.atom")).text();
  const opening = [...feed.matchAll(/\/muligheter\/([a-z0-9]+)/g)].map((m) => m[1]).find((id) => id !== "feed");
  expect(opening).toBeTruthy();
  const jsonLd = await (await request.get(`/muligheter/${opening}`, { headers: forged })).text();
  expect(jsonLd).toContain(`"url":"${origin}/muligheter/${opening}"`);
  expect(jsonLd).not.toContain("evil.example");
});

test("a cookie the app does not know bypasses the response cache", async ({ request }) => {
  await request.get("/muligheter?q=kokk", { headers: { Cookie: "tracking=1" } });
  const again = await request.get("/muligheter?q=kokk", { headers: { Cookie: "tracking=1" } });
  expect(again.headers()["x-micro-cache"]).toBeUndefined();
  await request.get("/muligheter?q=kokk");
  expect((await request.get("/muligheter?q=kokk")).headers()["x-micro-cache"]).toBe("hit");
});

/** A form post from a loopback address of its own, so this attacker's counts touch no other test's logins. */
function postFrom(
  localAddress: string,
  path: string,
  form: Record<string, string>,
  headers: Record<string, string>,
): Promise<number> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      `http://127.0.0.1:${new URL(origin).port}${path}`,
      {
        method: "POST",
        localAddress,
        headers: {
          ...headers,
          Origin: origin,
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": String(Buffer.byteLength(body)),
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("changing X-Forwarded-For on every try does not escape the login limit", async () => {
  // Thirty-one guesses at thirty-one accounts, each claiming another client address.
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) {
    statuses.push(
      await postFrom(
        "127.0.0.7",
        "/logg-inn",
        { email: `gjetter-${i}@example.no`, password: "feil", redirectTo: "/" },
        { "X-Forwarded-For": `203.0.113.${i}` },
      ),
    );
  }
  expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
  expect(statuses[30]).toBe(429);
});

test("redirectTo cannot send a signed-in person to another site", async ({ request }) => {
  for (const redirectTo of ["/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example/"]) {
    const res = await request.post("/logg-inn", {
      form: { email: "jonas@fjordkafe.no", password: DEMO_PASSWORD, redirectTo },
      headers: { Origin: origin },
      maxRedirects: 0,
    });
    expect(res.status(), redirectTo).toBe(302);
    const location = res.headers().location ?? "";
    expect(new URL(location, origin).origin, `${redirectTo} → ${location}`).toBe(origin);
  }
});

test("a form post from another site is refused", async ({ request }) => {
  const res = await request.post("/logg-inn", {
    form: { email: "a@b.no", password: "x" },
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  const forgedHost = await request.post("/logg-inn", {
    form: { email: "a@b.no", password: "x" },
    headers: { Origin: "http://evil.example", Host: "evil.example" },
    maxRedirects: 0,
  });
  expect(forgedHost.status()).toBe(403);
});

test("the platform admin's outbox shows no live reset link", async ({ page, a11y }) => {
  await page.goto("/glemt-passord");
  await page.getByLabel("E-postadresse").fill("jonas@fjordkafe.no");
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByText("Hvis adressen finnes hos oss")).toBeVisible();
  const mail = await waitForMail({ to: "jonas@fjordkafe.no", subjectIncludes: "Tilbakestill passordet" });
  const token = new URL(mail.links.find((l) => l.includes("token=")) ?? "http://x").searchParams.get("token") ?? "";
  expect(token.length).toBeGreaterThan(20);

  await login(page, "admin@arbeidsbro.no");
  await page.goto("/admin/utboks");
  await a11y();
  await expect(page.getByText("token=[fjernet]").first()).toBeVisible();
  expect(await page.content()).not.toContain(token);
});

test("security headers: a nonce-based Content-Security-Policy, no HSTS over http, a Permissions-Policy", async ({
  request,
}) => {
  const res = await request.get("/");
  const headers = res.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  const html = await res.text();
  // Every inline script carries this response's nonce.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1] ?? "");
  expect(inline.length).toBeGreaterThan(0);
  for (const attrs of inline)
    if (!attrs.includes('type="application/ld+json"')) expect(attrs).toContain(`nonce="${nonce}"`);
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["permissions-policy"]).toContain("camera=()");
  // A second response has a nonce of its own.
  expect((await request.get("/")).headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});

test("a body over 1 MB gets a readable 413, and the benchmark's page does not exist", async ({ request }) => {
  const res = await request.post("/logg-inn", {
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    data: `email=${"a".repeat(1_100_000)}`,
  });
  expect(res.status()).toBe(413);
  expect(await res.text()).toContain("For mye innhold");
  expect((await request.get("/bench/baseline")).status()).toBe(404);
});
