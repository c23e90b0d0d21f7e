import { describe, expect, it } from "vitest";
import { filtersSql, filterToken, filterTokens, Params, tsqueryText } from "./sql";

describe("postgres search SQL builders", () => {
  it("joins equality filters into one containment of tokens, with parameters, never inline values", () => {
    const p = new Params();
    const sql = filtersSql(
      [
        { field: "county", op: "eq", value: "46'; drop table x; --" },
        { field: "extent", op: "in", values: ["PART_TIME"] },
      ],
      ["county", "extent"],
      p,
    );
    expect(sql).toEqual(["tokens @> $1::text[]"]);
    expect(p.values).toEqual([['county="46\'; drop table x; --"', 'extent="PART_TIME"']]);
  });
  it("writes a list of several values as one overlap, and an empty list as FALSE", () => {
    const p = new Params();
    expect(filtersSql([{ field: "kind", op: "in", values: ["JOB", "TASK"] }], ["kind"], p)).toEqual([
      "tokens && $1::text[]",
    ]);
    expect(p.values).toEqual([['kind="JOB"', 'kind="TASK"']]);
    expect(filtersSql([{ field: "kind", op: "in", values: [] }], ["kind"], p)).toEqual(["FALSE"]);
  });
  it("refuses fields that are not filterable", () => {
    expect(() => filtersSql([{ field: "name", op: "eq", value: "x" }], ["county"], new Params())).toThrow();
    expect(() =>
      filtersSql([{ field: "x') or 1=1 --", op: "eq", value: "x" }], ["x') or 1=1 --"], new Params()),
    ).toThrow();
  });
  it("writes ranges on scalar numbers of the document", () => {
    const p = new Params();
    expect(filtersSql([{ field: "hours", op: "range", gte: 20, lte: 30 }], ["hours"], p)).toEqual([
      "(CASE WHEN jsonb_typeof(doc->'hours') = 'number' THEN (doc->>'hours')::numeric END) >= $1",
      "(CASE WHEN jsonb_typeof(doc->'hours') = 'number' THEN (doc->>'hours')::numeric END) <= $2",
    ]);
    expect(p.values).toEqual([20, 30]);
  });
  it("makes one typed token per filterable value, so a string and a number never meet", () => {
    expect(
      filterTokens(
        {
          county: "46",
          measures: ["A", "B", "A"],
          hours: 20,
          flag: true,
          code: 46,
          nested: [{ a: 1 }],
          gone: null,
          title: "x",
        },
        ["county", "measures", "hours", "flag", "code", "nested", "gone"],
      ),
    ).toEqual(['county="46"', 'measures="A"', 'measures="B"', "hours=20", "flag=true", "code=46"]);
    for (const v of [
      'say "hi"',
      "back\\slash",
      "tab\there",
      "bærum",
      "emoji 😀",
      "lone \ud800",
      37.5,
      20,
      -0.001,
      true,
      false,
    ])
      expect(filterToken("q", v)).toBe(`q=${JSON.stringify(v)}`);
  });
  it("builds tsqueries: the typed word as a prefix, its synonyms and corrections by stem", () => {
    expect(tsqueryText([["renhold", "vaskehjelp"], ["bergen"]])).toBe("(renhold:* | vaskehjelp) & (bergen:*)");
  });
});
