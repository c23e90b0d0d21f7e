import { describe, expect, it } from "vitest";
import { sharingProblems } from "./package";
import { proposalSchema } from "./proposal-schema";

const input = (overrides: Record<string, unknown> = {}) =>
  proposalSchema.parse({
    followUpFrequency: "WEEKLY",
    contactPerson: "Jobbspesialist Jensen",
    monthlyWageNok: "30000",
    message: "Vi følger opp hver uke.",
    ...overrides,
  });

describe("sharingProblems: accommodations and sensitive measures need the consent to share them", () => {
  it("refuses each on the field that holds it when the candidate has not consented", () => {
    const problems = sharingProblems(
      input({
        wageSubsidy: "VARIG_LONNSTILSKUDD",
        subsidyPercent: "75",
        otherMeasures: ["MENTOR", "VTA_O"],
        mentorHoursPerMonth: "10",
        mentorHourlyWageNok: "300",
        accommodations: ["PHYSICAL"],
      }),
      false,
    );
    expect(problems).toEqual({
      fieldErrors: {
        wageSubsidy: ["proposals.sensitiveMeasureNeedsConsent"],
        otherMeasures: ["proposals.sensitiveMeasureNeedsConsent"],
        accommodations: ["proposals.accommodationsNeedConsent"],
      },
      formErrors: [],
    });
  });

  it.each([["IPS_JOBBSTOTTE"], ["VTA_O"], ["FUNKSJONSASSISTANSE"]])("refuses %s without the consent", (code) => {
    expect(sharingProblems(input({ otherMeasures: [code] }), false)?.fieldErrors.otherMeasures).toEqual([
      "proposals.sensitiveMeasureNeedsConsent",
    ]);
  });

  it("lets the other measures through without it", () => {
    expect(
      sharingProblems(
        input({
          wageSubsidy: "MIDLERTIDIG_LONNSTILSKUDD",
          subsidyPercent: "40",
          subsidyMonths: "6",
          otherMeasures: ["MENTOR", "INKLUDERINGSTILSKUDD"],
          mentorHoursPerMonth: "10",
          mentorHourlyWageNok: "300",
          extraCostsNok: "10000",
        }),
        false,
      ),
    ).toBeNull();
  });

  it("lets everything through with it", () => {
    expect(
      sharingProblems(
        input({
          wageSubsidy: "VARIG_LONNSTILSKUDD",
          subsidyPercent: "75",
          otherMeasures: ["IPS_JOBBSTOTTE"],
          accommodations: ["PHYSICAL"],
        }),
        true,
      ),
    ).toBeNull();
  });
});
