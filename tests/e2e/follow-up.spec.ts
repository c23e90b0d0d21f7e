import type { Page } from "@playwright/test";
import { expect, login, logout, test } from "./support/fixtures";

/**
 * Follow-up after hire with the demo data (prisma/seed/follow-up.ts): Fjordkafé hires K-97101 and
 * sees the step-down of its wage subsidy; Bergen Arbeid sees the new hire's check-ins and records
 * the one that is due for K-97100. Every step by keyboard, axe in bokmål and English.
 */
const NEEDS = "Ønsker flere vakter i helgene (e2e-notat).";

async function switchLanguage(page: Page, to: "en" | "nb") {
  await page.getByRole("button", { name: to === "en" ? "Switch to English" : "Bytt til norsk" }).press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

/** The employer's proposal of a demo candidate, found through its openings' pipelines. */
async function openProposalOf(page: Page, code: string): Promise<void> {
  await page.goto("/stillinger");
  const ids = await page
    .locator('a[href^="/stillinger/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")?.match(/^\/stillinger\/([a-z0-9]+)$/)?.[1]));
  for (const id of new Set(ids.filter(Boolean))) {
    await page.goto(`/stillinger/${id}/forslag`);
    const link = page.getByRole("link", { name: `Kandidat ${code}` });
    if (await link.count()) {
      await link.first().press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
      return;
    }
  }
  throw new Error(`no proposal of ${code} in Fjordkafé's pipelines`);
}

test("a hire gets its check-ins, the company records one, and the employer sees the step-down reminder", async ({
  page,
  a11y,
}) => {
  test.setTimeout(240_000);
  // 1. The employer records the hire of K-97101 (40 % temporary wage subsidy for 12 months).
  await login(page, "sigrid@fjordkafe.no");
  await openProposalOf(page, "K-97101");
  await page.getByLabel("Flytt til").selectOption({ label: "Fått jobben" });
  await page.getByRole("button", { name: "Flytt", exact: true }).press("Enter");
  await expect(page.getByText("Forslaget er flyttet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Datoer for tiltakene" })).toBeVisible();
  await expect(page.getByText("Midlertidig lønnstilskudd går ned fra 40 % til 30 %.")).toBeVisible();
  await expect(page.getByText(/Refusjonskrav for Midlertidig lønnstilskudd/).first()).toBeVisible();
  // The employer never sees the company's follow-up.
  await expect(page.getByRole("heading", { name: "Oppfølging etter ansettelse" })).toHaveCount(0);
  await a11y();
  await switchLanguage(page, "en");
  await expect(page.getByText("Temporary wage subsidy steps down from 40 % to 30 %.")).toBeVisible();
  await a11y();
  await switchLanguage(page, "nb");

  // 2. A hire whose step-down is ten days away: the reminder stands now.
  await openProposalOf(page, "K-97102");
  await expect(page.getByRole("list", { name: "Gjelder nå" })).toContainText("går ned fra 40 % til 30 %");
  await a11y();
  await logout(page);

  // 3. The company sees the new hire's check-ins and records the one that is due.
  await login(page, "anne@bergenarbeid.no");
  await page.getByRole("link", { name: "Oppfølging etter ansettelse" }).press("Enter");
  await expect(page.getByRole("heading", { name: "De neste tre månedene" })).toBeVisible();
  await expect(page.getByRole("link", { name: "K-97101" }).first()).toBeVisible();
  await a11y();
  await page.getByRole("link", { name: "Registrer K-97100 etter 1 mnd." }).press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("K-97100");
  await a11y();
  // Sent without an answer: the error summary names the question.
  await page.getByRole("button", { name: "Registrer oppfølgingen" }).press("Enter");
  await expect(page.getByText("Svar ja eller nei.").first()).toBeVisible();
  await a11y();
  await page.getByRole("radio", { name: "Ja" }).press("Space");
  await page.getByLabel("Timer per uke").fill("30");
  await page.getByLabel("Behov fremover").fill(NEEDS);
  await page.getByRole("button", { name: "Registrer oppfølgingen" }).press("Enter");
  await expect(page.getByText("Oppfølgingen er registrert.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Registrert siste år" })).toBeVisible();
  await a11y();
  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { name: "Follow-up after hire", level: 1 })).toBeVisible();
  await a11y();
  await switchLanguage(page, "nb");
  await logout(page);

  // 4. The needs stay with the company: the employer's page of that hire does not hold them.
  await login(page, "sigrid@fjordkafe.no");
  await openProposalOf(page, "K-97100");
  expect(await page.content()).not.toContain("e2e-notat");
  await logout(page);
});
