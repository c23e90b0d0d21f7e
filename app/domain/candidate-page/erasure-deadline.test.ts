import { describe, expect, it } from "vitest";
import { erasureDeadline } from "./erasure-deadline";

describe("erasureDeadline (GDPR art. 12(3): one month)", () => {
  it("is the same day next month on the Oslo calendar", () => {
    expect(erasureDeadline(new Date("2026-12-03T10:00:00Z"))).toBe("2027-01-03");
    // 23:30 UTC on 14 March is already 15 March in Oslo.
    expect(erasureDeadline(new Date("2026-03-14T23:30:00Z"))).toBe("2026-04-15");
  });
  it("is the last day of a shorter month", () => {
    expect(erasureDeadline(new Date("2027-01-31T12:00:00Z"))).toBe("2027-02-28");
    expect(erasureDeadline(new Date("2028-01-31T12:00:00Z"))).toBe("2028-02-29");
  });
});
