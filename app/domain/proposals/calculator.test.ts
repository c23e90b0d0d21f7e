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

  it("refuses varig lønnstilskudd until varig og vesentlig nedsatt arbeidsevne is ticked, with the rule's sentence", () => {
    const refused = calculatorEstimate(params("wageSubsidy=VARIG_LONNSTILSKUDD&percent=75"), on);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reasons[0]?.nb).toContain("varig og vesentlig nedsatt arbeidsevne");
    const ok = calculatorEstimate(
      params("wageSubsidy=VARIG_LONNSTILSKUDD&percent=75&permanentlyReducedWorkCapacity=on"),
      on,
    );
    expect(ok.ok).toBe(true);
  });

  it("shows the VTA-O grant only for a participant on uføretrygd, and says the 2026 rate is provisional", () => {
    const refused = calculatorEstimate(params("wageSubsidy=NONE&vtaO=on"), on);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reasons[0]?.en).toContain("uføretrygd");
    const result = calculatorEstimate(params("wageSubsidy=NONE&vtaO=on&receivesDisabilityBenefit=on"), on);
    if (!result.ok) throw new Error("refused");
    expect(result.estimate.periods[0]?.monthlyVtaOGrantOre).toBe(732_100);
    expect(result.estimate.provisional).toBe(true);
  });

  it("shows funksjonsassistanse as reducing the employer's cost only when the employer employs the assistant", () => {
    const elsewhere = calculatorEstimate(params("wageSubsidy=NONE&functionalAssistance=on"), on);
    const own = calculatorEstimate(
      params(
        "wageSubsidy=NONE&functionalAssistance=on&assistantEmployedByEmployer=on&assistantHoursPerMonth=40&assistantHourlyWageNok=250",
      ),
      on,
    );
    if (!elsewhere.ok || !own.ok) throw new Error("refused");
    expect(elsewhere.estimate.periods[0]?.monthlyAssistanceGrantOre).toBe(0);
    // 40 h × 250 kr with 12 % holiday pay, 14.1 % employer tax and 2 % OTP = 12 979.20 kr
    expect(own.estimate.periods[0]).toMatchObject({
      monthlyAssistantCostOre: 1_297_920,
      monthlyAssistanceGrantOre: 1_297_920,
    });
    expect(own.estimate.periods[0]?.monthlyEmployerCostOre).toBe(elsewhere.estimate.periods[0]?.monthlyEmployerCostOre);
  });

  it("refuses more assistant hours than the catalogue's full-time limit", () => {
    const result = calculatorEstimate(
      params("wageSubsidy=NONE&functionalAssistance=on&assistantEmployedByEmployer=on&assistantHoursPerMonth=200"),
      on,
    );
    expect(result.ok).toBe(false);
  });
});
