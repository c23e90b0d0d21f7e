import { expect, login, logout, test } from "./support/fixtures";

test("a municipality member sees its own figures, switches period and exports CSV; another municipality sees other numbers", async ({
  page,
  a11y,
}) => {
  await login(page, "ola.hansen@bergen.kommune.no");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Statistikk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statistikk for Bergen" })).toBeVisible();
  // The seeded proposals to Fjordkafé's openings in Bergen.
  const funnel = page.getByRole("table", { name: "Fra forslag til jobb" });
  const proposed = Number(
    await funnel
      .getByRole("row", { name: /^Foreslått/ })
      .getByRole("cell")
      .textContent(),
  );
  expect(proposed).toBeGreaterThanOrEqual(5);
  // Small groups are suppressed.
  await expect(page.getByRole("cell", { name: "< 5" }).first()).toBeVisible();
  await expect(page.getByRole("img", { name: "Fra forslag til jobb" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Innkjøp fra arbeidsinkluderingsbedrifter per kvartal" }),
  ).toBeVisible();
  // The demo's orders of Bergen kommune to inclusion companies: two from its tasks, and the
  // call-offs on its agreement with Bergen Arbeid spread over the past year.
  const procurement = page.getByRole("table", { name: "Innkjøp fra arbeidsinkluderingsbedrifter per kvartal" });
  await expect(procurement.getByRole("row", { name: /^\d{4}-Q[1-4] .*kr/ }).first()).toBeVisible();
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
  const other = Number(
    await page
      .getByRole("table", { name: "Fra forslag til jobb" })
      .getByRole("row", { name: /^Foreslått/ })
      .getByRole("cell")
      .textContent(),
  );
  expect(other).not.toBe(proposed);
  // Trondheim's purchases are the call-offs on its in-house agreement with Nidaros Jobbsenter.
  await expect(
    page
      .getByRole("table", { name: "Innkjøp fra arbeidsinkluderingsbedrifter per kvartal" })
      .getByRole("row", { name: /^\d{4}-Q[1-4] .*kr/ })
      .first(),
  ).toBeVisible();
  await a11y();
  await logout(page);
});

/** The last quarter that has ended on the Oslo calendar (the public page's default), as 2026-K3, and its first day. */
function lastCompletedQuarter(now = new Date()): { key: string; firstDay: string; running: string } {
  const [y, m] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(now)
    .split("-")
    .map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  const [year, quarter] = q === 0 ? [y - 1, 4] : [y, q];
  return {
    key: `${year}-K${quarter}`,
    firstDay: `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`,
    running: `${y}-K${q + 1}`,
  };
}

test("the public version shows aggregates only for completed quarters and years, in both languages", async ({
  page,
  a11y,
}) => {
  const last = lastCompletedQuarter();
  await page.goto("/statistikk/4601");
  await expect(page.getByRole("heading", { level: 1, name: "Arbeidsinkludering i Bergen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aktive kandidater per arbeidsinkluderingsbedrift" })).toHaveCount(0);
  // The period is picked from a list of completed quarters and years; the default is the last completed quarter.
  const periode = page.getByRole("combobox", { name: "Periode" });
  await expect(periode).toHaveValue(last.key);
  await expect(page.getByText(new RegExp(`^Viser ${last.firstDay} til`))).toBeVisible();
  await expect(periode.locator(`option[value="${last.running}"]`)).toHaveCount(0);
  // No editable assumptions in public; the saving's formula with the cells is there.
  await expect(page.getByRole("spinbutton")).toHaveCount(0);
  await expect(
    page.getByRole("table", { name: "Utregning av besparelsen" }).getByRole("row", { name: /^Uten målgruppe/ }),
  ).toBeVisible();
  await a11y();

  // A whole year, in the URL, and the CSV follows the page.
  const lastYear = String(Number(last.key.slice(0, 4)) - (last.key.endsWith("K4") ? 0 : 1));
  await periode.selectOption(lastYear);
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?periode=${lastYear}$`));
  await expect(page.getByText(`Viser ${lastYear}-01-01 til ${lastYear}-12-31`)).toBeVisible();
  const csvHref = await page.getByRole("link", { name: "Last ned alle tall (CSV)" }).getAttribute("href");
  expect(csvHref).toBe(`/statistikk/4601/eksport?periode=${lastYear}`);
  const csv = await (await page.request.get(csvHref ?? "")).text();
  expect(csv).toContain(`,${lastYear}-01-01,${lastYear}-12-31`);
  await a11y();

  // A custom range (or the running quarter) is not a public period: the default is shown instead.
  await page.goto(`/statistikk/4601?period=custom&from=${last.firstDay}&to=${last.firstDay}&periode=${last.running}`);
  await expect(page.getByText(new RegExp(`^Viser ${last.firstDay} til`))).toBeVisible();

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Work inclusion in Bergen" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Period" }).locator("option:checked")).toHaveText(
    `Q${last.key.slice(-1)} ${last.key.slice(0, 4)}`,
  );
  await a11y();
  await page.getByRole("button", { name: "Bytt til norsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});
