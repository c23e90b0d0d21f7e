import type { Page } from "@playwright/test";
import { makeValidOrgNumber } from "../../app/domain/organizations/org-number";
import { demoOrgNumber } from "../../prisma/seed/demo-data";
import { expect, login, logout, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";

/** The public registers' double the e2e server started (its control endpoints). */
const REGISTERS = `http://127.0.0.1:${process.env.E2E_REGISTER_PORT ?? 3128}`;

async function fillSignup(page: Page, orgNumber: string, email: string, orgName: string) {
  await page.goto("/registrer");
  await page.getByLabel("Type organisasjon").selectOption("EMPLOYER");
  await page.getByLabel("Organisasjonsnummer").fill(orgNumber);
  await page.getByLabel("Navn på organisasjonen").fill(orgName);
  await page.getByLabel("Kommune").selectOption({ label: "Askøy (Vestland)" });
  await page.getByLabel("Fullt navn").fill("Per Register");
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill("langt-og-trygt-passord");
  await page.getByRole("button", { name: "Send registrering" }).click();
}

test("sign-up: a bankrupt organisation is refused with the reason; with the register down the sign-up is kept and completes later", async ({
  page,
  a11y,
}) => {
  const bankrupt = makeValidOrgNumber(777_001);
  await page.request.post(`${REGISTERS}/__double/enheter/${bankrupt}`, {
    data: { konkurs: true, navn: "KONKURSBO ASKØY VASK AS" },
  });
  await fillSignup(page, bankrupt, "per@askoyvask.no", "Askøy Vask AS");
  await expect(page.getByRole("alert")).toContainText(
    "Enhetsregisteret sier at KONKURSBO ASKØY VASK AS er konkurs. Konkursbo kan ikke registreres eller gi tilbud.",
  );
  await expect(page.getByLabel("Organisasjonsnummer")).toBeFocused();
  await a11y();

  // The register does not answer: the sign-up goes ahead, says so, and is checked again on confirming.
  await page.request.post(`${REGISTERS}/__double/down?register=enhetsregisteret`);
  try {
    await fillSignup(page, makeValidOrgNumber(777_002), "per@nyvask.no", "Ny Vask AS");
    await expect(page.getByRole("heading", { name: "Sjekk e-posten din" })).toBeVisible();
    await expect(
      page.getByText("Enhetsregisteret svarte ikke akkurat nå. Registreringen er tatt vare på"),
    ).toBeVisible();
    await a11y();
  } finally {
    await page.request.post(`${REGISTERS}/__double/up?register=enhetsregisteret`);
  }
  const mail = await waitForMail({ to: "per@nyvask.no", subjectIncludes: "Fullfør registreringen" });
  await page.goto(mail.links.find((l) => l.includes("/registrer/bekreft?token="))!);
  await page.getByRole("button", { name: "Fullfør registreringen" }).click();
  await expect(page.getByText("Registreringen er mottatt og venter på godkjenning")).toBeVisible();
});

test("an ordinary business quotes on a cleaning task that is not reserved: a company outside the cleaning register is refused, an approved one keeps its supplier profile, quotes and is awarded after the register is asked again", async ({
  page,
  a11y,
}) => {
  // 1. The municipality posts a cleaning task open to every supplier.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto("/stillinger/ny");
  await page.getByRole("radio", { name: "Oppdrag" }).check();
  await page.getByLabel("Tittel").fill("Renhold av biblioteket (E2E)");
  await page.getByLabel("Beskrivelse").fill("Renhold av hovedbiblioteket fem dager i uka gjennom året.");
  await page.getByLabel("Yrke").selectOption("9112");
  await page.getByLabel("Kommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("20");
  await page.getByRole("radio", { name: "Deltid" }).check();
  await page.getByLabel("Tilbudsfrist").fill("2027-06-30");
  await page.getByRole("button", { name: "Lagre" }).click();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Den er nå synlig i søket.")).toBeVisible();
  const taskId = page.url().split("?")[0]!.split("/").pop() ?? "";
  await logout(page);

  const quote = async (price: string) => {
    await page.goto(`/muligheter/${taskId}`);
    await page.getByRole("link", { name: "Send tilbud" }).click();
    await expect(page.getByText("Renholdsoppdrag: leverandøren må være godkjent")).toBeVisible();
    await page.getByLabel("Pris uten mva (kroner)").fill(price);
    await page.getByLabel("Leveranseplan").fill("Fast renholdsteam med arbeidsleder, fem dager i uka.");
    await page.getByLabel("Antall i teamet").fill("3");
    await page.getByLabel("Av dem: deltakere i tiltak").fill("0");
    await page.getByLabel("Oppstart").fill("2027-01-11");
    await page.getByRole("button", { name: "Send tilbud" }).click();
  };

  // 2. A café (not a cleaning company) is refused with the reason; its form is kept.
  await login(page, "sigrid@fjordkafe.no");
  await quote("90000");
  await expect(page.getByRole("alert")).toContainText("Leverandøren står ikke i Arbeidstilsynets renholdsregister.");
  await expect(page.getByLabel("Pris uten mva (kroner)")).toHaveValue("90000");
  await a11y();
  await logout(page);

  // 3. An approved cleaning business keeps its supplier profile: registers, Stripe payouts.
  await login(page, "nina@askoyrenhold.no");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Leverandørprofil" }).click();
  await expect(page.getByRole("heading", { name: "Offentlige registre" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Enhetsregisteret Aktiv/ })).toBeVisible();
  await page.getByRole("button", { name: "Sjekk registrene på nytt" }).click();
  await expect(page.getByText("Registrene er sjekket.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Renholdsregisteret.*Godkjent renholdsvirksomhet/ })).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Koble til Stripe" }).click();
  await page.getByRole("button", { name: "Complete onboarding" }).click();
  await expect(page.getByText("Stripe-kontoen er klar for utbetalinger.")).toBeVisible();
  await quote("110000");
  await expect(page.getByText("Tilbudet er sendt.")).toBeVisible();
  await logout(page);

  // 4. The buyer sees the register's answer and its date; Arbeidstilsynet withdraws the approval
  // before the award, so the award is refused with the reason; once approved again it goes through.
  const orgNumber = demoOrgNumber("askoyrenhold");
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(`/stillinger/${taskId}/tilbud`);
  await expect(page.getByRole("cell", { name: /Godkjent renholdsvirksomhet, sjekket \d/ })).toBeVisible();
  await a11y();
  await page.request.post(`${REGISTERS}/__double/renhold/${orgNumber}`, { data: { Status: "Ikke godkjent" } });
  await page.getByLabel("Begrunnelse for tildeling (Askøy Renhold AS)").fill("Eneste godkjente tilbud.");
  await page.getByRole("button", { name: "Tildel Askøy Renhold AS" }).click();
  await expect(page.getByRole("alert")).toContainText("har status «Ikke godkjent» for leverandøren");
  // The refused award's check is stored: the comparison shows it when the page is next loaded.
  await page.goto(`/stillinger/${taskId}/tilbud`);
  await expect(page.getByRole("cell", { name: /Ikke godkjent, sjekket \d/ })).toBeVisible();
  await page.request.post(`${REGISTERS}/__double/renhold/${orgNumber}`, { data: { Status: "Godkjent" } });
  await page.getByLabel("Begrunnelse for tildeling (Askøy Renhold AS)").fill("Eneste godkjente tilbud.");
  await page.getByRole("button", { name: "Tildel Askøy Renhold AS" }).click();
  await expect(page.getByText("Bestillingen er oppdatert.")).toBeVisible();
});
