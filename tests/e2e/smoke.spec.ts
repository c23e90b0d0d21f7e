import { expect, test } from "./support/fixtures";

test("home page: skip link first, Norwegian by default, switch to English and back", async ({ page, a11y }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Arbeidsbro/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await a11y();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("More people in work, together");
  await a11y();
  await page.getByRole("button", { name: "Bytt til norsk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flere i jobb, sammen");
});

test("liveness answers; readiness reports database, migrations and search engine", async ({ request }) => {
  const live = await request.get("/healthz");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await request.get("/readyz");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({
    status: "ready",
    database: { kind: "pglite", ok: true },
    migrations: { ok: true, pending: [] },
    search: { engine: "postgres", ok: true },
  });
});

test("unknown page shows a friendly 404", async ({ page, a11y }) => {
  const res = await page.goto("/finnes-ikke");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fant ikke siden");
  await a11y();
});

test("a cross-site form post is refused", async ({ request }) => {
  const res = await request.post("/logg-inn", {
    form: { email: "a@b.no", password: "x" },
    headers: { Origin: "https://evil.example" },
  });
  expect(res.status()).toBe(403);
});
