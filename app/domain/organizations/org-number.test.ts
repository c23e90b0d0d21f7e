import { describe, expect, it } from "vitest";
import { formatOrgNumber, isValidOrgNumber, makeValidOrgNumber, orgNumberCheckDigit } from "./org-number";

describe("organisation number mod-11", () => {
  // Worked example: 97408761_ → 9·3+7·2+4·7+0·6+8·5+7·4+6·3+1·2 = 27+14+28+0+40+28+18+2 = 157;
  // 157 mod 11 = 3; check digit 11−3 = 8 → 974087618.
  it("computes the check digit of a worked example", () => {
    expect(orgNumberCheckDigit("97408761")).toBe(8);
  });

  it.each([
    ["974087618", true], // the worked example above
    ["974 087 618", true], // spaces as people type them
    ["974087617", false], // wrong check digit
    ["97408761", false], // eight digits
    ["9740876180", false], // ten digits
    ["abcdefghi", false],
    ["174087618", false], // numbers are issued from 8 and 9 only
  ])("%s is valid: %s", (input, valid) => {
    expect(isValidOrgNumber(input)).toBe(valid);
  });

  it("handles remainder 0 (digit 0) and remainder 1 (never issued)", () => {
    // 90000003: 9·3 + 3·2 = 33, 33 mod 11 = 0 → check digit 0.
    expect(orgNumberCheckDigit("90000003")).toBe(0);
    // 90000009: 9·3 + 9·2 = 45, 45 mod 11 = 1 → no check digit exists.
    expect(orgNumberCheckDigit("90000009")).toBeNull();
  });

  it("formats as groups of three", () => {
    expect(formatOrgNumber("974087618")).toBe("974 087 618");
  });

  it("generates valid numbers for demo data", () => {
    for (let seed = 0; seed < 200; seed++) expect(isValidOrgNumber(makeValidOrgNumber(seed))).toBe(true);
    expect(makeValidOrgNumber(5)).toBe(makeValidOrgNumber(5));
  });
});
