import { expect, login, logout, test } from "./support/fixtures";

const BUYER = "kari.nordmann@bergen.kommune.no";
const SUPPLIER = "anne@bergenarbeid.no";
const COMPANY = "Bergen Arbeid og Inkludering AS";

test("a reserved cleaning task with pay-and-conditions and HMS-card terms: a company outside the cleaning register is refused at the quote; an expired card holds the award until renewed; a failed control holds acceptance until resolved", async ({
  page,
  a11y,
}) => {
  // Eleven sign-ins across three parties: more than the default minute on a loaded machine.
  test.setTimeout(240_000);
  // 1. The municipality posts a reserved cleaning task with the terms it needs.
  await login(page, BUYER);
  await page.goto("/stillinger/ny");
  await page.getByRole("radio", { name: "Oppdrag" }).check();
  await page.getByLabel("Tittel").fill("Renhold av bydelshuset (E2E)");
  await page.getByLabel("Beskrivelse").fill("Daglig renhold av bydelshuset, fast team, gjennom hele året.");
  await page.getByLabel("Yrke").selectOption("9112");
  await page.getByLabel("Kommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("20");
  await page.getByRole("radio", { name: "Deltid" }).check();
  await page.getByRole("checkbox", { name: "Reservert for arbeidsinkluderingsbedrifter (reservert kontrakt)" }).check();
  await page.getByLabel("Tilbudsfrist").fill("2027-06-30");
  await page.getByLabel("Type arbeid").selectOption({ label: "Renhold" });
  // Cleaning without the HMS-card term is refused with the reason on the field.
  await page.getByRole("checkbox", { name: /^Lønns- og arbeidsvilkår etter tariff/ }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(
    page.getByText("Renhold og bygg og anlegg krever HMS-kort: kryss av for vilkåret.").first(),
  ).toBeVisible();
  await page.getByRole("checkbox", { name: /^HMS-kort for alle som jobber på oppdraget/ }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Den er nå synlig i søket.")).toBeVisible();
  const taskId = page.url().split("?")[0]!.split("/").pop() ?? "";
  await a11y();
  await logout(page);

  // 2. A company Arbeidstilsynet has not approved for cleaning is refused at the quote, with the reason.
  await login(page, "kristin@nidarosjobb.no");
  await page.goto(`/oppdrag/${taskId}/tilbud`);
  await page.getByLabel("Pris uten mva (kroner)").fill("390000");
  await page.getByLabel("Leveranseplan").fill("Renholdsteam fra vår arbeidstreningsavdeling.");
  await page.getByLabel("Antall i teamet").fill("3");
  await page.getByLabel("Av dem: deltakere i tiltak").fill("2");
  await page.getByLabel("Oppstart").fill("2027-01-11");
  await page.getByRole("checkbox", { name: "Lønns- og arbeidsvilkår", exact: true }).check();
  await page.getByRole("checkbox", { name: "HMS-kort", exact: true }).check();
  await page.getByRole("button", { name: "Send tilbud" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Arbeidstilsynets renholdsregister har status «Ikke godkjent» for leverandøren.",
  );
  await a11y();
  await logout(page);

  // 3. An inclusion company with a current declaration quotes, confirming each term, and names two workers.
  await login(page, SUPPLIER);
  await page.goto(`/oppdrag/${taskId}/tilbud`);
  await expect(page.getByText(/^Erklæringen deres for reserverte kontrakter gjelder til/)).toBeVisible();
  await page.getByLabel("Pris uten mva (kroner)").fill("480000");
  await page.getByLabel("Leveranseplan").fill("To faste renholdere med arbeidsleder; oppstart første mandag.");
  await page.getByLabel("Antall i teamet").fill("2");
  await page.getByLabel("Av dem: deltakere i tiltak").fill("1");
  await page.getByLabel("Oppstart").fill("2027-01-11");
  await page.getByRole("button", { name: "Send tilbud" }).click();
  await expect(page.getByText("Bekreft alle kontraktsvilkårene for å gi tilbud.").first()).toBeVisible();
  await page.getByRole("checkbox", { name: "Lønns- og arbeidsvilkår", exact: true }).check();
  await page.getByRole("checkbox", { name: "HMS-kort", exact: true }).check();
  await page.getByRole("button", { name: "Send tilbud" }).click();
  await expect(page.getByText("Tilbudet er sendt.")).toBeVisible();
  for (const [name, card, expiry] of [
    ["Ola Hansen", "HMS-55501", "2028-06-30"],
    ["Kari Hansen", "HMS-55502", "2025-01-31"],
  ] as const) {
    await page.getByLabel("Navn", { exact: true }).fill(name);
    await page.getByLabel("HMS-kortnummer", { exact: true }).fill(card);
    await page.getByLabel("Kortet gyldig til", { exact: true }).fill(expiry);
    await page.getByRole("button", { name: "Legg til arbeidstaker" }).click();
    await expect(page.getByRole("rowheader", { name })).toBeVisible();
  }
  await expect(page.getByRole("row", { name: /Kari Hansen.*utløpt/ })).toBeVisible();
  await a11y();
  await logout(page);

  // 4. The buyer sees the declaration, the terms and the cards side by side; the award is refused.
  await login(page, BUYER);
  await page.goto(`/stillinger/${taskId}/tilbud`);
  await expect(page.getByText(/^Erklært .* 55 %, gyldig til/)).toBeVisible();
  await expect(page.getByText("Lønns- og arbeidsvilkår: bekreftet")).toBeVisible();
  await expect(page.getByText("Kari Hansen: utløpt (2025-01-31)")).toBeVisible();
  await a11y();
  await page.getByLabel(`Begrunnelse for tildeling (${COMPANY})`).fill("Eneste tilbud med fast team.");
  await page.getByRole("button", { name: `Tildel ${COMPANY}` }).click();
  await expect(
    page.getByText("Oppdraget krever gyldig HMS-kort for alle som jobber på det. Utløpt: Kari Hansen (2025-01-31)."),
  ).toBeVisible();
  await logout(page);

  // 5. The company renews the card; the award goes through.
  await login(page, SUPPLIER);
  await page.goto(`/oppdrag/${taskId}/tilbud`);
  await page.getByLabel("Kortet gyldig til (Kari Hansen)").fill("2028-01-31");
  await page.getByRole("button", { name: "Lagre fornyet kort Kari Hansen" }).click();
  await expect(page.getByText("Arbeidstakerne er oppdatert.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Kari Hansen.*gyldig/ })).toBeVisible();
  await logout(page);
  await login(page, BUYER);
  await page.goto(`/stillinger/${taskId}/tilbud`);
  await page.getByLabel(`Begrunnelse for tildeling (${COMPANY})`).fill("Eneste tilbud, nå med gyldige HMS-kort.");
  await page.getByRole("button", { name: `Tildel ${COMPANY}` }).click();
  await expect(page.getByText("Bestillingen er oppdatert.")).toBeVisible();
  const orderUrl = page.url().split("?")[0]!;
  await logout(page);

  // 6. The company starts; the buyer asks for timesheets and records a failed control.
  await login(page, SUPPLIER);
  await page.goto(orderUrl);
  await page.getByRole("button", { name: "Start levering" }).click();
  await expect(page.getByText("Status").locator("..")).toContainText("Under levering");
  await logout(page);
  await login(page, BUYER);
  await page.goto(orderUrl);
  await page.getByLabel("Dokumentasjon", { exact: true }).selectOption({ label: "Timelister" });
  await page.getByLabel("Hva ber dere om (periode, arbeidstakere)?").fill("Timelister for januar, begge renholdere.");
  await page.getByRole("button", { name: "Be om dokumentasjon" }).click();
  await expect(page.getByRole("row", { name: /Timelister.*Venter på dokumentasjon/ })).toBeVisible();
  await page.getByLabel("Begrunnelse (Timelister)").fill("Timelistene viser overtid uten tillegg.");
  await page.getByRole("button", { name: "Ikke bestått" }).click();
  await expect(page.getByRole("row", { name: /Timelister.*Ikke bestått/ })).toBeVisible();
  await a11y();
  await logout(page);

  // 7. Both sides see why; the company delivers, the buyer cannot accept until the control is resolved.
  const held =
    "En kontroll (Timelister) er ikke bestått. Godkjenning og betaling venter til oppdragsgiveren har registrert at avviket er rettet.";
  await login(page, SUPPLIER);
  await page.goto(orderUrl);
  await expect(page.getByText(held)).toBeVisible();
  await page.getByRole("button", { name: "Merk som levert" }).click();
  await expect(page.getByText("Status").locator("..")).toContainText("Levert");
  await a11y();
  await logout(page);
  await login(page, BUYER);
  await page.goto(orderUrl);
  await page.getByRole("button", { name: "Godkjenn leveransen" }).click();
  await expect(page.locator("[data-error-summary]").getByText(held)).toBeVisible();
  await page.getByLabel("Begrunnelse (Timelister)").fill("Overtidstillegget er etterbetalt og dokumentert.");
  await page.getByRole("button", { name: "Avviket er rettet" }).click();
  await expect(page.getByRole("row", { name: /Timelister.*Avviket er rettet/ })).toBeVisible();
  await page.getByRole("button", { name: "Godkjenn leveransen" }).click();
  await expect(page.getByText("Status").locator("..")).toContainText("Godkjent");
  await a11y();
});
