import { describe, expect, it } from "vitest";
import { formatOsloDateTime } from "./dates";

describe("formatOsloDateTime", () => {
  it("shows winter time (UTC+1) and summer time (UTC+2) in Oslo", () => {
    expect(formatOsloDateTime("2026-01-15T11:00:00Z", "nb")).toContain("12:00");
    expect(formatOsloDateTime("2026-07-15T11:00:00Z", "nb")).toContain("13:00");
  });
  it("crosses midnight by Oslo's clock, not UTC's", () => {
    expect(formatOsloDateTime("2026-12-31T23:30:00Z", "en")).toContain("2027");
  });
});

describe("osloToday", () => {
  it("uses Oslo's date, not UTC's", async () => {
    const { osloToday } = await import("./dates");
    expect(osloToday(new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-23");
    expect(osloToday(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
    expect(osloToday(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
  });
});
