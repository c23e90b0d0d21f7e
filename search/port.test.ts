import { describe, expect, it } from "vitest";
import { pageOf, toHighlight, words } from "./port";

describe("search port helpers", () => {
  it("splits words in Norwegian", () => {
    expect(words("Renholder i Bærum, 50% stilling!")).toEqual(["renholder", "i", "bærum", "50", "stilling"]);
  });
  it("clamps paging", () => {
    expect(pageOf({})).toEqual({ page: 1, perPage: 20 });
    expect(pageOf({ page: 0, perPage: 1000 })).toEqual({ page: 1, perPage: 100 });
  });
  it("turns marked text into highlight parts", () => {
    expect(toHighlight("Jobb som [[renholder]] i [[Bergen]]", "[[", "]]")).toEqual([
      { text: "Jobb som ", match: false },
      { text: "renholder", match: true },
      { text: " i ", match: false },
      { text: "Bergen", match: true },
    ]);
  });
});
