import { makeValidOrgNumber } from "../../app/domain/organizations/org-number";
import { expect, login, logout, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";

test("sign up → admin approves → invite by e-mail → colleague joins → password reset", async ({ page, a11y }) => {
  const orgNumber = makeValidOrgNumber(424_242);
  const founder = "guro@voss-vask.no";
  const colleague = "emil@voss-vask.no";

  // 1. A new organisation signs up; a bad org number is caught first.
  await page.goto("/registrer");
  await a11y();
  await page.getByLabel("Type organisasjon").selectOption("EMPLOYER");
  await page.getByLabel("Organisasjonsnummer").fill("123456789");
  await page.getByLabel("Navn på organisasjonen").fill("Voss Vask og Vedlikehald AS");
  await page.getByLabel("Kommune").selectOption({ label: "Voss (Vestland)" });
  await page.getByLabel("Fullt navn").fill("Guro Lunde");
  await page.getByLabel("E-postadresse").fill(founder);
  await page.getByLabel("Passord").fill("langt-og-trygt-passord");
  await page.getByRole("button", { name: "Send registrering" }).click();
  await expect(page.getByRole("alert")).toContainText("Organisasjonsnummeret er ikke gyldig");
  await expect(page.getByLabel("Organisasjonsnummer")).toBeFocused();
  await a11y();
  await page.getByLabel("Organisasjonsnummer").fill(orgNumber);
  await page.getByRole("button", { name: "Send registrering" }).click();
  await expect(page.getByRole("heading", { name: "Sjekk e-posten din" })).toBeVisible();
  await a11y();
  // Nothing exists until the address is confirmed through the link in the mail.
  const confirmation = await waitForMail({ to: founder, subjectIncludes: "Fullfør registreringen" });
  const confirmLink = confirmation.links.find((l) => l.includes("/registrer/bekreft?token="));
  expect(confirmLink).toBeTruthy();
  await page.goto(confirmLink!);
  await a11y();
  await page.getByRole("button", { name: "Fullfør registreringen" }).click();
  await expect(page.getByText("Registreringen er mottatt og venter på godkjenning")).toBeVisible();
  await expect(page.getByText("Venter på godkjenning", { exact: true })).toBeVisible();
  await a11y();
  // Pending: no invitations yet.
  await expect(page.getByRole("link", { name: "Inviter en kollega" })).toHaveCount(0);
  await logout(page);

  // 2. The platform admin approves it.
  await login(page, "admin@arbeidsbro.no");
  await page.goto("/admin");
  await a11y();
  await page.getByRole("button", { name: "Godkjenn Voss Vask og Vedlikehald AS" }).click();
  await expect(page.getByRole("button", { name: "Godkjenn Voss Vask og Vedlikehald AS" })).toHaveCount(0);
  await logout(page);

  // 3. The founder invites a colleague; the link arrives through SMTP.
  await login(page, founder, "langt-og-trygt-passord");
  await page.goto("/organisasjon");
  await page.getByRole("link", { name: "Inviter en kollega" }).click();
  await a11y();
  await page.getByLabel("Kollegaens e-postadresse").fill(colleague);
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByText("Invitasjonen er sendt.")).toBeVisible();
  const invitation = await waitForMail({
    to: colleague,
    subjectIncludes: "Invitasjon til Voss Vask og Vedlikehald AS",
  });
  const inviteLink = invitation.links.find((l) => l.includes("/invitasjon?token="));
  expect(inviteLink).toBeTruthy();
  await logout(page);

  // 4. The colleague follows the link and joins.
  await page.goto(inviteLink!);
  await expect(page.getByRole("heading", { name: "Bli med i Voss Vask og Vedlikehald AS" })).toBeVisible();
  await a11y();
  await page.getByLabel("Fullt navn").fill("Emil Fosse");
  await page.getByLabel("Velg passord").fill("emil-sitt-forste-passord");
  await page.getByRole("button", { name: "Bli med" }).click();
  await expect(page.getByTestId("viewer")).toContainText("Voss Vask og Vedlikehald AS – medlem");
  await expect(page.getByRole("cell", { name: "Emil Fosse" })).toBeVisible();
  await a11y();
  // The link works once only.
  await logout(page);
  await page.goto(inviteLink!);
  await expect(
    page.getByRole("heading", { name: "Invitasjonen er ugyldig, allerede brukt eller utløpt." }),
  ).toBeVisible();

  // 5. The colleague forgets the password and resets it by e-mail.
  await page.goto("/glemt-passord");
  await a11y();
  await page.getByLabel("E-postadresse").fill(colleague);
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByText("Hvis adressen finnes hos oss")).toBeVisible();
  const reset = await waitForMail({ to: colleague, subjectIncludes: "Tilbakestill passordet" });
  const resetLink = reset.links.find((l) => l.includes("/nytt-passord?token="));
  expect(resetLink).toBeTruthy();
  await page.goto(resetLink!);
  await a11y();
  await page.getByLabel("Nytt passord", { exact: true }).fill("emil-sitt-nye-passord");
  await page.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(page.getByText("Passordet er endret")).toBeVisible();
  await login(page, colleague, "emil-sitt-nye-passord");
  await expect(page.getByTestId("viewer")).toContainText("Emil Fosse");
});

test("signing up with an address that already has an account looks the same (no account enumeration)", async ({
  page,
}) => {
  await page.goto("/registrer");
  await page.getByLabel("Type organisasjon").selectOption("EMPLOYER");
  await page.getByLabel("Organisasjonsnummer").fill(makeValidOrgNumber(515_151));
  await page.getByLabel("Navn på organisasjonen").fill("Dobbel AS");
  await page.getByLabel("Kommune").selectOption({ label: "Voss (Vestland)" });
  await page.getByLabel("Fullt navn").fill("Sigrid Hansen");
  await page.getByLabel("E-postadresse").fill("sigrid@fjordkafe.no");
  await page.getByLabel("Passord").fill("langt-og-trygt-passord");
  await page.getByRole("button", { name: "Send registrering" }).click();
  await expect(page.getByRole("heading", { name: "Sjekk e-posten din" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  // Only the address's owner learns that it is registered.
  await waitForMail({ to: "sigrid@fjordkafe.no", subjectIncludes: "Du har allerede en konto" });
});

test("asking for a reset for an unknown address looks the same (no account enumeration)", async ({ page }) => {
  await page.goto("/glemt-passord");
  await page.getByLabel("E-postadresse").fill("finnes.ikke@example.no");
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByText("Hvis adressen finnes hos oss")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
