import { describe, expect, it } from "vitest";
import { productionProblems, STRIPE_DOUBLE_SECRET_KEY, STRIPE_DOUBLE_WEBHOOK_SECRET } from "./env.server";

const production = {
  NODE_ENV: "production",
  APP_ORIGIN: "https://arbeidsbro.no",
  STRIPE_SECRET_KEY: "sk_live_x",
  STRIPE_WEBHOOK_SECRET: "whsec_live_x",
  BRREG_URL: "https://data.brreg.no/enhetsregisteret/api/enheter",
  RENHOLD_URL: "https://renhold.example.no/api/virksomheter",
  PLATFORM_ORG_NUMBER: "974760673",
  PLATFORM_ACCOUNT_NUMBER: "86011117947",
};

describe("a production server refuses to start", () => {
  it("without APP_ORIGIN (links would come from a request header)", () => {
    const { APP_ORIGIN: _omit, ...rest } = production;
    expect(productionProblems(rest)).toEqual([expect.stringContaining("APP_ORIGIN is required")]);
  });

  it("with the Stripe test double's key or webhook secret, unless payments go to the double", () => {
    expect(productionProblems({ ...production, STRIPE_SECRET_KEY: STRIPE_DOUBLE_SECRET_KEY })).toEqual([
      expect.stringContaining("STRIPE_SECRET_KEY"),
    ]);
    expect(productionProblems({ ...production, STRIPE_WEBHOOK_SECRET: undefined })).toEqual([
      expect.stringContaining("STRIPE_WEBHOOK_SECRET"),
    ]);
    expect(
      productionProblems({
        ...production,
        STRIPE_SECRET_KEY: STRIPE_DOUBLE_SECRET_KEY,
        STRIPE_WEBHOOK_SECRET: STRIPE_DOUBLE_WEBHOOK_SECRET,
        STRIPE_API_BASE: "http://127.0.0.1:12111",
      }),
    ).toEqual([]);
  });

  it("without the public registers' addresses (the double would decide who may trade)", () => {
    const { RENHOLD_URL: _omit, ...rest } = production;
    expect(productionProblems(rest)).toEqual([expect.stringContaining("BRREG_URL and RENHOLD_URL")]);
  });

  it("with an APP_ORIGIN that is not an http(s) origin", () => {
    expect(productionProblems({ ...production, APP_ORIGIN: "javascript:alert(1)" })).not.toEqual([]);
  });

  it("but starts with a complete configuration, and outside production asks for nothing", () => {
    expect(productionProblems(production)).toEqual([]);
    expect(productionProblems({ NODE_ENV: "development" })).toEqual([]);
  });

  it("with the demo's fictional issuer of fee invoices, unless payments go to the double", () => {
    const { PLATFORM_ORG_NUMBER: _omit, ...rest } = production;
    expect(productionProblems(rest)).toEqual([expect.stringContaining("PLATFORM_ORG_NUMBER")]);
    expect(productionProblems({ ...rest, STRIPE_API_BASE: "http://127.0.0.1:12111" })).toEqual([]);
  });

  it("with an issuer whose org or account number fails its mod-11 check", () => {
    expect(productionProblems({ ...production, PLATFORM_ORG_NUMBER: "974760674" })).toEqual([
      expect.stringContaining("PLATFORM_ORG_NUMBER"),
    ]);
    expect(productionProblems({ ...production, PLATFORM_ACCOUNT_NUMBER: "86011117948" })).toEqual([
      expect.stringContaining("PLATFORM_ACCOUNT_NUMBER"),
    ]);
  });
});
