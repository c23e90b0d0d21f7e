import type { Locator, Page } from "@playwright/test";
import { expect, login, logout, test } from "./support/fixtures";

/** Moves focus to the element with the keyboard alone: Tab until it has it (as a person would). */
async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${String(target)} with Tab`);
}

async function switchLanguage(page: Page, to: "en" | "nb") {
  const button = page.getByRole("button", { name: to === "en" ? "Switch to English" : "Bytt til norsk" });
  await tabTo(page, button);
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

test("a NAV user approves midlertidig lønnstilskudd at 40 % and the employer sees it on the proposal (keyboard only, nb and en)", async ({
  page,
  a11y,
}) => {
  test.setTimeout(180_000);
  // 1. NAV Bergenhus opens a case still waiting for its decision, from its list of cases.
  await login(page, "jon.nav@nav.no");
  await tabTo(page, page.getByRole("link", { name: "NAV-saker" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "NAV-saker" })).toBeVisible();
  await a11y();
  const waiting = page
    .getByRole("row")
    .filter({ hasText: /0 av \d+ tiltak vurdert/ })
    .first();
  const caseLink = waiting.getByRole("link");
  await tabTo(page, caseLink);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /^NAV-sak: K-\d{5}/ })).toBeVisible();
  const proposalId = page.url().split("?")[0]!.split("/").pop() ?? "";
  // The employer's view and never more: no contact data, no thread of messages, no candidate record.
  await expect(page.getByRole("heading", { name: "Kontaktinformasjon" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Meldinger" })).toHaveCount(0);
  await expect(page.locator('a[href^="/kandidater/"]')).toHaveCount(0);
  await a11y();

  // 2. The decision, with the keyboard: approved, 40 %, 1 January to 30 June 2027.
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: /Midlertidig lønnstilskudd/ }) });
  await tabTo(page, form.getByRole("radio", { name: "Innvilget" }));
  await page.keyboard.press("Space");
  await tabTo(page, form.getByLabel("Tilskuddsprosent"));
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("40");
  // Date fields are reached by Tab; their value is set directly, since Chromium's segmented date
  // editor moves between day, month and year on Tab and typing into it depends on the segment.
  const from = form.getByLabel("Fra og med");
  await tabTo(page, from);
  await from.fill("2027-01-01");
  const to = form.getByLabel("Til og med");
  await tabTo(page, to);
  await to.fill("2027-06-30");
  await tabTo(page, form.getByRole("button", { name: "Lagre vedtak om Midlertidig lønnstilskudd" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Vedtaket er lagret. Arbeidsgiveren og bedriften er varslet.")).toBeVisible();
  await expect(page.getByRole("table", { name: "NAVs vedtak" }).getByRole("cell", { name: "40 %" })).toBeVisible();
  await a11y();
  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1, name: /^NAV case: K-\d{5}/ })).toBeVisible();
  await a11y();
  await switchLanguage(page, "nb");
  await logout(page);

  // 3. Another NAV office does not find the case at all.
  await login(page, "turid.nav@nav.no");
  const stranger = await page.goto(`/nav/saker/${proposalId}`);
  expect(stranger?.status()).toBe(404);
  await page.goto("/");
  await logout(page);

  // 4. The employer sees NAV's decision on the proposal, and the estimate uses it.
  await login(page, "sigrid@fjordkafe.no");
  await page.goto(`/forslag/${proposalId}`);
  const decisions = page.getByRole("table", { name: "NAVs vedtak" });
  const row = decisions.getByRole("row").filter({ hasText: "Midlertidig lønnstilskudd" });
  await expect(row.getByRole("cell", { name: "Innvilget" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "40 %" })).toBeVisible();
  await expect(page.getByText(/Beregningen bruker NAVs vedtak/)).toBeVisible();
  await a11y();

  // 5. The printable summary for NAV's agreement form, reached by keyboard, in both languages.
  await tabTo(page, row.getByRole("link", { name: "Utskrift for Midlertidig lønnstilskudd" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /^Midlertidig lønnstilskudd for K-\d{5}/ })).toBeVisible();
  for (const heading of ["Parter", "Tiltak og periode", "Lønnsgrunnlag", "Oppfølgingsplan", "Kontaktpersoner"])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expect(page.getByText("40 % de første 6 månedene")).toHaveCount(0); // six months approved: no step-down
  await expect(page.getByText("NAV Bergenhus", { exact: false }).first()).toBeVisible();
  await a11y();
  // Printed, the site's header and the links around the summary are gone.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByRole("link", { name: "Tilbake til forslaget" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 2, name: "Wage basis" })).toBeVisible();
  await a11y();
  await page.goto(`/forslag/${proposalId}`);
  await expect(
    page.getByRole("table", { name: "NAV's decisions" }).getByRole("cell", { name: "Approved" }),
  ).toBeVisible();
  await a11y();
  await switchLanguage(page, "nb");
});
