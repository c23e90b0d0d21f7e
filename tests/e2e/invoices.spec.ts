import type { Page } from "@playwright/test";
import { describeFatal, EHF_COMPILE_TIMEOUT_MS, ensureCompiled, validateEhf } from "../support/ehf-validate";
import { expect, login, logout, test } from "./support/fixtures";

/**
 * EHF invoices end to end: a municipality orders with its purchase reference, the supplier
 * delivers, the buyer accepts and downloads the EHF invoice, which passes the official Peppol BIS
 * Billing 3.0 rules; the supplier sees the same invoice (and the platform's fee invoice, which the
 * buyer does not); a stranger cannot fetch it.
 */
const TITLE = "Snørydding ved sykehjemmet (E2E faktura)";
const REFERENCE = "KOM-4601-E2E-77";

test.beforeAll(async () => {
  // The official rules, compiled once and cached outside git (minutes the first time on these machines).
  test.setTimeout(EHF_COMPILE_TIMEOUT_MS);
  await ensureCompiled();
});

async function postTask(page: Page): Promise<string> {
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto("/stillinger/ny");
  await page.getByRole("radio", { name: "Oppdrag" }).check();
  await page.getByLabel("Tittel").fill(TITLE);
  await page.getByLabel("Beskrivelse").fill("Snørydding og strøing ved inngangene hver morgen gjennom vinteren.");
  await page.getByLabel("Yrke").selectOption("9123");
  await page.getByLabel("Kommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("6");
  await page.getByRole("radio", { name: "Deltid" }).check();
  await page.getByLabel("Tilbudsfrist").fill("2027-06-30");
  await page.getByRole("button", { name: "Lagre" }).click();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Den er nå synlig i søket.")).toBeVisible();
  const id = page.url().split("?")[0]!.split("/").pop() ?? "";
  await logout(page);
  return id;
}

test("a municipality orders with its purchase reference, the supplier delivers, the buyer accepts and downloads a valid EHF invoice; the supplier sees the same invoice", async ({
  page,
  a11y,
}) => {
  test.setTimeout(180_000);
  const taskId = await postTask(page);

  // The supplier gives its account number and KID choice, then quotes.
  await login(page, "anne@bergenarbeid.no");
  await page.goto("/organisasjon/leverandor");
  await page.getByLabel("Kontonummer").fill("1234.56.78900");
  await page.getByRole("button", { name: "Lagre betalingsopplysninger" }).click();
  await expect(page.getByText("Kontonummeret er ikke gyldig", { exact: false }).first()).toBeVisible();
  await page.getByLabel("Kontonummer").fill("8601.11.17947");
  await page.getByRole("radio", { name: "KID med kontrollsiffer etter MOD10" }).check();
  await page.getByRole("button", { name: "Lagre betalingsopplysninger" }).click();
  await expect(page.getByText("Fakturaene har konto 8601.11.17947.")).toBeVisible();
  await a11y();
  await page.goto(`/muligheter/${taskId}`);
  await page.getByRole("link", { name: "Send tilbud" }).click();
  await page.getByLabel("Pris uten mva (kroner)").fill("48000");
  await page.getByLabel("Leveranseplan").fill("Fast lag på tre med arbeidsleder; deltakere lærer vintervedlikehold.");
  await page.getByLabel("Antall i teamet").fill("3");
  await page.getByLabel("Av dem: deltakere i tiltak").fill("2");
  await page.getByLabel("Oppstart").fill("2027-01-11");
  await page.getByRole("button", { name: "Send tilbud" }).click();
  await expect(page.getByText("Tilbudet er sendt.")).toBeVisible();
  await logout(page);

  // The municipality awards with its purchase reference.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(`/stillinger/${taskId}/tilbud`);
  await page.getByLabel("Begrunnelse for tildeling (Bergen Arbeid og Inkludering AS)").fill("Godt opplegg og pris.");
  await page.getByLabel("Innkjøpsreferanse (Bergen Arbeid og Inkludering AS)").fill(REFERENCE);
  await a11y();
  await page.getByRole("button", { name: "Tildel Bergen Arbeid og Inkludering AS" }).click();
  await expect(page.getByText("Bestillingen er oppdatert.")).toBeVisible();
  const orderUrl = page.url().split("?")[0]!;
  await expect(page.getByText("Fakturaen lages i EHF-format når bestilleren godkjenner leveransen.")).toBeVisible();
  await logout(page);

  // The supplier delivers.
  await login(page, "anne@bergenarbeid.no");
  await page.goto(orderUrl);
  await page.getByRole("button", { name: "Merk som levert" }).click();
  await expect(page.getByText("Status").locator("..")).toContainText("Levert");
  await logout(page);

  // The buyer accepts: the invoice is there, readable and as EHF.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(orderUrl);
  await page.getByRole("button", { name: "Godkjenn leveransen" }).click();
  const invoices = page.getByRole("region", { name: "Fakturaer (EHF)" });
  await expect(invoices.getByRole("rowheader", { name: /^Faktura \d+: Oppdraget$/ })).toBeVisible();
  // The platform's fee invoice is the supplier's business, not the buyer's.
  await expect(invoices.getByText("Plattformgebyr")).toHaveCount(0);
  await a11y();
  const viewLink = invoices.getByRole("link", { name: /^Vis faktura \d+$/ });
  const number = (await viewLink.textContent())?.match(/\d+$/)?.[0] ?? "";
  await viewLink.click();
  await expect(page.getByRole("heading", { level: 1, name: `Faktura ${number}` })).toBeVisible();
  await expect(page.getByText(REFERENCE)).toBeVisible();
  await expect(page.getByText("8601.11.17947")).toBeVisible();
  await expect(page.getByText("60 000,00 kr")).toBeVisible(); // 48 000 + 25 % VAT
  await a11y();
  const xmlHref = await page.getByRole("link", { name: `EHF (XML) for faktura ${number}` }).getAttribute("href");
  const download = await page.request.get(xmlHref ?? "");
  expect(download.headers()["content-disposition"]).toContain(`faktura-${number}.xml`);
  const xml = await download.text();
  expect(xml).toContain(`<cbc:BuyerReference>${REFERENCE}</cbc:BuyerReference>`);
  const report = await validateEhf(xml);
  expect(describeFatal(report)).toBe("");
  // In English too.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Invoice ${number}` })).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Bytt til norsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  // The order list links the same invoice, and the CSV names its number.
  await page.goto("/bestillinger");
  await expect(page.getByRole("link", { name: `Vis faktura ${number}` }).first()).toBeVisible();
  await a11y();
  const csv = await (await page.request.get("/bestillinger/eksport")).text();
  expect(csv.split("\n").find((l) => l.includes(TITLE))).toContain(`,${number},${REFERENCE},`);
  await logout(page);

  // The supplier sees the same invoice, byte for byte, and the platform's fee invoice to it.
  await login(page, "anne@bergenarbeid.no");
  await page.goto(orderUrl);
  const own = page.getByRole("region", { name: "Fakturaer (EHF)" });
  await expect(own.getByRole("rowheader", { name: `Faktura ${number}: Oppdraget` })).toBeVisible();
  await expect(own.getByRole("rowheader", { name: /^Faktura \d+: Plattformgebyr til Arbeidsbro$/ })).toBeVisible();
  expect(await (await page.request.get(xmlHref ?? "")).text()).toBe(xml);
  const feeHref = await own
    .getByRole("link", { name: /EHF \(XML\) for faktura/ })
    .nth(1)
    .getAttribute("href");
  expect(describeFatal(await validateEhf(await (await page.request.get(feeHref ?? "")).text()))).toBe("");
  await logout(page);

  // Another inclusion company learns nothing about it.
  await login(page, "lise@vestbro.no");
  expect((await page.request.get(xmlHref ?? "")).status()).toBe(404);
  expect((await page.request.get(xmlHref?.replace(/\/ehf\.xml$/, "") ?? "")).status()).toBe(404);
});
