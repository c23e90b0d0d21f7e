import { describe, expect, it } from "vitest";
import { documentTotals, oreToNok, percentOf, vatOre } from "./amounts";
import { accountCheckDigit, formatAccountNumber, isValidAccountNumber } from "./account-number";
import { isValidKid, makeKid } from "./kid";

describe("øre to NOK", () => {
  it("writes two decimals without floating point", () => {
    expect(oreToNok(0)).toBe("0.00");
    expect(oreToNok(5)).toBe("0.05");
    expect(oreToNok(100)).toBe("1.00");
    expect(oreToNok(123456)).toBe("1234.56");
    expect(oreToNok(-5)).toBe("-0.05");
    // 0.1 + 0.2 style errors cannot happen: 2^53 - 1 øre is still exact.
    expect(oreToNok(Number.MAX_SAFE_INTEGER)).toBe("90071992547409.91");
  });
  it("refuses fractions of an øre", () => {
    expect(() => oreToNok(1.5)).toThrow(RangeError);
  });
});

describe("VAT rounding", () => {
  it("rounds half away from zero to whole øre", () => {
    expect(vatOre(2, 2500)).toBe(1); // 0.5 øre
    expect(vatOre(1, 2500)).toBe(0); // 0.25 øre
    expect(vatOre(3, 2500)).toBe(1); // 0.75 øre
    expect(vatOre(-2, 2500)).toBe(-1);
    expect(vatOre(12_345_67, 2500)).toBe(3_086_42); // 308641.75 øre
  });

  it("rounds once per VAT category on the sum of its lines, not per line (EN 16931 BR-CO-17)", () => {
    // Three lines of 0.02 kr: per line 0.5 øre each would round to 3 øre; on the sum 6 × 0.25 = 1.5 → 2.
    const t = documentTotals([
      { netOre: 2, vatRateBasisPoints: 2500 },
      { netOre: 2, vatRateBasisPoints: 2500 },
      { netOre: 2, vatRateBasisPoints: 2500 },
    ]);
    expect(t.breakdown).toEqual([{ rateBasisPoints: 2500, taxableOre: 6, vatOre: 2 }]);
    expect(t).toMatchObject({ lineTotalOre: 6, vatTotalOre: 2, totalOre: 8 });
  });

  it("keeps one breakdown per rate and sums the categories for the total", () => {
    const t = documentTotals([
      { netOre: 100_00, vatRateBasisPoints: 2500 },
      { netOre: 33_33, vatRateBasisPoints: 1500 },
      { netOre: 50_01, vatRateBasisPoints: 2500 },
    ]);
    expect(t.breakdown).toEqual([
      { rateBasisPoints: 2500, taxableOre: 150_01, vatOre: 37_50 },
      { rateBasisPoints: 1500, taxableOre: 33_33, vatOre: 5_00 },
    ]);
    expect(t.vatTotalOre).toBe(42_50);
    expect(t.totalOre).toBe(183_34 + 42_50);
    expect(percentOf(2500)).toBe("25");
    expect(percentOf(1250)).toBe("12.5");
  });
});

describe("KID", () => {
  it("makes and checks MOD10 (Luhn) KIDs", () => {
    expect(makeKid(123456789, "MOD10", 10)).toBe("1234567897");
    expect(isValidKid("1234567897", "MOD10")).toBe(true);
    expect(isValidKid("1234567890", "MOD10")).toBe(false);
  });
  it("makes and checks MOD11 KIDs, with '-' for a check value of 10", () => {
    expect(makeKid(12345678, "MOD11", 9)).toBe("123456785");
    expect(isValidKid("123456785", "MOD11")).toBe(true);
    expect(isValidKid("123456784", "MOD11")).toBe(false);
    const dash = Array.from({ length: 200 }, (_, i) => makeKid(i, "MOD11")).find((k) => k.endsWith("-"));
    expect(dash && isValidKid(dash, "MOD11")).toBe(true);
  });
  it("refuses letters and empty KIDs", () => {
    expect(isValidKid("", "MOD10")).toBe(false);
    expect(isValidKid("12a4", "MOD10")).toBe(false);
    expect(isValidKid("1-34", "MOD11")).toBe(false);
  });
});

describe("account number", () => {
  it("checks the mod-11 digit, ignoring dots and spaces", () => {
    expect(isValidAccountNumber("8601.11.17947")).toBe(true);
    expect(isValidAccountNumber("8601 11 17947")).toBe(true);
    expect(isValidAccountNumber("86011117948")).toBe(false);
    expect(isValidAccountNumber("8601111794")).toBe(false);
    expect(accountCheckDigit("8601111794")).toBe(7);
    expect(formatAccountNumber("86011117947")).toBe("8601.11.17947");
  });
});
