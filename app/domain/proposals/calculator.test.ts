import { describe, expect, it } from "vitest";
import { calculatorEstimate, calculatorParams } from "./calculator";

const params = (query: string) => calculatorParams.parse(Object.fromEntries(new URLSearchParams(query)));
const on = new Date("2026-11-22");

describe("the cost calculator", () => {
  it("estimates from the URL's state, defaults filling the gaps", () => {
    const result = calculatorEstimate(
      params("monthlyWageNok=30000&wageSubsidy=MIDLERTIDIG_LONNSTILSKUDD&percent=40&months=12"),
      on,
    );
    expect(result.ok && result.estimate.periods[0]?.monthlySubsidyOre).toBe(1_557_504);
  });

  it("gives the catalogue's reasons in both languages instead of figures NAV would not pay", () => {
    const result = calculatorEstimate(params("wageSubsidy=MIDLERTIDIG_LONNSTILSKUDD&percent=55"), on);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons[0]?.nb).toContain("40 %");
    expect(result.reasons[0]?.en).toContain("40 %");
  });
});
