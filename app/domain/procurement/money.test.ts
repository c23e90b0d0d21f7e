import { describe, expect, it } from "vitest";
import { orderAmounts, vatOf } from "./money";

describe("VAT and fee in øre", () => {
  it.each([
    [100_000_00, 25_000_00], // 100 000 kr → 25 000 kr
    [1, 0], // 0.25 øre rounds to 0
    [2, 1], // 0.5 øre rounds half away from zero to 1
    [12_345_67, 3_086_42], // 12 345.67 kr × 25 % = 3 086.4175 kr → 3 086.42 kr
  ])("VAT of %i øre is %i øre", (price, vat) => expect(vatOf(price)).toBe(vat));

  it("splits a 150 000 kr task with a 3 % platform fee", () => {
    // Price 150 000 kr ex VAT; VAT 37 500 kr; total 187 500 kr; fee 3 % of 150 000 = 4 500 kr; company 183 000 kr.
    expect(orderAmounts(150_000_00, 300)).toEqual({
      amountExVatOre: 150_000_00,
      vatOre: 37_500_00,
      totalOre: 187_500_00,
      platformFeeOre: 4_500_00,
      toCompanyOre: 183_000_00,
    });
  });

  it("rounds the fee once: 3 % of 333.33 kr is 9.9999 kr → 10.00 kr", () => {
    expect(orderAmounts(333_33, 300).platformFeeOre).toBe(10_00);
  });

  it("refuses fractions of øre, negative amounts and impossible fees", () => {
    expect(() => orderAmounts(10.5, 300)).toThrow(RangeError);
    expect(() => orderAmounts(-1, 300)).toThrow(RangeError);
    expect(() => orderAmounts(100, 10_001)).toThrow(RangeError);
  });
});
