import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, login, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";

/**
 * Issue 18, the candidate's own page: the company sends the link (read from the SMTP catcher),
 * the candidate decides on a phone-sized screen, an employer finds and asks, the candidate
 * approves that one employer through a new link, and withdraws the listing.
 */
const person = {
  name: "Selam Påfunnsdatter",
  email: `selam.pafunn.${Date.now()}@eksempel.no`,
  skill: "bikkjelufting",
};
const PHONE = { width: 360, height: 760 };
// Saving a candidate or an answer writes the record, the outbox and the audit log: on a busy test machine that takes seconds.
const SLOW = { timeout: 20_000 };

async function signedInContext(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "nb-NO" });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

/** The newest link to the candidate's page in their mailbox, other than the ones already used. */
async function newLink(used: string[]): Promise<string> {
  let link = "";
  await expect(async () => {
    const mail = await waitForMail({ to: person.email });
    link = mail.links.find((l) => l.includes("/min-side/inn")) ?? "";
    expect(link).not.toBe("");
    expect(used).not.toContain(link);
  }).toPass({ timeout: 15_000 });
  return link;
}

async function openLink(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Åpne din side" })).toBeVisible(SLOW);
  await page.getByRole("button", { name: "Åpne siden min" }).click();
}

async function searchFor(page: Page, code: string, visible: boolean) {
  await expect(async () => {
    await page.goto(`/talentsok?q=${person.skill}`);
    await expect(page.getByRole("link", { name: `Kandidat ${code}` })).toHaveCount(visible ? 1 : 0, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

test("the candidate decides on their own page: listing yes, sharing no, one employer introduced, listing withdrawn", async ({
  browser,
  page,
  a11y,
}) => {
  test.setTimeout(180_000);
  // The company creates the candidate (no consent recorded) and sends the link.
  const company = await signedInContext(browser, "mohammed@bergenarbeid.no");
  await company.goto("/kandidater/ny");
  await company.getByLabel("Navn", { exact: true }).fill(person.name);
  await company.getByLabel("E-post (valgfritt)").fill(person.email);
  const occupation = company.getByRole("checkbox", { name: "Vinduspusser" });
  if (!(await occupation.isVisible())) await company.getByText("Renhold og vask").click();
  await occupation.check();
  await company.getByLabel("Ferdigheter").fill(`${person.skill}, vinduspuss`);
  await company.getByLabel("Arbeidserfaring", { exact: true }).fill("Har pusset vinduer i butikker i tre år.");
  await company.getByLabel("Bostedskommune").selectOption({ label: "Bergen (Vestland)" });
  await company.getByLabel("Timer per uke").fill("25");
  await company.getByRole("checkbox", { name: "Tilpasset arbeidstid" }).check();
  await company.getByRole("button", { name: "Lagre" }).click();
  await expect(company.getByText("Kandidaten er lagret.")).toBeVisible(SLOW);
  const code = (await company.getByRole("heading", { level: 1 }).textContent())?.match(/K-\d{5}/)?.[0] ?? "";
  expect(code).toMatch(/^K-\d{5}$/);
  await company.getByRole("button", { name: "Send lenke på e-post" }).click();
  await expect(company.getByText("Lenken er sendt.")).toBeVisible(SLOW);
  await expectAccessible(company);
  const first = await newLink([]);
  // The link carries a token and nothing else.
  expect([...new URL(first).searchParams.keys()]).toEqual(["token"]);
  for (const s of [code, person.name, person.email, "selam"])
    expect(first.toLowerCase()).not.toContain(s.toLowerCase());

  // The candidate, on a phone.
  await page.setViewportSize(PHONE);
  await openLink(page, first);
  await expect(page.getByRole("heading", { level: 1, name: "Din side" })).toBeVisible(SLOW);
  await expect(page.getByRole("heading", { name: "Dette ser arbeidsgivere" })).toBeVisible(SLOW);
  await expect(page.getByText(`bare koden ${code}`)).toBeVisible(SLOW);
  await expect(page.getByText("Bergen Arbeid og Inkludering AS", { exact: true })).toBeVisible(SLOW);
  await expect(page.getByText(person.name)).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await a11y();
  await page
    .getByRole("group", { name: "Vil du være med i kandidatsøket?" })
    .getByRole("button", { name: "Ja", exact: true })
    .click();
  await expect(page.getByText("Svaret ditt er lagret.")).toBeVisible(SLOW);
  const sharing = page.getByRole("group", { name: /Vil du dele behov for tilrettelegging/ });
  await sharing.getByRole("button", { name: "Nei", exact: true }).click();
  await expect(page.getByText("Svaret ditt er lagret.")).toBeVisible(SLOW);
  await expect(page.getByRole("group", { name: "Vil du være med i kandidatsøket?" })).toContainText(
    "Du har sagt ja.",
    SLOW,
  );
  await expect(sharing).toContainText("Du har ikke sagt ja.");
  await expect(page.getByText(/deg, gjennom lenken/).first()).toBeVisible(SLOW);
  await a11y();
  // The used link is refused.
  await openLink(page, first);
  await expect(page.getByRole("alert")).toContainText("Lenken virker ikke lenger");
  await a11y();

  // An employer finds the profile, without the accommodation need, and asks to be introduced.
  const employer = await signedInContext(browser, "sigrid@fjordkafe.no");
  await searchFor(employer, code, true);
  await employer.getByRole("link", { name: `Kandidat ${code}` }).click();
  await expect(employer.getByRole("heading", { level: 1, name: `Kandidat ${code}` })).toBeVisible(SLOW);
  await expect(employer.getByText("Behov for tilrettelegging")).toHaveCount(0);
  await expect(employer.getByText("Tilpasset arbeidstid")).toHaveCount(0);
  await expect(employer.getByText(person.name)).toHaveCount(0);
  await employer.getByRole("button", { name: "Be om å bli presentert" }).click();
  await expect(employer.getByText(/Spørsmålet er sendt/)).toBeVisible(SLOW);
  await expectAccessible(employer);

  // The company sees the request and sends a new link; the candidate approves that one employer.
  await company.reload();
  await expect(company.getByRole("region", { name: "Kandidatens egen side" })).toContainText(
    "Fjordkafé AS ba om presentasjon",
    SLOW,
  );
  await company.getByRole("button", { name: "Send lenke på e-post" }).click();
  await expect(company.getByText("Lenken er sendt.")).toBeVisible(SLOW);
  const second = await newLink([first]);
  await openLink(page, second);
  await expect(page.getByText(/Fjordkafé AS vil gjerne vite hvem du er/)).toBeVisible(SLOW);
  await page.getByRole("button", { name: "Ja, presenter meg for Fjordkafé AS" }).click();
  await expect(page.getByText("Du sa ja.")).toBeVisible(SLOW);
  await expect(page.getByRole("region", { name: "Arbeidsgivere som vet hvem du er" })).toContainText("Fjordkafé AS");
  await a11y();

  // The employer now sees who the candidate is.
  await employer.reload();
  await expect(employer.getByText(person.name)).toBeVisible(SLOW);
  await expect(employer.getByText(person.email)).toBeVisible(SLOW);

  // The company's view: who gave each consent, and whether it still holds.
  await company.reload();
  await expect(company.getByText(/gitt .* av kandidaten selv, gjennom lenken/).first()).toBeVisible(SLOW);
  await expect(company.getByText(/Fjordkafé AS: ja/)).toBeVisible(SLOW);

  // The candidate withdraws the listing: the hit is gone.
  await page
    .getByRole("group", { name: "Vil du være med i kandidatsøket?" })
    .getByRole("button", { name: "Nei, trekk samtykket" })
    .click();
  await expect(page.getByText("Svaret ditt er lagret.")).toBeVisible(SLOW);
  await searchFor(employer, code, false);
  expect((await employer.request.get(`/talentsok/${code}`)).status()).toBe(404);

  // The candidate's page in English too, and signing out ends the session.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your page" })).toBeVisible(SLOW);
  await a11y();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText(/You are signed out/)).toBeVisible(SLOW);
  await a11y();
  await page.goto("/min-side");
  await expect(page).toHaveURL(/\/min-side\/inn$/);
  await company.context().close();
  await employer.context().close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the candidate signs in and answers a consent with plain form posts", async ({ browser, page }) => {
    const company = await signedInContext(browser, "anne@bergenarbeid.no");
    await company.goto("/kandidater?listed=no&status=ACTIVE");
    const href = await company
      .getByRole("link", { name: /^K-\d{5}$/ })
      .first()
      .getAttribute("href");
    await company.goto(href ?? "/kandidater");
    const address = (await company.content()).match(/[\w.+-]+@eksempel\.no/)?.[0] ?? "";
    expect(address).not.toBe("");
    await company.getByRole("button", { name: "Send lenke på e-post" }).click();
    await expect(company.getByText("Lenken er sendt.")).toBeVisible(SLOW);
    const mail = await waitForMail({ to: address });
    const link = mail.links.find((l) => l.includes("/min-side/inn")) ?? "";
    await page.setViewportSize(PHONE);
    await openLink(page, link);
    await expect(page.getByRole("heading", { level: 1, name: "Din side" })).toBeVisible(SLOW);
    await page
      .getByRole("group", { name: "Vil du være med i kandidatsøket?" })
      .getByRole("button", { name: "Ja", exact: true })
      .click();
    await expect(page.getByText("Svaret ditt er lagret.")).toBeVisible(SLOW);
    await expect(page.getByRole("group", { name: "Vil du være med i kandidatsøket?" })).toContainText(
      "Du har sagt ja.",
    );
    // Erasure without the confirmation: the error summary names the box.
    await page.getByRole("button", { name: "Be om sletting" }).click();
    await expect(page.getByRole("alert")).toContainText("Kryss av for at du vil bli slettet.");
    await company.context().close();
  });
});
