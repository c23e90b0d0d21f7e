import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Every test's page is scanned whenever it has loaded a new document (tests call `a11y()` after
 * each step that changes the page), and once more at the end; a page is scanned once per URL.
 * Every page must also run without a single Content-Security-Policy violation.
 */
export const test = base.extend<{ a11y: () => Promise<void> }>({
  a11y: [
    async ({ page, javaScriptEnabled }, use) => {
      const cspViolations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
      });
      const scanned = new Set<string>();
      const scan = async () => {
        // axe runs inside the page; with scripts off it cannot. Those pages are the same
        // server-rendered markup that the JavaScript-enabled tests scan.
        if (javaScriptEnabled === false) return;
        const key = `${page.url()}#${await page.title()}`;
        if (scanned.has(key)) return;
        scanned.add(key);
        await expectAccessible(page);
      };
      await use(scan);
      if (page.url() !== "about:blank") await scan();
      expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const DEMO_PASSWORD = "arbeidsbro-demo-2026";

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/logg-inn");
  // Either language: the language cookie outlives a sign-out.
  await page.getByLabel(/^(E-postadresse|E-mail address)$/).fill(email);
  await page.getByLabel(/^(Passord|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Logg inn|Sign in)$/ }).click();
  await expect(page.getByTestId("viewer")).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Logg ut|Sign out/ }).click();
  await expect(page.getByRole("heading", { name: /Logg inn|Sign in/ })).toBeVisible();
}
