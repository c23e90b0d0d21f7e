import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, login, test } from "./support/fixtures";

/** Presses Tab until the locator has focus: the way a keyboard user reaches a link. */
async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("the link was never reached with Tab");
}

const section = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

test("keyboard only: an employer signs in, lands on Mine oppgaver and opens a new proposal from it", async ({
  page,
  a11y,
}) => {
  await page.goto("/logg-inn");
  await page.keyboard.type("sigrid@fjordkafe.no");
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Mine oppgaver" })).toBeVisible();
  await expect(page).toHaveURL(/\/oppgaver$/);
  await a11y();
  // The demo's work waiting for Fjordkafé: proposals nobody has looked at, the meeting it asked
  // for, Bergen Arbeid's message, and its contact person there.
  const fresh = section(page, /^Nye kandidatforslag/);
  await expect(fresh.getByRole("listitem").first()).toContainText(/K-\d+/);
  await expect(section(page, /^Møteforespørsler/).getByRole("listitem")).toHaveCount(1);
  await expect(section(page, /^Meldinger som venter på svar/).getByRole("listitem")).not.toHaveCount(0);
  await expect(
    page.getByRole("table", { name: "Kontaktpersonene deres hos inkluderingsbedriftene" }).getByRole("row", {
      name: /Bergen Arbeid/,
    }),
  ).toBeVisible();
  const first = fresh.getByRole("link").first();
  const title = (await first.textContent()) ?? "";
  await tabTo(page, first);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/forslag\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await a11y();
});

test("an inclusion company's list: questions about its candidates, a meeting to arrange, an order to deliver, a task closing soon", async ({
  page,
  a11y,
}) => {
  await login(page, "mohammed@bergenarbeid.no");
  await expect(page).toHaveURL(/\/oppgaver$/);
  await expect(
    section(page, /^Spørsmål om kandidatene deres/)
      .getByRole("listitem")
      .first(),
  ).toContainText("Fjordkafé AS");
  await expect(section(page, /^Møteforespørsler/)).toContainText("Avtal møtet");
  await expect(
    section(page, /^Bestillinger å levere/)
      .getByRole("listitem")
      .first(),
  ).toContainText("Bergen kommune");
  await expect(
    section(page, /^Oppdrag med tilbudsfrist/)
      .getByRole("listitem")
      .first(),
  ).toContainText(/Frist/);
  // What is for employers and municipalities is not here.
  await expect(section(page, /^Nye kandidatforslag/)).toHaveCount(0);
  await expect(section(page, /^Kommunens tall/)).toHaveCount(0);
  await a11y();
});

test("a municipality's list in English: quotes to evaluate and the year's headline figures, small counts suppressed", async ({
  page,
  a11y,
}) => {
  await login(page, "ola.hansen@bergen.kommune.no");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My tasks" })).toBeVisible();
  const quotes = section(page, /^Quotes to evaluate/);
  await expect(quotes.getByRole("listitem").first()).toContainText(/\d+ quotes?/);
  await quotes.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/stillinger\/[a-z0-9]+\/tilbud$/);
  await page.goBack();
  // The demo agreement with Bergen Arbeid has used more than 80 % of its ceiling.
  await expect(
    section(page, /^Agreements near their ceiling or end/)
      .getByRole("listitem")
      .first(),
  ).toContainText(/% of the ceiling used/);
  const figures = section(page, /^The municipality's figures so far in \d{4}/);
  await expect(figures.getByText("Candidates proposed")).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Bytt til norsk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mine oppgaver" })).toBeVisible();
  await a11y();
});

test("a NAV office's list: the cases waiting for its decision, each opening the case", async ({ page, a11y }) => {
  await login(page, "jon.nav@nav.no");
  await expect(page).toHaveURL(/\/oppgaver$/);
  const cases = section(page, /^Saker som venter på NAVs vedtak/);
  await expect(cases.getByRole("listitem").first()).toContainText(/K-\d+ · \d+ tiltak venter på vedtak/);
  await a11y();
  await cases.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/nav\/saker\/[a-z0-9]+$/);
});
