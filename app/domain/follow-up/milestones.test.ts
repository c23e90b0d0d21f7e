import { describe, expect, it } from "vitest";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import type { MeasureCode } from "~/domain/measures/measure-codes";
import { currentMilestones, measureMilestones, noticeFrom } from "./milestones";

const measure = (code: MeasureCode, extra: Partial<PackageMeasureInput> = {}): PackageMeasureInput => ({
  code,
  percent: null,
  months: null,
  reducedWorkCapacity: false,
  ...extra,
});

describe("measure milestones", () => {
  it("steps a temporary wage subsidy down from 40 to 30 % after 6 months, ends it, and sets the claim calendar", () => {
    const list = measureMilestones([measure("MIDLERTIDIG_LONNSTILSKUDD", { percent: 40, months: 12 })], "2026-01-15");
    expect(list.find((m) => m.kind === "stepDown")).toMatchObject({
      date: "2026-07-15",
      fromPercent: 40,
      toPercent: 30,
    });
    expect(list.find((m) => m.kind === "end")?.date).toBe("2027-01-14");
    expect(list.filter((m) => m.kind === "refundClaim")).toEqual([
      expect.objectContaining({ periodFrom: "2026-01-15", periodTo: "2026-04-14", date: "2026-04-15" }),
      expect.objectContaining({ periodFrom: "2026-04-15", periodTo: "2026-07-14", date: "2026-07-15" }),
      expect.objectContaining({ periodFrom: "2026-07-15", periodTo: "2026-10-14", date: "2026-10-15" }),
      expect.objectContaining({ periodFrom: "2026-10-15", periodTo: "2027-01-14", date: "2027-01-15" }),
    ]);
    expect(list.map((m) => m.date)).toEqual([...list.map((m) => m.date)].sort());
  });
  it("counts from the month end without drifting after February", () => {
    const list = measureMilestones([measure("MIDLERTIDIG_LONNSTILSKUDD", { percent: 40, months: 12 })], "2026-08-31");
    expect(list.find((m) => m.kind === "stepDown")?.date).toBe("2027-02-28");
    const claims = list.filter((m) => m.kind === "refundClaim");
    expect(claims.map((c) => (c.kind === "refundClaim" ? c.periodFrom : ""))).toEqual([
      "2026-08-31",
      "2026-11-30",
      "2027-02-28",
      "2027-05-31",
    ]);
    expect(list.find((m) => m.kind === "end")?.date).toBe("2027-08-30");
  });
  it("has no step-down when the subsidy ends before it, or when it was asked below the later rate", () => {
    const short = measureMilestones([measure("MIDLERTIDIG_LONNSTILSKUDD", { percent: 40, months: 6 })], "2026-01-01");
    expect(short.some((m) => m.kind === "stepDown")).toBe(false);
    const varigLow = measureMilestones([measure("VARIG_LONNSTILSKUDD", { percent: 60 })], "2026-01-01");
    expect(varigLow.some((m) => m.kind === "stepDown")).toBe(false);
    const varig = measureMilestones([measure("VARIG_LONNSTILSKUDD", { percent: 75 })], "2026-01-01");
    expect(varig).toEqual([
      expect.objectContaining({ kind: "stepDown", date: "2027-01-01", fromPercent: 75, toPercent: 67 }),
    ]);
  });
  it("steps reduced work capacity down from 60 to 50 % after 12 months", () => {
    const list = measureMilestones(
      [measure("MIDLERTIDIG_LONNSTILSKUDD", { percent: 60, months: 24, reducedWorkCapacity: true })],
      "2026-05-10",
    );
    expect(list.find((m) => m.kind === "stepDown")).toMatchObject({
      date: "2027-05-10",
      fromPercent: 60,
      toPercent: 50,
    });
    expect(list.filter((m) => m.kind === "refundClaim")).toHaveLength(8);
  });
  it("gives an end to measures with one and none to open-ended ones", () => {
    const list = measureMilestones([measure("MENTOR", { months: 6 }), measure("IPS_JOBBSTOTTE")], "2026-02-01");
    expect(list).toEqual([expect.objectContaining({ kind: "end", measure: "MENTOR", date: "2026-07-31" })]);
  });
  it("keys each milestone by measure, kind and date, so it is told once", () => {
    const list = measureMilestones([measure("MIDLERTIDIG_LONNSTILSKUDD", { percent: 40, months: 12 })], "2026-01-15");
    expect(new Set(list.map((m) => m.key)).size).toBe(list.length);
  });
});

describe("current milestones", () => {
  const list = measureMilestones([measure("MIDLERTIDIG_LONNSTILSKUDD", { percent: 40, months: 12 })], "2026-01-15");
  const stepDown = list.find((m) => m.kind === "stepDown");
  it("tells of a step-down two weeks ahead and a claim on the day it can be sent", () => {
    expect(stepDown && noticeFrom(stepDown)).toBe("2026-07-01");
    expect(currentMilestones(list, "2026-06-30").some((m) => m.kind === "stepDown")).toBe(false);
    expect(currentMilestones(list, "2026-07-01").some((m) => m.kind === "stepDown")).toBe(true);
    expect(currentMilestones(list, "2026-04-14").some((m) => m.kind === "refundClaim")).toBe(false);
    expect(currentMilestones(list, "2026-04-15").some((m) => m.kind === "refundClaim")).toBe(true);
  });
  it("lets a milestone go a month after its date", () => {
    expect(currentMilestones(list, "2026-08-14").some((m) => m.kind === "stepDown")).toBe(true);
    expect(currentMilestones(list, "2026-08-15").some((m) => m.kind === "stepDown")).toBe(false);
  });
});
