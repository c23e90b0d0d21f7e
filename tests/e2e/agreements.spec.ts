import type { Locator, Page } from "@playwright/test";
import { expect, login, logout, test } from "./support/fixtures";

/**
 * Partnership agreements, keyboard only: Bergen makes an agreement with Bergen Arbeid, calls off
 * twice and sees used against the ceiling per quarter, in bokmål and in English; the company sees
 * the same agreement and cannot call off.
 */

const title = "Arbeidstrening i bydelene (E2E)";

/** A day `n` days from today, typed as the date field's segments come in this Chromium (mm dd yyyy, whatever the page's language). */
function typedDay(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}${d.getUTCFullYear()}`;
}

async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.page().keyboard.press("ControlOrMeta+a");
  await field.page().keyboard.type(text);
}

async function press(control: Locator, key = "Enter") {
  await control.focus();
  await control.page().keyboard.press(key);
}

/** Picks an option of a focused select by typing the start of its label, as a keyboard user does. */
async function choose(select: Locator, typed: string, label: RegExp) {
  await select.focus();
  await select.page().keyboard.type(typed);
  await expect(select.locator("option:checked")).toHaveText(label);
}

async function callOff(page: Page, name: string, quantity: string) {
  await typeInto(page.getByLabel("Hva avropet gjelder"), name);
  await choose(page.getByLabel("Tjeneste fra prislisten"), "Arbeidstrening", /^Arbeidstrening med oppfølging/);
  await typeInto(page.getByLabel("Mengde", { exact: true }), quantity);
  await press(page.getByRole("button", { name: "Gjør avrop" }));
  await expect(page.getByText("Avropet er gjort, og bestillingen er sendt til leverandøren.")).toBeVisible();
}

test("keyboard only: Bergen makes an agreement with Bergen Arbeid, calls off twice, sees used against the ceiling (nb and en)", async ({
  page,
  a11y,
}) => {
  test.setTimeout(240_000);
  await login(page, "kari.nordmann@bergen.kommune.no");
  await press(page.getByRole("link", { name: "Avtaler" }));
  await expect(page.getByRole("heading", { name: "Partnerskapsavtaler" })).toBeVisible();
  await a11y();
  await press(page.getByRole("link", { name: "Ny avtale" }));
  await expect(page.getByRole("heading", { name: "Ny partnerskapsavtale" })).toBeVisible();
  await a11y();

  // A refused form first: the summary lists the fields and the first gets focus.
  await press(page.getByRole("button", { name: "Opprett avtalen" }));
  await expect(page.getByRole("heading", { name: "Skjemaet har feil som må rettes" })).toBeVisible();
  await expect(page.getByLabel("Avtalens navn", { exact: true })).toBeFocused();

  await typeInto(page.getByLabel("Avtalens navn", { exact: true }), title);
  await press(page.getByRole("radio", { name: "Reservert konkurranse (FOA § 16-9)" }), "Space");
  await press(page.getByRole("checkbox", { name: "Bergen Arbeid og Inkludering AS" }), "Space");
  await typeInto(page.getByLabel("Tak i kroner uten mva"), "500000");
  await typeInto(page.getByLabel("Gjelder fra", { exact: true }), typedDay(-10));
  await typeInto(page.getByLabel("Gjelder til", { exact: true }), typedDay(400));
  await typeInto(page.getByLabel("Kontaktpersonens e-post"), "kari.nordmann@bergen.kommune.no");
  await typeInto(page.getByLabel("Tjeneste", { exact: true }), "Arbeidstrening med oppfølging");
  await choose(page.getByLabel("Enhet", { exact: true }), "deltaker", /^deltakermåned$/);
  await typeInto(page.getByLabel("Pris per enhet i kroner uten mva"), "12000");
  await press(page.getByRole("button", { name: "Opprett avtalen" }));
  await expect(page.getByText("Avtalen er opprettet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await a11y();

  // Two call-offs: 4 and 6 participant months at 12 000 kr = 120 000 kr of 500 000 kr.
  await callOff(page, "Høstrydding i Årstad (E2E)", "4");
  await callOff(page, "Vinterdrift i Fana (E2E)", "6");
  await a11y();
  const used = page.getByRole("definition").filter({ hasText: "(24 %)" });
  await expect(used).toContainText("120");
  await expect(used).toContainText("500");
  const calls = page.getByRole("table", { name: "Avrop på avtalen" });
  await expect(calls.getByRole("row")).toHaveCount(3);
  await expect(calls.getByRole("link", { name: "Vinterdrift i Fana (E2E)" })).toBeVisible();
  // The chart is an image with a title, and its figures stand in the table beside it.
  await expect(page.getByRole("img", { name: /Brukt av taket, samlet per kvartal/ })).toBeVisible();
  const quarters = page.getByRole("table", { name: "Brukt per kvartal" });
  await expect(quarters.getByRole("cell", { name: "24 %" }).first()).toBeVisible();

  // Over the ceiling: refused with what is left, focus on the quantity.
  await typeInto(page.getByLabel("Hva avropet gjelder"), "For mye (E2E)");
  await choose(page.getByLabel("Tjeneste fra prislisten"), "Arbeidstrening", /^Arbeidstrening med oppfølging/);
  await typeInto(page.getByLabel("Mengde", { exact: true }), "40");
  await press(page.getByRole("button", { name: "Gjør avrop" }));
  await expect(page.getByText(/Avropet går over avtalens tak\. Igjen av taket: 380000 kr/).first()).toBeVisible();
  await expect(page.getByLabel("Mengde", { exact: true })).toBeFocused();

  // The call-off is an ordinary order.
  await press(calls.getByRole("link", { name: "Høstrydding i Årstad (E2E)" }));
  await expect(page.getByText(/reservert konkurranse etter FOA § 16-9/)).toBeVisible();
  await a11y();
  await page.goBack();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // The same page in English.
  await press(page.getByRole("button", { name: "Switch to English" }));
  await expect(page.getByRole("heading", { name: "Used against the ceiling per quarter" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "(24 %)" })).toBeVisible();
  await a11y();
  await press(page.getByRole("link", { name: "Agreements" }));
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await a11y();
  await press(page.getByRole("button", { name: /norsk/i }));
  await logout(page);

  // Bergen Arbeid sees the agreement and its use, names its contact, and has no call-off form.
  await login(page, "anne@bergenarbeid.no");
  await press(page.getByRole("link", { name: "Avtaler" }));
  await press(page.getByRole("link", { name: title }));
  await expect(page.getByRole("definition").filter({ hasText: "(24 %)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Gjør avrop" })).toHaveCount(0);
  await typeInto(page.getByLabel("Navn", { exact: true }), "Anne Dahl");
  await typeInto(page.getByLabel("E-post", { exact: true }), "anne@bergenarbeid.no");
  await press(page.getByRole("button", { name: "Lagre kontaktperson" }));
  await expect(page.getByText("Kontaktpersonen er lagret.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Anne Dahl (anne@bergenarbeid.no)" })).toBeVisible();
  await a11y();
});
