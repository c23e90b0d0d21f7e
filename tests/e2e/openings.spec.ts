import { expect, login, logout, test } from "./support/fixtures";
import type { Page } from "@playwright/test";

/** The search index is filled by the outbox worker every few seconds: look again until it shows. */
async function expectSearch(page: Page, url: string, title: string, present: boolean) {
  await expect(async () => {
    await page.goto(url);
    await expect(page.getByRole("link", { name: title })).toHaveCount(present ? 1 : 0, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
}

test("an employer creates a job with errors, fixes them, publishes; the public finds it; closing hides it", async ({
  page,
  a11y,
}) => {
  const title = "Oppvaskhjelp på Fjordkafé";
  await login(page, "jonas@fjordkafe.no");
  await page.getByRole("link", { name: "Stillinger og oppdrag" }).click();
  await a11y();
  await page.getByRole("link", { name: "Ny stilling eller oppdrag" }).click();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByRole("alert")).toContainText("Tittel: Fyll ut feltet.");
  await expect(page.getByRole("alert")).toContainText("Yrke: Velg et yrke fra listen.");
  await expect(page.getByLabel("Tittel")).toBeFocused();
  await a11y();

  await page.getByLabel("Tittel").fill("Ok");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByRole("alert")).toContainText("Tittelen må ha minst 3 tegn.");
  await page.getByLabel("Tittel").fill(title);
  await page
    .getByLabel("Beskrivelse")
    .fill("Oppvask og enkel matlaging på en travel kafé på Bryggen.\n\n- Fast mentor\n- Tilpasset arbeidstid");
  await page.getByLabel("Yrke").selectOption("9412");
  await page.getByLabel("Kommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("15");
  await page.getByRole("radio", { name: "Deltid" }).check();
  await page.getByLabel("Ferdigheter").fill("oppvask, kjøkken");
  await page.getByRole("checkbox", { name: "Mentor" }).check();
  await page.getByRole("checkbox", { name: "Tilpasset arbeidstid" }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();
  await a11y();
  const editUrl = page.url().split("?")[0]!;
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Den er nå synlig i søket.")).toBeVisible();
  // An edit after publishing is kept as a version.
  await page.getByLabel("Timer per uke").fill("18");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Endringene er lagret.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Endringer etter publisering" })).toBeVisible();
  await expect(page.getByText(/Versjon 1, .*Jonas Vik: Timer per uke/)).toBeVisible();
  await a11y();
  await logout(page);

  // Anonymous: a misspelled word finds it; facets narrow.
  await expectSearch(page, "/muligheter?q=oppvaskhjlp", title, true);
  await a11y();
  await page.getByRole("checkbox", { name: /Vestland/ }).check();
  await page.getByRole("button", { name: "Bruk filtre" }).click();
  await expect(page).toHaveURL(/county=46/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectSearch(page, "/muligheter?q=oppvaskhjlp&county=50", title, false);
  await expect(page.getByText("Ingen treff.")).toBeVisible();
  await a11y();
  await page.goto("/muligheter?q=oppvaskhjlp");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<
    string,
    unknown
  >;
  expect(jsonLd).toMatchObject({ "@type": "JobPosting", title, hiringOrganization: { name: "Fjordkafé AS" } });
  await a11y();
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Support measures the employer is open to")).toBeVisible();
  await a11y();
  await page.goto("/muligheter?q=oppvaskhjlp");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open jobs and tasks");
  await a11y();
  await page.getByRole("button", { name: "Bytt til norsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");

  // Another employer cannot even see it.
  await login(page, "hilde@bryggebakeri.no");
  const other = await page.goto(editUrl);
  expect(other?.status()).toBe(404);
  await logout(page);

  // Closing removes it from search.
  await login(page, "jonas@fjordkafe.no");
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Lukk" }).click();
  await expect(page.getByText("Lukket. Den vises ikke lenger i søket.")).toBeVisible();
  await expectSearch(page, "/muligheter?q=oppvaskhjlp", title, false);
});

test("the opening form in English, with errors", async ({ page, a11y }) => {
  await login(page, "sigrid@fjordkafe.no");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/stillinger/ny");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New job or task");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toContainText("Title: Fill in this field.");
  await expect(page.getByRole("alert")).toContainText("Occupation: Choose an occupation from the list.");
  await a11y();
  await page.getByRole("button", { name: "Bytt til norsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});

test("the English twin of the search page keeps its language in its links", async ({ page, a11y }) => {
  await page.goto("/en/opportunities?q=renhold");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open jobs and tasks");
  await a11y();
  const first = page.getByRole("list").locator("h3 a").first();
  await expect(first).toHaveAttribute("href", /^\/en\/opportunities\/[a-z0-9]+$/);
  await first.click();
  await expect(page.getByText("Support measures the employer is open to")).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Bytt til norsk" }).click();
  await expect(page).toHaveURL(/\/muligheter\/[a-z0-9]+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});
