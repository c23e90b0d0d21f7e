import { describe, expect, it } from "vitest";
import { addMonths, osloDay, osloMidnight } from "~/lib/dates";
import { canRecord, checkInSchedule, checkInState, missedAfter, opensOn } from "./check-in-schedule";

describe("addMonths on the Oslo calendar", () => {
  it("clamps to the last day of a shorter month, and counts every date from the same start", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-01-31", 2)).toBe("2026-03-31");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });
  it("refuses a fraction of a month", () => {
    expect(() => addMonths("2026-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("check-in schedule", () => {
  it("follows up at 1, 3, 6 and 12 months after the hire day", () => {
    expect(checkInSchedule("2026-03-15")).toEqual([
      { month: 1, dueOn: "2026-04-15" },
      { month: 3, dueOn: "2026-06-15" },
      { month: 6, dueOn: "2026-09-15" },
      { month: 12, dueOn: "2027-03-15" },
    ]);
  });
  it("puts a hire on the 31st at the month ends, not on the 28th after February", () => {
    expect(checkInSchedule("2026-08-31").map((c) => c.dueOn)).toEqual([
      "2026-09-30",
      "2026-11-30",
      "2027-02-28",
      "2027-08-31",
    ]);
  });
  it("takes the hire day as Oslo sees it across the spring DST change", () => {
    // 00:30 in Oslo on 29 March 2026 (the night the clocks go forward) is still 28 March in UTC.
    const hiredAt = new Date("2026-03-28T23:30:00Z");
    expect(osloDay(hiredAt)).toBe("2026-03-29");
    expect(checkInSchedule(osloDay(hiredAt))[0]?.dueOn).toBe("2026-04-29");
  });
  it("is due from Oslo midnight of its opening day, in winter and in summer time", () => {
    const due = "2026-10-25"; // the autumn DST change
    const open = opensOn(due);
    expect(open).toBe("2026-10-18");
    expect(osloMidnight(open).toISOString()).toBe("2026-10-17T22:00:00.000Z");
    const before = osloDay(new Date(osloMidnight(open).getTime() - 1));
    expect(checkInState({ dueOn: due, recorded: false, closed: false }, before)).toBe("upcoming");
    expect(checkInState({ dueOn: due, recorded: false, closed: false }, osloDay(osloMidnight(open)))).toBe("due");
  });
});

describe("check-in state", () => {
  const c = (over: Partial<{ recorded: boolean; closed: boolean }> = {}) => ({
    dueOn: "2026-06-15",
    recorded: false,
    closed: false,
    ...over,
  });
  it("opens a week before it is due and is missed two weeks after", () => {
    expect(checkInState(c(), "2026-06-07")).toBe("upcoming");
    expect(checkInState(c(), "2026-06-08")).toBe("due");
    expect(checkInState(c(), "2026-06-29")).toBe("due");
    expect(missedAfter("2026-06-15")).toBe("2026-06-29");
    expect(checkInState(c(), "2026-06-30")).toBe("missed");
  });
  it("is done once recorded and closed once an earlier one said the job ended, whatever the day", () => {
    expect(checkInState(c({ recorded: true }), "2027-01-01")).toBe("done");
    expect(checkInState(c({ closed: true }), "2027-01-01")).toBe("closed");
  });
  it("may be recorded when due or late, not before it opens or twice", () => {
    expect(canRecord("due")).toBe(true);
    expect(canRecord("missed")).toBe(true);
    expect(canRecord("upcoming")).toBe(false);
    expect(canRecord("done")).toBe(false);
    expect(canRecord("closed")).toBe(false);
  });
});
