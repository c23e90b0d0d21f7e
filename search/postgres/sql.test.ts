import { describe, expect, it } from "vitest";
import { filtersSql, filterValues, Params, tsqueryText } from "./sql";

describe("postgres search SQL builders", () => {
  it("joins equality filters into one containment, with parameters, never inline values", () => {
    const p = new Params();
    const sql = filtersSql(
      [
        { field: "county", op: "eq", value: "46'; drop table x; --" },
        { field: "extent", op: "in", values: ["PART_TIME"] },
      ],
      ["county", "extent"],
      p,
    );
    expect(sql).toEqual(["filters @> $1::jsonb"]);
    expect(p.values).toEqual([JSON.stringify({ county: ["46'; drop table x; --"], extent: ["PART_TIME"] })]);
  });
  it("writes a list of several values as an OR of containments, and an empty list as FALSE", () => {
    const p = new Params();
    expect(filtersSql([{ field: "kind", op: "in", values: ["JOB", "TASK"] }], ["kind"], p)).toEqual(["(filters @> $1::jsonb OR filters @> $2::jsonb)"]);
    expect(filtersSql([{ field: "kind", op: "in", values: [] }], ["kind"], p)).toEqual(["FALSE"]);
  });
  it("refuses fields that are not filterable", () => {
    expect(() => filtersSql([{ field: "name", op: "eq", value: "x" }], ["county"], new Params())).toThrow();
    expect(() => filtersSql([{ field: "x') or 1=1 --", op: "eq", value: "x" }], ["x') or 1=1 --"], new Params())).toThrow();
  });
  it("writes ranges on numbers", () => {
    const p = new Params();
    expect(filtersSql([{ field: "hours", op: "range", gte: 20 }], ["hours"], p)).toEqual(["(jsonb_typeof(doc->'hours') = 'number' AND (doc->>'hours')::numeric >= $1)"]);
  });
  it("stores every filterable value as an array", () => {
    expect(filterValues({ county: "46", measures: ["A", "B"], hours: 20, title: "x", gone: null }, ["county", "measures", "hours", "gone"])).toEqual({ county: ["46"], measures: ["A", "B"], hours: [20] });
  });
  it("builds tsqueries: the typed word as a prefix, its synonyms and corrections by stem", () => {
    expect(tsqueryText([["renhold", "vaskehjelp"], ["bergen"]])).toBe("(renhold:* | vaskehjelp) & (bergen:*)");
  });
});
