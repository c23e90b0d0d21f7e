import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parsePublicSearch } from "~/domain/openings/public-search-params";
import { queryEnum, queryInt, queryList, queryNumber, queryText } from "./url-params";

const shape = z.object({
  q: queryText(10),
  tags: queryList(5),
  page: queryInt(1, 9, 1),
  n: queryNumber(0, 1, 0.5),
  sort: queryEnum(["a", "b"], "a"),
});

describe("URL query shapes never fail", () => {
  it.each([
    [{}, { q: "", tags: [], page: 1, n: 0.5, sort: "a" }],
    [
      { q: ["first", "second"], tags: "x", page: ["2", "3"], n: "0.25", sort: ["b", "a"] },
      { q: "first", tags: ["x"], page: 2, n: 0.25, sort: "b" },
    ],
    [
      {
        q: "  0123456789abc ",
        tags: ["ok", "far-too-long", "ok", ""],
        page: "1e309",
        n: "Infinity",
        sort: "__proto__",
      },
      { q: "0123456789", tags: ["ok"], page: 1, n: 0.5, sort: "a" },
    ],
    [
      { q: { nested: 1 }, tags: [1, 2], page: "NaN", n: "-1", sort: 7 },
      { q: "", tags: [], page: 1, n: 0.5, sort: "a" },
    ],
  ])("%j", (input, expected) => {
    expect(shape.parse(input)).toEqual(expected);
  });

  it("the public search reads a URL with repeated and overlong keys (it answered 500 before)", () => {
    const url = new URL(
      `http://x/muligheter?q=a&q=b&page=2&page=x&sort=newest&county=46&county=${"9".repeat(500)}&q=${"z".repeat(5000)}`,
    );
    expect(parsePublicSearch(url)).toMatchObject({ q: "a", page: 2, sort: "newest", county: ["46"] });
  });
});
