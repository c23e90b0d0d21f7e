import { DEMO_PASSWORD, expect, logout, test } from "./support/fixtures";

test("keyboard only: sign in, see organisation and role, sign out", async ({ page, a11y }) => {
  await page.goto("/logg-inn");
  await a11y();
  // The email field has focus on arrival; everything else is Tab and Enter.
  await expect(page.getByLabel("E-postadresse")).toBeFocused();
  await page.keyboard.type("sigrid@fjordkafe.no");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Passord", { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("viewer")).toContainText("Sigrid Larsen");
  await expect(page.getByTestId("viewer")).toContainText("Fjordkafé AS – administrator");
  await a11y();
  await logout(page);
  await expect(page.getByText("Du er logget ut.")).toBeVisible();
});

test("wrong password: error summary, values kept, focus on the summary's form error", async ({ page, a11y }) => {
  await page.goto("/logg-inn");
  await page.getByLabel("E-postadresse").fill("sigrid@fjordkafe.no");
  await page.getByLabel("Passord", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("alert")).toContainText("E-postadressen eller passordet er feil.");
  await expect(page.getByLabel("E-postadresse")).toHaveValue("sigrid@fjordkafe.no");
  await a11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign in with a plain form post, and invalid input is explained", async ({ page, a11y }) => {
    await page.goto("/logg-inn");
    await page.getByLabel("E-postadresse").fill("ikke-en-adresse");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.getByRole("alert")).toContainText("Skriv en gyldig e-postadresse");
    await expect(page.getByLabel("E-postadresse")).toBeFocused();
    await a11y();
    await page.getByLabel("E-postadresse").fill("anne@bergenarbeid.no");
    await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.getByTestId("viewer")).toContainText("Bergen Arbeid og Inkludering AS");
    await page.getByRole("button", { name: "Logg ut" }).click();
    await expect(page.getByText("Du er logget ut.")).toBeVisible();
  });
});
