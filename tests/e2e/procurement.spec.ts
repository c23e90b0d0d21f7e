import type { Page } from "@playwright/test";
import { expect, login, logout, test } from "./support/fixtures";

const title = "Vindusvask på skolene (E2E)";
/** The Stripe test double the e2e server started (its control endpoints). */
const STRIPE_DOUBLE = `http://127.0.0.1:${process.env.E2E_STRIPE_PORT ?? 3127}`;

/** Bergen kommune posts a reserved task that requires a tax certificate; returns its id. */
async function postReservedTask(page: Page, taskTitle: string): Promise<string> {
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto("/stillinger/ny");
  await page.getByRole("radio", { name: "Oppdrag" }).check();
  await page.getByLabel("Tittel").fill(taskTitle);
  await page.getByLabel("Beskrivelse").fill("Vindusvask på tre skoler hver måned gjennom skoleåret.");
  await page.getByLabel("Yrke").selectOption("9123");
  await page.getByLabel("Kommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("10");
  await page.getByRole("radio", { name: "Deltid" }).check();
  await page.getByRole("checkbox", { name: "Reservert for arbeidsinkluderingsbedrifter (reservert kontrakt)" }).check();
  await page.getByLabel("Tilbudsfrist").fill("2027-06-30");
  await page.getByRole("checkbox", { name: "Skatteattest" }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Den er nå synlig i søket.")).toBeVisible();
  const id = page.url().split("?")[0]!.split("/").pop() ?? "";
  await logout(page);
  return id;
}

async function sendQuote(page: Page, email: string, taskId: string, price: string) {
  await login(page, email);
  await page.goto(`/muligheter/${taskId}`);
  await page.getByRole("link", { name: "Send tilbud" }).click();
  await page.getByLabel("Pris uten mva (kroner)").fill(price);
  await page.getByLabel("Leveranseplan").fill("Fast team med arbeidsleder; deltakere får opplæring i vindusvask.");
  await page.getByLabel("Antall i teamet").fill("4");
  await page.getByLabel("Av dem: deltakere i tiltak").fill("3");
  await page.getByLabel("Oppstart").fill("2027-01-11");
  await page.getByRole("button", { name: "Send tilbud" }).click();
  await expect(page.getByText("Tilbudet er sendt.")).toBeVisible();
}

test("a municipality posts a reserved task; two inclusion companies quote, a business cannot; award, delivery, acceptance and a card payment whose webhook arrives twice", async ({
  page,
  a11y,
}) => {
  // 1. The municipality posts a reserved task that requires a tax certificate.
  const taskId = await postReservedTask(page, title);

  // 2. Two inclusion companies quote; an ordinary business is refused.
  for (const [email, price] of [
    ["anne@bergenarbeid.no", "120000"],
    ["lise@vestbro.no", "135000"],
  ] as const) {
    await sendQuote(page, email, taskId, price);
    await a11y();
    await logout(page);
  }
  await login(page, "sigrid@fjordkafe.no");
  await page.goto(`/oppdrag/${taskId}/tilbud`);
  await page.getByLabel("Pris uten mva (kroner)").fill("90000");
  await page.getByLabel("Leveranseplan").fill("Vi kan ta oppdraget med egne ansatte.");
  await page.getByLabel("Antall i teamet").fill("2");
  await page.getByLabel("Av dem: deltakere i tiltak").fill("0");
  await page.getByLabel("Oppstart").fill("2027-01-11");
  await page.getByRole("button", { name: "Send tilbud" }).click();
  await expect(page.getByText("Oppdraget er reservert for arbeidsinkluderingsbedrifter.")).toBeVisible();
  await logout(page);

  // 3. The municipality compares and awards with a reason.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(`/stillinger/${taskId}/tilbud`);
  await expect(page.getByRole("rowheader", { name: /Bergen Arbeid og Inkludering AS/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "150 000 kr" })).toBeVisible(); // 120 000 + 25 % VAT
  await a11y();
  await page
    .getByLabel("Begrunnelse for tildeling (Bergen Arbeid og Inkludering AS)")
    .fill("Lavest pris og god opplæringsplan.");
  await page.getByRole("button", { name: "Tildel Bergen Arbeid og Inkludering AS" }).click();
  await expect(page.getByText("Bestillingen er oppdatert.")).toBeVisible();
  const orderUrl = page.url().split("?")[0]!;
  await a11y();
  await logout(page);

  // 4. The company marks it delivered.
  await login(page, "anne@bergenarbeid.no");
  await page.goto(orderUrl);
  await page.getByRole("button", { name: "Merk som levert" }).click();
  await expect(page.getByText("Status").locator("..")).toContainText("Levert");
  // A step the order has moved past is refused with the reason on the page, also as the page comes
  // without JavaScript (the button is gone, so the message stands at the top).
  const late = await page.request.post(orderUrl, {
    form: { intent: "start" },
    headers: { Origin: new URL(orderUrl).origin },
  });
  expect(late.status()).toBe(409);
  const refusal = await late.text();
  expect(refusal).toContain("data-error-summary");
  expect(refusal).toContain("Dette kan ikke gjøres nå: bestillingen har status «Levert».");
  await logout(page);

  // 5. The municipality accepts and pays by card; Stripe (the double) delivers the webhook twice.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(orderUrl);
  await page.getByRole("button", { name: "Godkjenn leveransen" }).click();
  await page.getByRole("button", { name: "Betal med kort (Stripe Checkout)" }).click();
  await expect(page.getByRole("heading", { name: "Stripe Checkout (test)" })).toBeVisible();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByRole("heading", { name: "Kvittering" })).toBeVisible();
  await expect(page.getByText(/^Betalt \d/)).toBeVisible();
  await a11y();
  const events = (await (await page.request.get(`${STRIPE_DOUBLE}/__double/events`)).json()) as {
    id: string;
    type: string;
  }[];
  const completed = events.filter((e) => e.type === "checkout.session.completed").at(-1);
  expect(completed).toBeTruthy();
  await logout(page);

  // 6. The platform admin sees the event once, applied; the company sees the receipt too.
  await login(page, "admin@arbeidsbro.no");
  await page.goto("/admin/stripe");
  await expect(page.getByRole("cell", { name: new RegExp(completed?.id ?? "none") })).toHaveCount(1);
  await a11y();
  await logout(page);
  await login(page, "anne@bergenarbeid.no");
  await page.goto(orderUrl);
  await expect(page.getByRole("heading", { name: "Kvittering" })).toBeVisible();
  await expect(page.getByText("Testbetalinger:", { exact: false })).toBeVisible();
  await page.goto("/organisasjon/leverandor");
  await expect(page.getByRole("heading", { name: "Utbetalinger (Stripe)" })).toBeVisible();
  await a11y();
});

test("an award to a supplier without a valid tax certificate is refused with the reason; the supplier adds it and connects Stripe; then the award goes through", async ({
  page,
  a11y,
}) => {
  const taskId = await postReservedTask(page, "Vindusvask på rådhuset (E2E)");
  // A reserved contract: without a declaration of main purpose and staff share the quote is refused,
  // with the reason on the quote page; the company declares on its supplier profile and quotes again.
  await login(page, "arne@fjellvekst.no");
  await page.goto(`/oppdrag/${taskId}/tilbud`);
  const undeclared =
    "Oppdraget er en reservert kontrakt: leverandøren har ikke erklært hovedformål og andel ansatte fra målgruppene.";
  await expect(page.getByText(undeclared)).toBeVisible();
  await page.getByLabel("Pris uten mva (kroner)").fill("99000");
  await page.getByLabel("Leveranseplan").fill("Fast team med arbeidsleder; deltakere får opplæring i vindusvask.");
  await page.getByLabel("Antall i teamet").fill("4");
  await page.getByLabel("Av dem: deltakere i tiltak").fill("3");
  await page.getByLabel("Oppstart").fill("2027-01-11");
  await page.getByRole("button", { name: "Send tilbud" }).click();
  await expect(page.locator("[data-error-summary]").getByText(undeclared)).toBeVisible();
  await page.goto("/organisasjon/leverandor");
  await page.getByRole("checkbox", { name: /^Virksomhetens hovedformål er sosial og yrkesmessig integrering/ }).check();
  await page.getByLabel("Andel ansatte med funksjonsnedsettelse eller som er vanskeligstilte (prosent)").fill("45");
  await page.getByLabel("Dokumentasjon (for eksempel årsrapport eller styreerklæring)").fill("Årsrapport 2025");
  await page.getByLabel("Dokumentets dato").fill("2026-03-01");
  await page.getByRole("button", { name: "Lagre erklæringen" }).click();
  await expect(page.getByText(/^Gjeldende erklæring: 45 %/)).toBeVisible();
  await a11y();
  await logout(page);
  await sendQuote(page, "arne@fjellvekst.no", taskId, "99000");
  await logout(page);

  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(`/stillinger/${taskId}/tilbud`);
  await page.getByLabel("Begrunnelse for tildeling (Fjellvekst AS)").fill("Eneste tilbud.");
  await page.getByRole("button", { name: "Tildel Fjellvekst AS" }).click();
  await expect(page.getByText("Kan ikke tildeles: Skatteattest mangler eller er utløpt.")).toBeVisible();
  await a11y();
  await logout(page);

  await login(page, "arne@fjellvekst.no");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Leverandørprofil" }).click();
  await expect(page.getByRole("row", { name: /Skatteattest mangler/ })).toBeVisible();
  await page.getByLabel("Type").selectOption({ label: "Skatteattest" });
  await page.getByLabel("Referanse eller nummer").fill("SKE-2026-77");
  await page.getByRole("button", { name: "Lagre" }).first().click();
  await expect(page.getByRole("row", { name: /Skatteattest gyldig/ })).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Koble til Stripe" }).click();
  await expect(page.getByRole("heading", { name: "Stripe onboarding (test)" })).toBeVisible();
  await page.getByRole("button", { name: "Complete onboarding" }).click();
  await expect(page.getByText("Stripe-kontoen er klar for utbetalinger.")).toBeVisible();
  await logout(page);

  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(`/stillinger/${taskId}/tilbud`);
  await page.getByLabel("Begrunnelse for tildeling (Fjellvekst AS)").fill("Eneste tilbud, nå med gyldig skatteattest.");
  await page.getByRole("button", { name: "Tildel Fjellvekst AS" }).click();
  await expect(page.getByText("Bestillingen er oppdatert.")).toBeVisible();
  await expect(page.getByText("Tildelt", { exact: true })).toBeVisible();
});

test("after payment no side cancels alone: a request to cancel, declined by the supplier, decided by the platform admin; a Stripe error changes nothing", async ({
  page,
  a11y,
}) => {
  // The demo's paid order: Bergen kommune bought from Vestlandsbro and paid through the double at seeding.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto("/bestillinger");
  await page
    .getByRole("row")
    .filter({ hasText: "Vestlandsbro" })
    .filter({ hasText: "Betalt" })
    // The row's first link is the order; the others are its invoices.
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Kvittering" })).toBeVisible();
  const orderUrl = page.url().split("?")[0]!;
  const origin = new URL(orderUrl).origin;
  await expect(page.getByRole("button", { name: "Kanseller bestillingen" })).toHaveCount(0);
  // The plain cancellation, posted anyway: refused with the reason, and the order is still paid.
  const alone = await page.request.post(orderUrl, {
    form: { intent: "cancel", reason: "Vil ha pengene tilbake" },
    headers: { Origin: origin },
  });
  expect(alone.status()).toBe(409);
  expect(await alone.text()).toContain(
    "Leveransen er godkjent, så bestillingen kan ikke kanselleres av én part alene.",
  );
  await page.getByRole("button", { name: "Be om kansellering" }).click();
  await expect(page.getByText("Skriv en begrunnelse (minst tre tegn).", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Begrunnelse for å be om kansellering")).toBeFocused();
  await a11y();
  await page.getByLabel("Begrunnelse for å be om kansellering").fill("Vinduene på to av tre skoler ble ikke vasket.");
  await page.getByRole("button", { name: "Be om kansellering" }).click();
  await expect(page.getByText("Venter på svar fra den andre parten")).toBeVisible();
  await expect(page.getByText("Status").locator("..")).toContainText("Betalt");
  await a11y();
  await logout(page);

  // A plain member of the buyer sees the request, and that only admins act on it.
  await login(page, "ola.hansen@bergen.kommune.no");
  await page.goto(orderUrl);
  await expect(page.getByText("Venter på svar fra den andre parten")).toBeVisible();
  await expect(
    page.getByText(
      "Bare administratorer hos oppdragsgiveren eller leverandøren kan kansellere eller be om kansellering.",
    ),
  ).toBeVisible();
  await logout(page);

  // The supplier's admin declines with a reason: the order stays paid.
  await login(page, "lise@vestbro.no");
  await page.goto(orderUrl);
  await expect(page.getByRole("heading", { name: "Svar på forespørselen om kansellering" })).toBeVisible();
  await a11y();
  await page.getByLabel("Begrunnelse for svaret").fill("Alle tre skolene ble vasket etter planen.");
  await page.getByRole("button", { name: "Avslå" }).click();
  await expect(page.getByText("Avslått av den andre parten – Arbeidsbro avgjør")).toBeVisible();
  await expect(page.getByText("Status").locator("..")).toContainText("Betalt");
  await a11y();
  await logout(page);

  // The platform admin decides. Stripe first refuses the refund: the message shows, nothing changes.
  await login(page, "admin@arbeidsbro.no");
  await page.goto("/admin/stripe");
  const item = page.getByRole("listitem").filter({ hasText: "Vestlandsbro" });
  await expect(item).toContainText("Avslått av den andre parten – Arbeidsbro avgjør");
  await a11y();
  await page.request.post(
    `${STRIPE_DOUBLE}/__double/fail?path=/v1/refunds&status=400&message=${encodeURIComponent("Stripe is unavailable for refunds (test).")}`,
  );
  await item.getByRole("textbox").fill("Bildene viser at én skole ikke ble vasket; hele beløpet refunderes.");
  await item.getByRole("button", { name: "Kanseller og refunder" }).click();
  await expect(
    page.getByText(
      "Stripe svarte med en feil, og ingenting er endret. Prøv igjen senere. Melding fra Stripe: Stripe is unavailable for refunds (test).",
    ),
  ).toBeVisible();
  await expect(item).toContainText("Avslått av den andre parten – Arbeidsbro avgjør");
  await a11y();
  await page.request.post(`${STRIPE_DOUBLE}/__double/fail/clear`);
  await item.getByRole("textbox").fill("Bildene viser at én skole ikke ble vasket; hele beløpet refunderes.");
  await item.getByRole("button", { name: "Kanseller og refunder" }).click();
  await expect(page.getByText("Bestillingen er oppdatert.")).toBeVisible();
  await expect(page.getByText("Ingen forespørsler venter.")).toBeVisible();
  await logout(page);

  // Both sides see the outcome and the refund.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(orderUrl);
  await expect(page.getByText("Status").locator("..")).toContainText("Kansellert");
  await expect(page.getByText("Avgjort av Arbeidsbro – bestillingen er kansellert")).toBeVisible();
  await expect(page.getByText("Beløpet er refundert.")).toBeVisible();
  await expect(page.getByText(/^Refundert \d/)).toBeVisible();
  await a11y();
});
