import { describe, expect, it } from "vitest";
import { youthFigures } from "./youth.server";

describe("the 0–24 figures follow the dashboard's suppression rules", () => {
  it("members see exact counts with 1–4 suppressed; openings are not people and are shown as they are", () => {
    expect(youthFigures({ proposed: 12, hired: 3, apprenticeshipsStarted: 0, summerJobs: 2 }, "member")).toEqual({
      proposed: { value: 12 },
      hired: { suppressed: true },
      apprenticeshipsStarted: { value: 0 },
      summerJobs: 2,
    });
  });

  it("the public sees bands of 5, and 0–4 as under 5", () => {
    expect(youthFigures({ proposed: 12, hired: 0, apprenticeshipsStarted: 5, summerJobs: 1 }, "public")).toEqual({
      proposed: { from: 10, to: 14 },
      hired: { suppressed: true },
      apprenticeshipsStarted: { from: 5, to: 9 },
      summerJobs: 1,
    });
  });
});
