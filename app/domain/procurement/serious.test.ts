import { describe, expect, it } from "vitest";
import { legallyRequiredTerms, needsHmsCards, TERM_RULES, unconfirmedTerms } from "./contract-terms";
import { blockingControls, documentationFor } from "./controls";
import { hmsCardBlocker, workerRetentionCutoff } from "./hms-cards";
import { holdOn } from "./order-lifecycle";
import { newestDeclaration, RESERVED_CONTRACT_RULE, reservedStanding, type Declaration } from "./reserved-contracts";
import { addMonthsToDay } from "./serious-dates";

const declaration = (over: Partial<Declaration> = {}): Declaration => ({
  mainPurposeIntegration: true,
  staffSharePercent: 40,
  declaredOn: "2026-03-15",
  declaredByName: "Kari Nordmann",
  evidenceReference: "Årsrapport 2025",
  ...over,
});

describe("reserved contracts (FOA § 16-9 / § 8-8: main purpose and at least 30 % of staff)", () => {
  it.each([
    ["no declaration", null, "2026-06-01", "reservedNoDeclaration"],
    ["valid", declaration(), "2026-06-01", null],
    ["exactly 30 %", declaration({ staffSharePercent: 30 }), "2026-06-01", null],
    ["29 %", declaration({ staffSharePercent: 29 }), "2026-06-01", "reservedShareTooLow"],
    [
      "main purpose not integration",
      declaration({ mainPurposeIntegration: false }),
      "2026-06-01",
      "reservedNotMainPurpose",
    ],
    ["no evidence", declaration({ evidenceReference: null }), "2026-06-01", "reservedNoEvidence"],
    ["last day of twelve months", declaration(), "2027-03-15", null],
    ["older than twelve months", declaration(), "2027-03-16", "reservedDeclarationExpired"],
  ] as const)("%s", (_name, decl, today, problem) => {
    const standing = reservedStanding(decl, today);
    expect(standing.problem).toBe(problem);
    expect(standing.ok).toBe(problem === null);
  });

  it("states the rule's numbers and source", () => {
    expect(RESERVED_CONTRACT_RULE.minStaffSharePercent).toBe(30);
    expect(RESERVED_CONTRACT_RULE.declarationValidMonths).toBe(12);
    expect(RESERVED_CONTRACT_RULE.source).toContain("§ 16-9");
  });

  it("takes the newest declaration", () => {
    const rows = [
      { declaredOn: "2025-01-01", createdAt: new Date(3), id: "old" },
      { declaredOn: "2026-01-01", createdAt: new Date(1), id: "new" },
      { declaredOn: "2026-01-01", createdAt: new Date(2), id: "newest" },
    ];
    expect(newestDeclaration(rows)?.id).toBe("newest");
    expect(newestDeclaration([])).toBeNull();
  });

  it("counts months on the calendar, ending on the month's last day when needed", () => {
    expect(addMonthsToDay("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsToDay("2026-03-15", 12)).toBe("2027-03-15");
    expect(addMonthsToDay("2026-03-15", -3)).toBe("2025-12-15");
  });
});

describe("contract terms per task", () => {
  const task = {
    serviceArea: "CLEANING" as const,
    budgetMaxOre: 2_500_000_00,
    deliveryStart: "2027-01-01",
    deliveryEnd: "2027-12-31",
    buyer: "other" as const,
  };
  it.each([
    ["large, long cleaning contract", task, ["PAY_AND_CONDITIONS", "APPRENTICES", "HMS_CARDS"]],
    ["below the pay-and-conditions threshold", { ...task, budgetMaxOre: 2_100_000_00 }, ["APPRENTICES", "HMS_CARDS"]],
    [
      "a state buyer's lower threshold",
      { ...task, budgetMaxOre: 1_500_000_00, buyer: "state" as const },
      ["PAY_AND_CONDITIONS", "APPRENTICES", "HMS_CARDS"],
    ],
    [
      "exactly three months is not longer than three",
      { ...task, deliveryEnd: "2027-04-01" },
      ["PAY_AND_CONDITIONS", "HMS_CARDS"],
    ],
    [
      "three months and a day",
      { ...task, deliveryEnd: "2027-04-02" },
      ["PAY_AND_CONDITIONS", "APPRENTICES", "HMS_CARDS"],
    ],
    ["other work, no budget", { ...task, serviceArea: "OTHER" as const, budgetMaxOre: null }, []],
  ])("%s", (_name, t, expected) => {
    expect(legallyRequiredTerms(t)).toEqual(expected);
  });

  it("every rule names its source", () => {
    for (const rule of Object.values(TERM_RULES)) expect(rule.source).toMatch(/2026-12-02/);
  });

  it("cleaning and building need HMS cards; so does a task whose buyer asked for them", () => {
    expect(needsHmsCards({ serviceArea: "CLEANING", contractTerms: [] })).toBe(true);
    expect(needsHmsCards({ serviceArea: "BUILDING", contractTerms: [] })).toBe(true);
    expect(needsHmsCards({ serviceArea: "OTHER", contractTerms: [] })).toBe(false);
    expect(needsHmsCards({ serviceArea: null, contractTerms: ["HMS_CARDS"] })).toBe(true);
  });

  it("lists the terms a quote left unconfirmed", () => {
    expect(unconfirmedTerms(["PAY_AND_CONDITIONS", "HMS_CARDS"], ["HMS_CARDS"])).toEqual(["PAY_AND_CONDITIONS"]);
  });
});

describe("HMS cards per worker", () => {
  const workers = [
    { name: "Ola", cardNumber: "1001", cardExpiresOn: "2027-06-30" },
    { name: "Kari", cardNumber: "1002", cardExpiresOn: "2026-11-30" },
  ];
  it("blocks while a worker's card has expired, counting the expiry day as valid", () => {
    expect(hmsCardBlocker(true, workers, "2026-12-02")).toEqual({
      reason: "hmsCardExpired",
      workers: "Kari (2026-11-30)",
    });
    expect(hmsCardBlocker(true, workers, "2026-11-30")).toBeNull();
    expect(hmsCardBlocker(true, [], "2026-12-02")).toEqual({ reason: "hmsNoWorkers" });
    expect(hmsCardBlocker(false, workers, "2026-12-02")).toBeNull();
  });
  it("keeps an ended order's workers three months", () => {
    expect(workerRetentionCutoff("2026-12-02")).toBe("2026-09-02");
  });
});

describe("controls during delivery", () => {
  it("offers the documentation of the task's terms", () => {
    expect(documentationFor(["PAY_AND_CONDITIONS"])).toEqual(["TIMESHEETS", "PAY_SLIPS"]);
    expect(documentationFor(["BANK_PAYMENT", "APPRENTICES"])).toEqual(["PAY_SLIPS", "APPRENTICE_LIST"]);
    expect(documentationFor([])).toEqual([]);
  });
  it("a failed control holds acceptance and payment, not delivery; an expired card holds the start", () => {
    const failed = [{ documentation: "TIMESHEETS", status: "FAILED" as const }];
    const facts = { failedControls: blockingControls(failed), hms: null };
    expect(holdOn("accept", facts)).toEqual({ reason: "controlFailed", documentation: "TIMESHEETS" });
    expect(holdOn("pay", facts)).toEqual({ reason: "controlFailed", documentation: "TIMESHEETS" });
    expect(holdOn("deliver", facts)).toBeNull();
    expect(blockingControls([{ status: "RESOLVED" as const }, { status: "PASSED" as const }])).toEqual([]);
    const hms = { reason: "hmsCardExpired" as const, workers: "Kari (2026-11-30)" };
    expect(holdOn("start", { failedControls: [], hms })).toEqual(hms);
    expect(holdOn("accept", { failedControls: [], hms })).toBeNull();
  });
});
