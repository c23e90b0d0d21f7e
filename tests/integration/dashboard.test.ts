import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate } from "~/domain/candidates/candidates.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal, moveProposal } from "~/domain/proposals/proposals.server";
import { dashboardCsv } from "~/domain/statistics/dashboard-csv.server";
import { loadDashboard } from "~/domain/statistics/dashboard-page.server";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const year = new URL(`http://x/kommune/statistikk?period=year`);

beforeAll(async () => {
  t = await createTestDb();
  const makeOrg = async (seed: number, kind: "MUNICIPALITY" | "INCLUSION_COMPANY", name: string, municipalityNumber: string) => {
    const org = await t.db.organization.create({ data: { kind, orgNumber: makeValidOrgNumber(seed), name, municipalityNumber, approved: true } });
    const user = await t.db.user.create({ data: { email: `d${seed}@x.no`, name: `Person ${seed}`, passwordHash: "x" } });
    await t.db.membership.create({ data: { userId: user.id, organizationId: org.id, role: "ADMIN" } });
    return { userId: user.id, organizationId: org.id };
  };
  const bergen = await makeOrg(41, "MUNICIPALITY", "Bergen kommune", "4601");
  const company = await makeOrg(42, "INCLUSION_COMPANY", "Bergen Arbeid AS", "4601");
  const opening = await createOpening(
    t.db,
    bergen,
    openingSchema.parse({ kind: "JOB", title: "Renholder", description: "Renhold av kontorer på rådhuset, tidlig på dagen.", occupationCode: "9112", municipalityNumber: "4601", hoursPerWeek: "30", extent: "PART_TIME" }),
  );
  await publishOpening(t.db, bergen, opening.id);
  // Seven proposals: six hired (five with a wage subsidy, one with a mentor only), one rejected after a meeting.
  for (let i = 0; i < 7; i++) {
    const c = await createCandidate(t.db, company, candidateSchema.parse({ fullName: `Kandidat ${i}`, occupationCodes: ["9112"], municipalityNumber: "4601", hoursPerWeek: "30", targetGroups: i < 3 ? ["NEWLY_ARRIVED"] : [] }));
    const input = proposalSchema.parse({
      wageSubsidy: i === 5 ? "NONE" : "MIDLERTIDIG_LONNSTILSKUDD",
      subsidyPercent: "40",
      subsidyMonths: "6",
      otherMeasures: i === 5 ? ["MENTOR"] : [],
      mentorHoursPerMonth: "8",
      mentorHourlyWageNok: "300",
      followUpFrequency: "WEEKLY",
      contactPerson: "Jobbspesialist",
      monthlyWageNok: "30000",
      message: "Kandidaten passer godt til jobben.",
    });
    const p = await createProposal(t.db, company, c.id, opening.id, input, "http://x");
    if (!p.ok) throw new Error("no proposal");
    if (i === 6) {
      await moveProposal(t.db, bergen, p.id, "MEETING", undefined, "http://x");
      await moveProposal(t.db, bergen, p.id, "REJECTED", "Valgte en annen", "http://x");
    } else await moveProposal(t.db, bergen, p.id, "HIRED", undefined, "http://x");
  }
});
afterAll(() => t.close());

describe("municipality dashboard from stored events", () => {
  it("counts the funnel, hires by measure and the saving for the municipality, with suppression", async () => {
    const d = await loadDashboard(t.db, "4601", year, true);
    expect(d.data.openings.published).toBe(1);
    // 7 proposed; 7 reached a meeting or further (6 hires + 1 rejected after a meeting); 6 trial or further; 6 hired.
    expect(d.data.funnel.map((f) => f.count)).toEqual([{ value: 7 }, { value: 7 }, { value: 6 }, { value: 6 }]);
    expect(d.data.hiresByMeasure).toEqual([
      { measure: "MIDLERTIDIG_LONNSTILSKUDD", count: { value: 5 } },
      { measure: "MENTOR", count: { suppressed: true } },
    ]);
    // Hired the same day they were proposed.
    expect(d.data.medianDaysToHire).toBe(0);
    // 3 newly arrived at 15 000 kr + 3 others at 12 000 kr, × 12 months = 540 000 + 432 000 = 972 000 kr.
    expect(d.data.saving.totalOre).toBe(97_200_000);
    // The six hired are placed; one rejected is still active: 1 active candidate → "< 5".
    expect(d.data.activePerCompany).toEqual([{ company: "Bergen Arbeid AS", count: { suppressed: true } }]);
    // The county comparison, aggregated in SQL, agrees with the event figures (all data is in Bergen).
    expect(d.county?.data).toEqual({ published: 1, proposed: { value: 7 }, hired: { value: 6 }, medianDaysToHire: 0 });
  });

  it("another municipality sees its own (empty) figures", async () => {
    const d = await loadDashboard(t.db, "5001", year, false);
    expect(d.data.openings.published).toBe(0);
    expect(d.data.funnel.map((f) => f.count)).toEqual([{ value: 0 }, { value: 0 }, { value: 0 }, { value: 0 }]);
  });

  it("exports every figure as CSV with suppressed counts as on the page, and no names", async () => {
    const d = await loadDashboard(t.db, "4601", year, false);
    const csv = dashboardCsv(d.data, d.days, true);
    expect(csv).toContain("funnel,HIRED,6,");
    expect(csv).toContain("hires_by_measure,MENTOR,< 5,");
    expect(csv).not.toContain("Kandidat 1");
  });
});
