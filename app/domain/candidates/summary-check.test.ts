import { describe, expect, it } from "vitest";
import { summaryWarnings } from "./summary-check";

describe("summaryWarnings", () => {
  it("passes a plain work history", () => {
    expect(
      summaryWarnings("Tre år som renholder i kontorbygg. Vant med maskiner og kjemikalier, jobber godt i team."),
    ).toEqual([]);
  });
  it("warns about health words, also inflected and in English", () => {
    expect(summaryWarnings("Har vært sykmeldt etter depresjonen")).toEqual(["health"]);
    expect(summaryWarnings("Diagnosen gjør at hun trenger pauser")).toEqual(["health"]);
    expect(summaryWarnings("Recovering from an illness")).toEqual(["health"]);
    expect(summaryWarnings("Har ADHD")).toEqual(["health"]);
  });
  it("warns about the candidate's own name and about first names inside a sentence", () => {
    expect(summaryWarnings("Samira har jobbet i kantine", "Samira Haile")).toEqual(["name"]);
    expect(summaryWarnings("Jobbet sammen med Kari på lageret")).toEqual(["name"]);
  });
  it("does not take a capitalised word at the start of a sentence for a name", () => {
    expect(summaryWarnings("Per uke har kandidaten jobbet 20 timer.")).toEqual([]);
  });
});
