import type { Page } from "@playwright/test";
import { expect, login, logout, test } from "./support/fixtures";

const title = "Renholder på rådhuset (E2E)";
const person = { name: "Gunnhild Prøvesen", phone: "97531864" };

async function switchLanguage(page: Page, to: "en" | "nb") {
  await page.getByRole("button", { name: to === "en" ? "Switch to English" : "Bytt til norsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

test("a municipality posts a job; a company proposes a candidate with a wage subsidy; the employer runs the pipeline to a hire after a consented introduction", async ({
  page,
  a11y,
}) => {
  // The whole journey, three logins and axe on every page: longer than one page's default.
  test.setTimeout(240_000);
  // 1. The municipality posts a job.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto("/stillinger/ny");
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Beskrivelse").fill("Renhold av kontorer og møterom på rådhuset, tidlig på dagen.");
  await page.getByLabel("Yrke").selectOption("9112");
  await page.getByLabel("Kommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("30");
  await page.getByRole("radio", { name: "Deltid" }).check();
  await page.getByRole("checkbox", { name: "Midlertidig lønnstilskudd" }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Den er nå synlig i søket.")).toBeVisible();
  const openingUrl = page.url().split("?")[0]!;
  await logout(page);

  // 2. The company records a candidate and finds the job among the suggested openings.
  await login(page, "anne@bergenarbeid.no");
  await page.goto("/kandidater/ny");
  await page.getByLabel("Navn", { exact: true }).fill(person.name);
  await page.getByLabel("Telefon (valgfritt)").fill(person.phone);
  await page.getByText("Renhold og vask").click();
  await page.getByRole("checkbox", { name: "Renholder i virksomheter" }).check();
  await page.getByLabel("Ferdigheter").fill("renhold");
  await page.getByLabel("Bostedskommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Timer per uke").fill("25");
  await page.getByRole("checkbox", { name: "Midlertidig lønnstilskudd" }).check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Kandidaten er lagret.")).toBeVisible();
  const candidateUrl = page.url().split("?")[0]!;
  const code = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/K-\d{5}/)?.[0] ?? "";
  expect(code).not.toBe("");
  // The openings index is filled by the outbox worker: look again until the job shows.
  await expect(async () => {
    await page.goto(`${candidateUrl}/stillinger`);
    await expect(page.getByRole("heading", { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await card.getByText("Hvorfor").click();
  await expect(card.getByText("Ønsker å jobbe som renholder i virksomheter.")).toBeVisible();
  await expect(card.getByText("Dette kan få det til å gå")).toBeVisible();
  await a11y();
  await card.getByRole("link", { name: `Foreslå kandidaten: ${title}` }).click();

  // 3. An invalid percentage is refused with a clear message; IPS is refused without the
  // candidate's consent to share sensitive information; then the proposal is sent.
  await expect(
    page.getByText(/Kandidaten har ikke samtykket til å dele behov for tilrettelegging og sensitive opplysninger/),
  ).toBeVisible();
  // Varig lønnstilskudd without varig og vesentlig nedsatt arbeidsevne: refused on the box that
  // confirms it, with the rule's sentence (shown beside the box from the start).
  await expect(page.getByText(/Varig lønnstilskudd gis bare når NAV har vurdert/).first()).toBeVisible();
  await page.getByRole("radio", { name: "Varig lønnstilskudd" }).check();
  await page.getByLabel("Tilskudd de første månedene (prosent)").fill("75");
  await page
    .getByLabel("Melding til arbeidsgiveren")
    .fill("Kandidaten har tre års erfaring og ønsker en gradvis oppstart.");
  await page.getByRole("button", { name: "Send forslaget" }).click();
  await expect(page.getByRole("alert")).toContainText("Bekreft at kandidaten oppfyller vilkåret");
  await expect(
    page.getByRole("checkbox", { name: /Kandidaten har varig og vesentlig nedsatt arbeidsevne/ }),
  ).toBeFocused();
  await page.getByRole("radio", { name: "Midlertidig lønnstilskudd" }).check();
  await page.getByLabel("Tilskudd de første månedene (prosent)").fill("55");
  await page.getByLabel("Varighet for lønnstilskuddet (måneder)").fill("12");
  await page.getByRole("checkbox", { name: "IPS / jobbstøtte og oppfølging" }).check();
  await page
    .getByLabel("Melding til arbeidsgiveren")
    .fill("Kandidaten har tre års erfaring og ønsker en gradvis oppstart.");
  await page.getByRole("button", { name: "Send forslaget" }).click();
  await expect(page.getByRole("alert")).toContainText("høyst 40 %");
  await expect(page.getByLabel("Tilskudd de første månedene (prosent)")).toBeFocused();
  await a11y();
  await page.getByLabel("Tilskudd de første månedene (prosent)").fill("40");
  await page.getByRole("button", { name: "Send forslaget" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Andre virkemidler: Dette virkemiddelet sier noe om helse eller ytelser",
  );
  await expect(page.getByRole("checkbox", { name: "Arbeidstrening" })).toBeFocused();
  await a11y();
  await page.getByRole("checkbox", { name: "IPS / jobbstøtte og oppfølging" }).uncheck();
  await page.getByRole("button", { name: "Send forslaget" }).click();
  await expect(page.getByText("Forslaget er sendt til arbeidsgiveren.")).toBeVisible();
  const proposalUrl = page.url().split("?")[0]!;
  await a11y();
  await logout(page);

  // 4. The employer sees the anonymised proposal with the cost estimate and moves it.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.getByRole("link", { name: /Varsler \(\d+ nye\)/ }).click();
  await expect(page.getByRole("link", { name: `Kandidat ${code} er foreslått til «${title}».` })).toBeVisible();
  await a11y();
  await page.goto(openingUrl);
  await page.getByRole("link", { name: "Forslag fra arbeidsinkluderingsbedrifter" }).click();
  await expect(page.getByRole("link", { name: `Kandidat ${code}` })).toBeVisible();
  await a11y();
  await page.getByRole("link", { name: "Tavle" }).click();
  await expect(page.getByRole("heading", { name: "Til vurdering (1)" })).toBeVisible();
  await a11y();
  await page.getByRole("link", { name: `Kandidat ${code}` }).click();
  await expect(page.getByRole("heading", { name: "Kostnadsoverslag for arbeidsgiveren" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Arbeidsgivers kostnad per måned" })).toBeVisible();
  expect(await page.content()).not.toContain(person.name);
  await a11y();
  await page.getByLabel("Flytt til").selectOption({ label: "Aktuell" });
  await page.getByRole("button", { name: "Flytt" }).click();
  await expect(page.getByText("Forslaget er flyttet.")).toBeVisible();
  await page.getByRole("button", { name: "Be om å møte kandidaten" }).click();
  await expect(page.getByText(/Dere har bedt om å møte kandidaten/).first()).toBeVisible();
  await page.getByLabel("Ny melding").fill("Kan kandidaten komme på møte tirsdag kl. 10?");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Meldingen er sendt.")).toBeVisible();
  await a11y();
  await logout(page);

  // 5. The company records the candidate's consent to be introduced to THIS employer.
  await login(page, "anne@bergenarbeid.no");
  await page.goto(proposalUrl);
  await expect(page.getByText("Kan kandidaten komme på møte tirsdag kl. 10?")).toBeVisible();
  await page.getByRole("button", { name: "Registrer samtykket" }).click();
  await expect(page.getByText(/Samtykket er registrert/)).toBeVisible();
  await a11y();
  await logout(page);

  // 6. The employer sees the contact data and records the hire.
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(proposalUrl);
  await expect(page.getByRole("heading", { name: "Kontaktinformasjon" })).toBeVisible();
  await expect(page.getByText(person.name)).toBeVisible();
  await page.getByLabel("Flytt til").selectOption({ label: "Fått jobben" });
  await page.getByRole("button", { name: "Flytt" }).click();
  await expect(page.getByText("Forslaget er flyttet.")).toBeVisible();
  await expect(page.getByText(/Utfall: fått jobben/)).toBeVisible();
  // The same page in English passes axe too.
  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { name: "Cost estimate for the employer" })).toBeVisible();
  await a11y();
  await switchLanguage(page, "nb");
  await logout(page);

  // 7. The candidate shows as placed; the employer's view of the contact data was audited.
  await login(page, "anne@bergenarbeid.no");
  await page.goto(candidateUrl);
  await expect(page.getByText("Status: I jobb")).toBeVisible();
  await page.goto("/kandidater/logg");
  await expect(
    page.getByRole("row").filter({ hasText: code }).filter({ hasText: "Kari Nordmann" }).first(),
  ).toBeVisible();
  await a11y();

  // 8. Suggestions, the proposal form and the pipeline in English pass axe too.
  await switchLanguage(page, "en");
  await page.goto(`${candidateUrl}/stillinger`);
  await expect(page.getByRole("heading", { level: 1, name: `Openings that suit ${code}` })).toBeVisible();
  await a11y();
  // The opening's page shows the company's own candidates who suit it, with a way to propose them.
  await page.goto(`/en/opportunities/${openingUrl.split("/").pop()}`);
  await expect(page.getByRole("heading", { name: "Your candidates who suit" })).toBeVisible();
  await a11y();
  await page
    .getByRole("link", { name: /^Propose the candidate \(K-\d{5}\)$/ })
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Send the proposal" })).toBeVisible();
  await page.getByRole("button", { name: "Send the proposal" }).click();
  await expect(page.getByRole("alert")).toContainText("Message to the employer");
  await a11y();
  await logout(page);
  await login(page, "kari.nordmann@bergen.kommune.no");
  await page.goto(`${openingUrl}/forslag`);
  await expect(page.getByRole("heading", { level: 1, name: `Proposals for “${title}”` })).toBeVisible();
  await a11y();
  await page.getByRole("link", { name: "Board" }).click();
  await expect(page.getByRole("heading", { name: "Got the job (1)" })).toBeVisible();
  await a11y();
  await switchLanguage(page, "nb");
});

test("the cost calculator works from the URL, in both languages", async ({ page, a11y }) => {
  await page.goto(
    "/kostnadskalkulator?monthlyWageNok=30000&wageSubsidy=MIDLERTIDIG_LONNSTILSKUDD&percent=40&months=12",
  );
  await expect(page.getByRole("row", { name: /1–6/ })).toContainText("15 575");
  await a11y();
  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { name: "Cost calculator" })).toBeVisible();
  await a11y();
  await switchLanguage(page, "nb");
});

test("the cost calculator applies the corrected measure rules: varig needs varig og vesentlig nedsatt arbeidsevne, VTA-O pays a monthly grant for a participant on uføretrygd, an own functional assistant is refunded, unconfirmed rates are provisional", async ({
  page,
  a11y,
}) => {
  // Varig lønnstilskudd is refused with the rule's sentence until the condition is confirmed.
  await page.goto("/kostnadskalkulator?monthlyWageNok=30000&wageSubsidy=VARIG_LONNSTILSKUDD&percent=75");
  await expect(page.getByText(/varig og vesentlig nedsatt arbeidsevne\. Bekreft at kandidaten/)).toBeVisible();
  await page.getByRole("checkbox", { name: /Kandidaten har varig og vesentlig nedsatt arbeidsevne/ }).check();
  await page.getByRole("button", { name: "Regn ut" }).click();
  await expect(page.getByRole("columnheader", { name: "Arbeidsgivers kostnad per måned" })).toBeVisible();
  // The 5 G cap rests on G; the G of 2026 is not confirmed, so the estimate says it is provisional.
  await expect(page.getByText(/Grunnbeløpet \(G\): .* fra/)).toBeVisible();
  await expect(page.getByText(/Foreløpig overslag/)).toBeVisible();
  await a11y();

  // VTA-O: refused without uføretrygd; with it, the monthly grant has its own column.
  await page.goto("/kostnadskalkulator?monthlyWageNok=10000&wageSubsidy=NONE&vtaO=on");
  await expect(page.getByText(/bare for personer som mottar uføretrygd/).last()).toBeVisible();
  await page.goto("/kostnadskalkulator?monthlyWageNok=10000&wageSubsidy=NONE&vtaO=on&receivesDisabilityBenefit=on");
  await expect(page.getByRole("columnheader", { name: "VTA-O-tilskudd per måned" })).toBeVisible();
  await expect(page.getByText(/Tilskudd for VTA-O per måned: .* fra/)).toBeVisible();

  // Funksjonsassistanse: the employer's own assistant is a cost NAV refunds to the employer.
  await page.goto(
    "/kostnadskalkulator?monthlyWageNok=30000&wageSubsidy=NONE&functionalAssistance=on&assistantEmployedByEmployer=on&assistantHoursPerMonth=40&assistantHourlyWageNok=250",
  );
  await expect(page.getByRole("columnheader", { name: "Refusjon for funksjonsassistent per måned" })).toBeVisible();
  await expect(page.getByRole("row", { name: /1–12/ })).toContainText("12 979");
  await a11y();
  await switchLanguage(page, "en");
  await expect(page.getByRole("columnheader", { name: "Refund for the functional assistant per month" })).toBeVisible();
  await a11y();
  await switchLanguage(page, "nb");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a company records a candidate and an employer moves a proposal and writes in its thread, with plain form posts", async ({
    page,
  }) => {
    await login(page, "anne@bergenarbeid.no");
    await page.goto("/kandidater/ny");
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByRole("alert")).toContainText("Navn: Fyll ut feltet.");
    await page.getByLabel("Navn", { exact: true }).fill("Uten Skript");
    await page.getByText("Kjøkken, kantine og servering").click();
    await page.getByRole("checkbox", { name: "Kjøkkenassistent" }).check();
    await page.getByLabel("Bostedskommune").selectOption({ label: "Bergen (Vestland)" });
    await page.getByLabel("Timer per uke").fill("20");
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByText("Kandidaten er lagret.")).toBeVisible();
    await logout(page);

    await login(page, "sigrid@fjordkafe.no");
    await page.goto("/stillinger");
    await page.getByRole("row").filter({ hasText: "Publisert" }).first().getByRole("link").click();
    await page.getByRole("link", { name: "Forslag fra arbeidsinkluderingsbedrifter" }).click();
    const first = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: /^Kandidat K-\d{5}$/ }) })
      .first();
    await first.getByLabel(/^Flytt til/).selectOption({ label: "Møte avtalt" });
    await first.getByRole("button", { name: /^Flytt/ }).click();
    await expect(page.getByText("Forslaget er flyttet.")).toBeVisible();
    await page
      .getByRole("link", { name: /^Kandidat K-\d{5}$/ })
      .first()
      .click();
    await page.getByLabel("Ny melding").fill("Sendt uten JavaScript.");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByText("Sendt uten JavaScript.")).toBeVisible();
  });
});
