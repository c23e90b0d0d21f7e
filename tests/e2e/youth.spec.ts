import { expect, login, logout, test } from "./support/fixtures";
import type { Page } from "@playwright/test";

/**
 * Issue 17: a business posts a summer job and an apprenticeship; a 19-year-old candidate of an
 * inclusion company gets both suggested with reasons; an anonymous visitor finds the summer job
 * through the quick filter on a phone-sized viewport; axe clean in nb and en; no public page
 * scrolls sideways at 360 px.
 */
const PHONE = { width: 360, height: 740 };
// Long journeys (two openings, a candidate, the index catching up, many pages scanned by axe).
test.describe.configure({ timeout: 240_000 });
const stamp = Date.now().toString(36);
const summerTitle = `Sommerjobb i kaffebaren ${stamp}`;
const apprenticeTitle = `Lærling i kokkfaget ${stamp}`;

async function fillBasics(page: Page, kind: string, title: string, occupation: string) {
  await page.goto("/stillinger/ny");
  await page.getByRole("radio", { name: kind }).check();
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Beskrivelse").fill("En god første jobb for deg som er ung, med fast fadder og opplæring.");
  await page.getByLabel("Yrke").selectOption(occupation);
  await page.getByLabel("Kommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("30");
  await page.getByRole("radio", { name: "Deltid" }).check();
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Den er nå synlig i søket.")).toBeVisible();
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

test("a summer job and an apprenticeship reach a 19-year-old with reasons, and an anonymous phone finds the summer job", async ({
  page,
  a11y,
}) => {
  await login(page, "hilde@bryggebakeri.no");
  // The apprenticeship's own fields are required: the summary names them.
  await fillBasics(page, "Læreplass", apprenticeTitle, "5120");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByRole("alert")).toContainText("Velg lærefaget.");
  await a11y();
  await page.getByLabel("Utdanningsprogram").selectOption({ label: "Restaurant- og matfag" });
  await page.getByLabel("Lærefag").selectOption({ label: "Kokkfaget" });
  await page.getByLabel("Lengde i måneder").fill("24");
  await page.getByRole("checkbox", { name: "Vi er godkjent lærebedrift" }).check();
  await publish(page);

  await fillBasics(page, "Sommerjobb", summerTitle, "5246");
  await page.getByLabel("Oppstart").fill("2027-06-21");
  await page.getByLabel("Siste dag").fill("2027-07-16");
  await page.getByLabel("Laveste alder").fill("16");
  await page.getByLabel("Høyeste alder").fill("24");
  await publish(page);
  await logout(page);

  // The inclusion company records a 19-year-old who wants to cook and work in a café.
  await login(page, "anne@bergenarbeid.no");
  await page.goto("/kandidater/ny");
  await page.getByLabel("Navn", { exact: true }).fill(`Ung Kandidat ${stamp}`);
  await page.getByLabel("Fødselsår (valgfritt)").fill(String(new Date().getFullYear() - 19));
  await page.getByText("Kjøkken, kantine og servering").click();
  await page.getByRole("checkbox", { name: "Kokk", exact: true }).check();
  await page.getByRole("checkbox", { name: "Kafé- og kantinemedarbeider" }).check();
  await page.getByLabel("Ferdigheter").fill("matlaging");
  await page.getByLabel("Bostedskommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("37");
  await page.getByRole("checkbox", { name: "Under 25 år (0–24-samarbeidet)" }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Kandidaten er lagret.")).toBeVisible();
  const candidateUrl = page.url().split("?")[0]!;
  await expect(async () => {
    await page.goto(`${candidateUrl}/stillinger`);
    await expect(page.getByRole("heading", { name: summerTitle })).toBeVisible({ timeout: 1000 });
    await expect(page.getByRole("heading", { name: apprenticeTitle })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  const apprenticeCard = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: apprenticeTitle }) });
  await apprenticeCard.getByText("Hvorfor").click();
  await expect(
    apprenticeCard.getByText("Under 25 år og interessert i kokkfaget: en læreplass innen rekkevidde."),
  ).toBeVisible();
  const summerCard = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: summerTitle }) });
  await summerCard.getByText("Hvorfor").click();
  await expect(summerCard.getByText("19 år, innenfor 16–24 år, og kan begynne 2027-06-21.")).toBeVisible();
  await a11y();
  await logout(page);

  // An anonymous visitor on a phone: the youth page, then the quick filter, the summer job in the first screen.
  await page.setViewportSize(PHONE);
  await page.goto("/ung");
  await a11y();
  await noSidewaysScroll(page);
  await page.getByRole("link", { name: "Se sommerjobber" }).click();
  await expect(page).toHaveURL(/kind=SUMMER_JOB/);
  await expect(async () => {
    await page.goto("/muligheter");
    await page.getByRole("link", { name: "Sommerjobb", exact: true }).click();
    await expect(page.getByRole("link", { name: summerTitle })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByRole("link", { name: apprenticeTitle })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sommerjobb", exact: true })).toHaveAttribute("aria-current", "page");
  await noSidewaysScroll(page);
  await a11y();
  await page.getByRole("link", { name: summerTitle }).click();
  await expect(page.getByText("16–24 år")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Støtte som kan gjelde" })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
    employmentType: string[];
    educationRequirements: unknown;
  };
  expect(jsonLd.employmentType).toContain("TEMPORARY");
  expect(jsonLd.educationRequirements).toBe("no requirements");
  await a11y();
  await noSidewaysScroll(page);
});

test("every public page fits a 360 px phone, a search shows a result in the first screen, and nb and en pass axe", async ({
  page,
  a11y,
}) => {
  await page.setViewportSize(PHONE);
  for (const path of [
    "/",
    "/ung",
    "/muligheter",
    "/kostnadskalkulator",
    "/logg-inn",
    "/registrer",
    "/en/opportunities",
  ]) {
    await page.goto(path);
    await noSidewaysScroll(page);
    await a11y();
  }
  // The front page's long word wraps inside its card.
  await page.goto("/");
  const card = page.getByRole("heading", { name: "For arbeidsinkluderingsbedrifter" });
  const box = await card.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
  // A result is in the first screen of a search; the filters wait behind a disclosure.
  await page.goto("/muligheter");
  const first = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .first();
  const firstBox = await first.boundingBox();
  expect(firstBox).not.toBeNull();
  expect(firstBox?.y ?? PHONE.height).toBeLessThan(PHONE.height);
  await expect(page.getByRole("button", { name: "Bruk filtre" })).toBeHidden();
  await page.getByText("Vis filtre og sortering").click();
  await expect(page.getByRole("button", { name: "Bruk filtre" })).toBeVisible();
  // The menu folds away on a phone and opens without JavaScript's help.
  await expect(
    page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "For unge" }),
  ).toBeHidden();
  await page.getByText("Meny", { exact: true }).click();
  await expect(
    page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "For unge" }),
  ).toBeVisible();

  // English: the youth page and the search.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await page.goto("/ung");
  await expect(page.getByRole("heading", { level: 1, name: "Work for young people" })).toBeVisible();
  await noSidewaysScroll(page);
  await a11y();
  await page.goto("/en/opportunities?kind=SUMMER_JOB");
  await expect(page.getByRole("link", { name: "Summer jobs" })).toHaveAttribute("aria-current", "page");
  await noSidewaysScroll(page);
  await a11y();
});
