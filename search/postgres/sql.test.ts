import { describe, expect, it } from "vitest";
import { filterSql, Params, tsqueryText } from "./sql";

describe("postgres search SQL builders", () => {
  it("writes equality as containment with parameters, never inline values", () => {
    const p = new Params();
    const sql = filterSql({ field: "county", op: "eq", value: "46'; drop table x; --" }, ["county"], p);
    expect(sql).toBe("(doc @> $1::jsonb OR doc @> $2::jsonb)");
    expect(p.values).toEqual([JSON.stringify({ county: "46'; drop table x; --" }), JSON.stringify({ county: ["46'; drop table x; --"] })]);
  });
  it("refuses fields that are not filterable", () => {
    expect(() => filterSql({ field: "name", op: "eq", value: "x" }, ["county"], new Params())).toThrow();
    expect(() => filterSql({ field: "x') or 1=1 --", op: "eq", value: "x" }, ["x') or 1=1 --"], new Params())).toThrow();
  });
  it("writes ranges on numbers and an empty in-list as FALSE", () => {
    const p = new Params();
    expect(filterSql({ field: "hours", op: "range", gte: 20 }, ["hours"], p)).toBe("(jsonb_typeof(doc->'hours') = 'number' AND (doc->>'hours')::numeric >= $1)");
    expect(filterSql({ field: "hours", op: "in", values: [] }, ["hours"], p)).toBe("FALSE");
  });
  it("builds prefix tsqueries from word groups", () => {
    expect(tsqueryText([["renhold", "vaskehjelp"], ["bergen"]])).toBe("(renhold:* | vaskehjelp:*) & (bergen:*)");
  });
});
