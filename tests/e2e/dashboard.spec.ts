import { expect, login, logout, test } from "./support/fixtures";

test("a municipality member sees its own figures, switches period and exports CSV; another municipality sees other numbers", async ({ page, a11y }) => {
  await login(page, "ola.hansen@bergen.kommune.no");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Statistikk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statistikk for Bergen" })).toBeVisible();
  // The seeded proposals to Fjordkafé's openings in Bergen.
  const funnel = page.getByRole("table", { name: "Fra forslag til jobb" });
  const proposed = Number(await funnel.getByRole("row", { name: /^Foreslått/ }).getByRole("cell").textContent());
  expect(proposed).toBeGreaterThanOrEqual(5);
  // Small groups are suppressed.
  await expect(page.getByRole("cell", { name: "< 5" }).first()).toBeVisible();
  await expect(page.getByRole("img", { name: "Fra forslag til jobb" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Innkjøp fra arbeidsinkluderingsbedrifter per kvartal" })).toBeVisible();
  // The demo's two orders of Bergen kommune (one in delivery, one paid) to inclusion companies.
  const procurement = page.getByRole("table", { name: "Innkjøp fra arbeidsinkluderingsbedrifter per kvartal" });
  await expect(procurement.getByRole("row", { name: /^\d{4}-Q[1-4] .*kr/ })).toHaveCount(1);
  await a11y();

  await page.getByRole("radio", { name: "Dette kvartalet" }).check();
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page.getByText(/^Viser \d{4}-(01|04|07|10)-01 til/)).toBeVisible();
  await a11y();

  const csvHref = await page.getByRole("link", { name: "Last ned alle tall (CSV)" }).getAttribute("href");
  const csv = await page.request.get(csvHref ?? "");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body).toContain("figure,label,value,from,to");
  expect(body).toMatch(/funnel,PROPOSED,\d+/);
  await logout(page);

  await login(page, "ingrid.berg@trondheim.kommune.no");
  await page.goto("/kommune/statistikk");
  await expect(page.getByRole("heading", { level: 1, name: "Statistikk for Trondheim" })).toBeVisible();
  const other = Number(await page.getByRole("table", { name: "Fra forslag til jobb" }).getByRole("row", { name: /^Foreslått/ }).getByRole("cell").textContent());
  expect(other).not.toBe(proposed);
  // Trondheim bought nothing from inclusion companies in the demo: no procurement table at all.
  await expect(page.getByRole("table", { name: "Innkjøp fra arbeidsinkluderingsbedrifter per kvartal" })).toHaveCount(0);
  await a11y();
  await logout(page);
});

test("the public version shows aggregates only, in both languages", async ({ page, a11y }) => {
  await page.goto("/statistikk/4601");
  await expect(page.getByRole("heading", { level: 1, name: "Arbeidsinkludering i Bergen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aktive kandidater per arbeidsinkluderingsbedrift" })).toHaveCount(0);
  await a11y();
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Work inclusion in Bergen" })).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Bytt til norsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});
