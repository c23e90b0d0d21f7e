import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { getI18n, type Locale } from "~/i18n/i18n";
import { TalentHit, type TalentHitView } from "./talent-hit";

/** A hit as the engine found it: the indexed occupation text holds both languages, for matching. */
const hit: TalentHitView = {
  code: "K-12345",
  occupationCodes: ["9112", "9412"],
  occupationMarks: [
    { text: "Renholder", match: true },
    { text: " i virksomheter Office and commercial ", match: false },
    { text: "cleaner", match: true },
    { text: " · Kjøkkenassistent Kitchen assistant", match: false },
  ],
  municipalityName: "Bergen",
  hoursPerWeek: 20,
  norwegianLevel: "B1",
  earliestStart: null,
  companyName: "Bergen Arbeid AS",
  skills: ["renhold"],
};

const render = (lang: Locale) => {
  const i18n = getI18n(lang);
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, createElement(TalentHit, { hit }))),
  );
};

describe("a talent-search hit", () => {
  it("names the occupations in the reader's language only, never both run together", () => {
    const nb = render("nb");
    expect(nb).toContain("Kjøkkenassistent");
    expect(nb).not.toContain("Office and commercial cleaner");
    expect(nb).not.toContain("Kitchen assistant");
    const en = render("en");
    expect(en).toContain("Kitchen assistant");
    expect(en).not.toContain("Renholder i virksomheter");
    expect(en).not.toContain("Kjøkkenassistent");
  });

  it("still marks what matched, in the reader's words", () => {
    expect(render("nb")).toContain('<mark class="bg-yellow-200 text-inherit">Renholder</mark>');
    expect(render("en")).toContain('<mark class="bg-yellow-200 text-inherit">cleaner</mark>');
  });
});
