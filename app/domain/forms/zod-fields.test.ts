import { describe, expect, it } from "vitest";
import { quoteSchema } from "~/domain/procurement/quote-schema";
import { openingSchema } from "~/domain/openings/opening-schema";
import { calendarDay, isCalendarDay, MAX_AMOUNT_NOK, wholeKroner } from "./zod-fields";

describe("calendar days", () => {
  it.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-02-31", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["0000-01-01", false],
    ["9999-12-31", false],
    ["2026-1-1", false],
    ["2026-01-01T00:00", false],
  ])("%s → %s", (day, ok) => {
    expect(isCalendarDay(day)).toBe(ok);
    expect(calendarDay().safeParse(day).success).toBe(ok);
  });
});

describe("amounts in whole kroner", () => {
  it("fit a 32-bit øre column even with 25 % VAT on top", () => {
    expect(Math.round(MAX_AMOUNT_NOK * 100 * 1.25)).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(wholeKroner().safeParse(String(MAX_AMOUNT_NOK)).success).toBe(true);
    expect(wholeKroner().safeParse(String(MAX_AMOUNT_NOK + 1)).success).toBe(false);
  });

  it("a quote of 100 M NOK or a budget of 10^12 is refused with a message on the field, not stored", () => {
    const quote = quoteSchema.safeParse({
      priceNok: "100000000",
      deliveryPlan: "Vi leverer hver uke.",
      teamSize: "2",
      participantsInMeasure: "1",
      startDate: "2027-01-04",
    });
    expect(quote.success).toBe(false);
    expect(quote.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["priceNok", "errors.amountInvalid"],
    ]);
    const opening = openingSchema.safeParse({
      kind: "TASK",
      title: "Vask",
      description: "Vask av kontorer hver uke.",
      occupationCode: "9112",
      municipalityNumber: "4601",
      hoursPerWeek: "10",
      extent: "PART_TIME",
      budgetMaxNok: "1000000000000",
    });
    expect(
      opening.error?.issues.some((i) => i.path[0] === "budgetMaxNok" && i.message === "errors.amountInvalid"),
    ).toBe(true);
  });

  it("an impossible start date is refused on its field", () => {
    const quote = quoteSchema.safeParse({
      priceNok: "50000",
      deliveryPlan: "Vi leverer hver uke.",
      teamSize: "2",
      participantsInMeasure: "1",
      startDate: "2026-02-31",
    });
    expect(quote.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["startDate", "errors.dateInvalid"],
    ]);
  });
});
