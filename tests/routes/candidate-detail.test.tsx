// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { data } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import CandidateDetail from "~/routes/candidate-detail";
import { renderRoute } from "../support/render-route";

const page = {
  canErase: true,
  today: "2026-12-01",
  candidate: {
    id: "c1",
    code: "K-40001",
    status: "ACTIVE" as const,
    fullName: "Test Person",
    birthYear: 1990,
    phone: null,
    email: null,
    notes: null,
    personalDataDeletedAt: null,
    occupationCodes: ["9112"],
    skills: ["renhold"],
    summary: "",
    municipality: "Bergen",
    hoursPerWeek: 20,
    norwegianLevel: "B1",
    languages: [],
    measures: [],
    listed: true,
    consents: [
      {
        id: "x1",
        kind: "LISTING" as const,
        givenOn: "2026-11-01",
        method: "SIGNED_PAPER",
        by: "Anne",
        source: "COMPANY_RECORDED" as const,
        withdrawnAt: null,
        withdrawnVia: null,
      },
    ],
    erasure: null,
  },
  introductions: [],
  timeline: [],
  proposals: [],
};

afterEach(cleanup);

function renderPage(action: (form: FormData) => unknown) {
  const posted: FormData[] = [];
  renderRoute({
    path: "/kandidater/:id",
    url: "/kandidater/c1",
    Component: CandidateDetail,
    loader: () => page,
    action: async ({ request }) => {
      const form = await request.formData();
      posted.push(form);
      return action(form);
    },
  });
  return posted;
}

describe("the candidate page's forms (route module, in memory)", () => {
  it("erasing without ticking the confirmation is stopped in the browser, with the error on the checkbox and nothing posted", async () => {
    const posted = renderPage(() => null);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Slett kandidaten for godt" }));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("Kryss av for å bekrefte slettingen.");
    expect(posted).toHaveLength(0);
  });

  it("each one-button form posts its own intent and value", async () => {
    const posted = renderPage(() => data({ intent: "withdraw", result: null }, { status: 200 }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: /Trekk samtykke/ }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]?.get("intent")).toBe("withdraw");
    expect(posted[0]?.get("kind")).toBe("LISTING");
  });

  it("a refusal from the server shows on the form that was sent, in its error summary, which gets focus", async () => {
    renderPage((form) =>
      data(
        {
          intent: String(form.get("intent")),
          result: {
            status: "error" as const,
            initialValue: {},
            error: { "": ["Personopplysningene er slettet. Kandidaten kan bare arkiveres."] },
          },
        },
        { status: 409 },
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Sett som på pause" }));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("Kandidaten kan bare arkiveres");
    await waitFor(() => expect(document.activeElement).toBe(summary));
    // Only the status form shows it; the consent form has no summary.
    expect(screen.getAllByRole("alert")).toHaveLength(1);
  });

  it("recording a consent without a method names the field in the summary and links to it", async () => {
    const posted = renderPage(() => null);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Registrer samtykke" }));
    const link = await screen.findByRole("link", { name: /Hvordan samtykket ble gitt/ });
    expect(link.getAttribute("href")).toMatch(/^#/);
    expect(posted).toHaveLength(0);
  });

  it("an error on a value the form does not show (a tampered hidden field, a list item) still shows the summary", async () => {
    renderPage((form) =>
      data(
        {
          intent: String(form.get("intent")),
          result: { status: "error" as const, initialValue: {}, error: { "tampered[3]": ["errors.generic"] } },
        },
        { status: 400 },
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Sett som på pause" }));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("Noe i skjemaet var ikke gyldig");
  });
});
