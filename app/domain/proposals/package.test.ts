import { describe, expect, it } from "vitest";
import { checkPackage, packageMeasures, sharingProblems } from "./package";
import { proposalSchema } from "./proposal-schema";
import { MAX_MENTOR_HOURS_PER_MONTH, validatePackageMeasure } from "~/domain/measures/catalogue";

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

const on = new Date("2025-06-01T12:00:00Z");

describe("checkPackage: the catalogue's conditions on the participant, on the box that confirms them", () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      // Source: tiltaksforskriften; nav.no – Varig lønnstilskudd.
      "varig lønnstilskudd without varig og vesentlig nedsatt arbeidsevne",
      { wageSubsidy: "VARIG_LONNSTILSKUDD", subsidyPercent: "75" },
      "permanentlyReducedWorkCapacity",
      "Varig lønnstilskudd gis bare når NAV har vurdert at personen har varig og vesentlig nedsatt arbeidsevne. Bekreft at kandidaten oppfyller vilkåret.",
    ],
    [
      // Source: nav.no – Varig tilrettelagt arbeid i ordinær virksomhet.
      "VTA-O without uføretrygd",
      { otherMeasures: ["VTA_O"] },
      "receivesDisabilityBenefit",
      "Varig tilrettelagt arbeid i ordinær virksomhet er bare for personer som mottar uføretrygd. Bekreft at kandidaten oppfyller vilkåret.",
    ],
    [
      // Source: nav.no – Funksjonsassistanse i arbeidslivet.
      "funksjonsassistanse without the criteria",
      { otherMeasures: ["FUNKSJONSASSISTANSE"] },
      "functionalAssistance",
      "Funksjonsassistanse gis bare til yrkesaktive med omfattende fysisk funksjonsnedsettelse eller sterkt nedsatt syn. Bekreft at kandidaten oppfyller vilkåret.",
    ],
  ])("refuses %s on its box, with the rule's sentence", (_name, overrides, field, nb) => {
    expect(checkPackage(input(overrides), on, "nb")).toEqual({ fieldErrors: { [field]: [nb] }, formErrors: [] });
    expect(checkPackage(input(overrides), on, "en")?.fieldErrors[field]?.[0]).toMatch(/Confirm that the candidate/);
  });

  it.each<[string, Record<string, unknown>]>([
    [
      "varig lønnstilskudd with varig og vesentlig nedsatt arbeidsevne",
      { wageSubsidy: "VARIG_LONNSTILSKUDD", subsidyPercent: "75", permanentlyReducedWorkCapacity: "on" },
    ],
    ["VTA-O with uføretrygd", { otherMeasures: ["VTA_O"], receivesDisabilityBenefit: "on" }],
    [
      "funksjonsassistanse with the employer's own assistant",
      {
        otherMeasures: ["FUNKSJONSASSISTANSE"],
        functionalAssistance: "on",
        assistantEmployedByEmployer: "on",
        assistantHoursPerMonth: "40",
        assistantHourlyWageNok: "250",
      },
    ],
  ])("accepts %s", (_name, overrides) => {
    expect(checkPackage(input(overrides), on, "nb")).toBeNull();
  });

  it("stores the confirmations only on the measure they are about", () => {
    const measures = packageMeasures(
      input({
        wageSubsidy: "VARIG_LONNSTILSKUDD",
        subsidyPercent: "75",
        permanentlyReducedWorkCapacity: "on",
        otherMeasures: ["VTA_O", "FUNKSJONSASSISTANSE", "MENTOR"],
        receivesDisabilityBenefit: "on",
        functionalAssistance: "on",
        assistantEmployedByEmployer: "on",
        assistantHoursPerMonth: "40",
        assistantHourlyWageNok: "250",
        mentorHoursPerMonth: "7.5",
        mentorHourlyWageNok: "300",
      }),
    );
    const byCode = Object.fromEntries(measures.map((m) => [m.code, m]));
    expect(byCode.VARIG_LONNSTILSKUDD?.permanentlyReducedWorkCapacity).toBe(true);
    expect(byCode.VTA_O?.receivesDisabilityBenefit).toBe(true);
    expect(byCode.FUNKSJONSASSISTANSE).toMatchObject({
      assistantEmployedByEmployer: true,
      assistantHoursPerMonth: 40,
      assistantHourlyWageOre: 25_000,
    });
    expect(byCode.MENTOR?.mentorHoursPerMonth).toBe(7.5);
    expect("receivesDisabilityBenefit" in (byCode.MENTOR ?? {})).toBe(false);
  });
});

describe("mentor hours: one limit, the catalogue's, in the form's schema and on the server", () => {
  const parse = (hours: string) =>
    proposalSchema.safeParse({
      followUpFrequency: "WEEKLY",
      contactPerson: "Jobbspesialist Jensen",
      monthlyWageNok: "30000",
      message: "Vi følger opp hver uke.",
      otherMeasures: ["MENTOR"],
      mentorHoursPerMonth: hours,
      mentorHourlyWageNok: "300",
    });

  it.each([
    ["0.5", true],
    ["80", true],
    ["81", true],
    [String(MAX_MENTOR_HOURS_PER_MONTH), true],
    [String(MAX_MENTOR_HOURS_PER_MONTH + 0.5), false],
    ["0", false],
  ])("the schema takes %s hours: %s", (hours, ok) => {
    expect(parse(hours).success).toBe(ok);
  });

  it("the server accepts every number of hours the schema accepts, and the catalogue's limit is the schema's", () => {
    const parsed = parse(String(MAX_MENTOR_HOURS_PER_MONTH));
    if (!parsed.success) throw new Error("refused");
    expect(checkPackage(parsed.data, on, "nb")).toBeNull();
    const [mentor] = packageMeasures(parsed.data);
    expect(
      mentor && validatePackageMeasure({ ...mentor, mentorHoursPerMonth: MAX_MENTOR_HOURS_PER_MONTH + 0.5 }, on),
    ).toHaveLength(1);
  });
});
