import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { demoCandidates } from "../../prisma/seed/demo-candidates";
import { expect, login, logout, test } from "./support/fixtures";

const person = {
  name: "Tesfalem Oppdiktet",
  email: "tesfalem.oppdiktet@eksempel.no",
  phone: "98765432",
  birthYear: "1979",
};
const personal = [person.name, "Tesfalem", "Oppdiktet", person.email, person.phone, person.birthYear];

/** The personal data of every seeded candidate, as the privacy rules name it. */
function seededPersonalData(): string[] {
  return demoCandidates().flatMap((c) => [String(c.fields.fullName), String(c.fields.email), String(c.fields.phone)]);
}

async function expectNoPersonalData(page: Page, strings: string[]) {
  const html = await page.content();
  for (const s of strings) expect(html, `page ${page.url()} shows ${s}`).not.toContain(s);
}

test("a company records a candidate with consent; an employer finds it by a misspelled occupation, sees no personal data and asks; the company sees the request", async ({
  page,
  a11y,
}) => {
  await login(page, "anne@bergenarbeid.no");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Kandidater" }).click();
  await a11y();
  await page.getByRole("link", { name: "Ny kandidat" }).click();
  // Empty form: the error summary lists the fields and the first one gets focus.
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByRole("alert")).toContainText("Navn: Fyll ut feltet.");
  await expect(page.getByRole("alert")).toContainText("Velg minst ett og høyst fem yrker.");
  await expect(page.getByLabel("Navn", { exact: true })).toBeFocused();
  await a11y();

  await page.getByLabel("Navn", { exact: true }).fill(person.name);
  await page.getByLabel("Fødselsår (valgfritt)").fill(person.birthYear);
  await page.getByLabel("Telefon (valgfritt)").fill(person.phone);
  await page.getByLabel("E-post (valgfritt)").fill(person.email);
  // Occupations are grouped in disclosure widgets; the first group is open after an error.
  const occupation = page.getByRole("checkbox", { name: "Vinduspusser" });
  if (!(await occupation.isVisible())) await page.getByText("Renhold og vask").click();
  await occupation.check();
  await page.getByLabel("Ferdigheter").fill("vinduspuss, høydearbeid");
  // A summary that names the person is sent back once with a warning.
  await page.getByLabel("Arbeidserfaring", { exact: true }).fill("Tesfalem har pusset vinduer på kontorbygg i to år.");
  await page.getByLabel("Bostedskommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("30");
  await page.getByRole("checkbox", { name: "Kandidaten samtykker til å stå anonymt i kandidatsøket" }).check();
  await page.getByLabel("Dato samtykket ble gitt").fill("2026-11-20");
  await page.getByRole("radio", { name: "Signert på papir" }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText(/Teksten kan inneholde navn/).first()).toBeVisible();
  await a11y();
  await page
    .getByLabel("Arbeidserfaring", { exact: true })
    .fill("Har pusset vinduer på kontorbygg i to år, også med lift.");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Kandidaten er lagret.")).toBeVisible();
  await expect(page.getByText("Står i kandidatsøket")).toBeVisible();
  const code = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/K-\d{5}/)?.[0];
  expect(code).toBeTruthy();
  await a11y();
  await logout(page);

  await login(page, "sigrid@fjordkafe.no");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Kandidatsøk" }).click();
  await a11y();
  // The outbox worker indexes within seconds: search again until the profile shows.
  await expect(async () => {
    await page.goto("/talentsok");
    await page.getByLabel("Søk etter yrke eller ferdighet").fill("vindupusser");
    await page.getByLabel("Kan jobbe i kommune").selectOption({ label: "Bergen (Vestland)" });
    await page.getByLabel("Minst timer per uke").fill("20");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await expect(page.getByRole("link", { name: `Kandidat ${code}` })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await a11y();
  await expectNoPersonalData(page, [...personal, ...seededPersonalData()]);
  // The hit names the occupation in the reader's language only (the index holds both, for matching).
  const hit = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Kandidat ${code}` }) });
  await expect(hit).toContainText("Vinduspusser");
  await expect(hit).not.toContainText("Window cleaner");
  await page.getByRole("link", { name: `Kandidat ${code}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Kandidat ${code}` })).toBeVisible();
  await expect(page.getByText("Bergen Arbeid og Inkludering AS", { exact: true })).toBeVisible();
  await expectNoPersonalData(page, personal);
  await a11y();
  await page.getByRole("button", { name: "Send henvendelse" }).click();
  await expect(page.getByLabel("Melding")).toBeFocused();
  await page.getByLabel("Melding").fill("Vi trenger hjelp med vinduspuss på kafeen to dager i uka.");
  await page.getByRole("button", { name: "Send henvendelse" }).click();
  await expect(page.getByText(/Henvendelsen er sendt til Bergen Arbeid og Inkludering AS/)).toBeVisible();
  await a11y();
  // Another employer's direct request for the company's own pages: 403, nothing shown.
  const res = await page.request.get("/kandidater");
  expect(res.status()).toBe(403);
  await logout(page);

  await login(page, "mohammed@bergenarbeid.no");
  await page.goto("/kandidater/henvendelser");
  await expect(page.getByText("Vi trenger hjelp med vinduspuss på kafeen to dager i uka.")).toBeVisible();
  await expect(page.getByRole("link", { name: code ?? "" })).toBeVisible();
  await a11y();
  await page
    .getByRole("link", { name: code ?? "" })
    .first()
    .click();
  await expect(page.getByText(/Henvendelse fra Fjordkafé/)).toBeVisible();
  // Withdrawing the consent takes the profile out of the search at once.
  await page.getByRole("button", { name: "Trekk samtykke: Oppføring i kandidatsøket" }).click();
  await expect(page.getByText("Samtykket er trukket. Profilen er fjernet fra søket.")).toBeVisible();
  await a11y();
  await logout(page);

  await login(page, "sigrid@fjordkafe.no");
  await page.goto(`/talentsok?q=vinduspusser`);
  await expect(page.getByRole("link", { name: `Kandidat ${code}` })).toHaveCount(0);
  expect((await page.request.get(`/talentsok/${code}`)).status()).toBe(404);
});

test("the company's admin lists who viewed personal data; the server log holds no candidate's personal data", async ({
  page,
  a11y,
}) => {
  await login(page, "anne@bergenarbeid.no");
  await page.goto("/kandidater");
  await page
    .getByRole("link", { name: /^K-\d{5}$/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Personopplysninger" })).toBeVisible();
  await page.goto("/kandidater/logg");
  await expect(page.getByRole("cell", { name: "Så personopplysninger" }).first()).toBeVisible();
  await a11y();
  const log = readFileSync(path.resolve(import.meta.dirname, "../../.data/e2e-server.log"), "utf8");
  expect(log).toContain('"msg":"request"');
  // A number (phone, birth year) counts only standing alone: "1979" inside a millisecond timestamp is not a birth year.
  const mentions = (text: string) =>
    new RegExp(`(?<![0-9])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![0-9])`).test(log);
  for (const s of [...personal, ...seededPersonalData()]) expect(mentions(s), `server log holds ${s}`).toBe(false);
});
