import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate } from "~/domain/candidates/candidates.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal, moveProposal } from "~/domain/proposals/proposals.server";
import { dashboardCsv } from "~/domain/statistics/dashboard-csv.server";
import { loadDashboard, loadMemberDashboard, loadPublicStatistics } from "~/domain/statistics/dashboard-page.server";
import { peopleText } from "~/domain/statistics/figures";
import { useProcessDbForTests, type Db } from "~/lib/db.server";
import { osloToday } from "~/lib/dates";
import { loader as publicExportLoader } from "~/routes/public-statistics-export";
import { loader as publicLoader } from "~/routes/public-statistics";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeOrgAdmin } from "../support/members";

let t: TestDb;
let bergen: Actor;
let company: Actor;
const year = new URL(`http://x/kommune/statistikk?period=year`);

beforeAll(async () => {
  t = await createTestDb();
  const makeOrg = (
    seed: number,
    kind: "MUNICIPALITY" | "INCLUSION_COMPANY",
    name: string,
    municipalityNumber: string,
  ) => makeOrgAdmin(t.db, seed, { kind, name, municipalityNumber, email: `d${seed}@x.no` });
  bergen = await makeOrg(41, "MUNICIPALITY", "Bergen kommune", "4601");
  company = await makeOrg(42, "INCLUSION_COMPANY", "Bergen Arbeid AS", "4601");
  const opening = await createOpening(
    t.db,
    bergen,
    openingSchema.parse({
      kind: "JOB",
      title: "Renholder",
      description: "Renhold av kontorer på rådhuset, tidlig på dagen.",
      occupationCode: "9112",
      municipalityNumber: "4601",
      hoursPerWeek: "30",
      extent: "PART_TIME",
    }),
  );
  await publishOpening(t.db, bergen, opening.id);
  // Seven proposals: six hired (five with a wage subsidy, one with a mentor only), one rejected after a meeting.
  for (let i = 0; i < 7; i++) {
    const c = await createCandidate(
      t.db,
      company,
      candidateSchema.parse({
        fullName: `Kandidat ${i}`,
        occupationCodes: ["9112"],
        municipalityNumber: "4601",
        hoursPerWeek: "30",
        targetGroups: i < 3 ? ["NEWLY_ARRIVED"] : [],
      }),
    );
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
    const created = await createProposal(t.db, company, c.id, opening.id, input, "http://x");
    if (!created.ok) throw new Error("no proposal");
    const p = created.value;
    if (i === 6) {
      await moveProposal(t.db, bergen, p.id, "MEETING", undefined, "http://x");
      await moveProposal(t.db, bergen, p.id, "REJECTED", "Valgte en annen", "http://x");
    } else await moveProposal(t.db, bergen, p.id, "HIRED", undefined, "http://x");
  }
});
afterAll(() => t.close());

describe("municipality dashboard from stored events", () => {
  it("a municipality member's dashboard is their own municipality's; a company has none", async () => {
    const own = await loadMemberDashboard(t.db, bergen, year, false);
    if (!own.ok) throw new Error(own.reason);
    expect([own.value.code, own.value.municipality, own.value.data.openings.published]).toEqual(["4601", "Bergen", 1]);
    expect(await loadMemberDashboard(t.db, company, year, false)).toEqual({ ok: false, reason: "notFound" });
  });

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
    // The saving's cells: 3 newly arrived and 3 without a target group, both under 5, so nothing is counted
    // (before, 3 × 15 000 + 3 × 12 000 kr a month was counted, and the assumptions could isolate either three).
    expect(
      d.data.saving.cells.filter((c) => !("value" in c.count && c.count.value === 0)).map((c) => [c.cell, c.count]),
    ).toEqual([
      ["NEWLY_ARRIVED", { suppressed: true }],
      ["NONE", { suppressed: true }],
    ]);
    expect([d.data.saving.totalFromOre, d.data.saving.totalToOre]).toEqual([0, 0]);
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

/**
 * Hires written straight to the tables on past days (the domain functions date everything
 * today): one employer, opening and company per municipality, one candidate per hire.
 */
async function seedHires(
  db: Db,
  seed: number,
  municipalityNumber: string,
  hires: { on: string; targetGroups: string[] }[],
) {
  const p = `h${seed}`;
  await db.organization.createMany({
    data: [
      {
        id: `${p}-e`,
        kind: "EMPLOYER",
        orgNumber: makeValidOrgNumber(seed),
        name: `Arbeidsgiver ${seed}`,
        municipalityNumber,
        approved: true,
      },
      {
        id: `${p}-c`,
        kind: "INCLUSION_COMPANY",
        orgNumber: makeValidOrgNumber(seed + 1),
        name: `Inkludering ${seed}`,
        municipalityNumber,
        approved: true,
      },
    ],
  });
  await db.user.create({ data: { id: `${p}-u`, email: `${p}@x.no`, name: `Bruker ${seed}`, passwordHash: "x" } });
  await db.opening.create({
    data: {
      id: `${p}-o`,
      organizationId: `${p}-e`,
      kind: "JOB",
      title: "Lagermedarbeider",
      description: "Plukk og pakking.",
      occupationCode: "9112",
      municipalityNumber,
      hoursPerWeek: 30,
      extent: "PART_TIME",
      createdById: `${p}-u`,
    },
  });
  await db.candidate.createMany({
    data: hires.map((h, i) => ({
      id: `${p}-k${i}`,
      organizationId: `${p}-c`,
      code: `${p.toUpperCase()}-${i}`,
      occupationCodes: ["9112"],
      municipalityNumber,
      hoursPerWeek: 30,
      targetGroups: h.targetGroups,
      measures: [],
    })),
  });
  await db.proposal.createMany({
    data: hires.map((h, i) => ({
      openingId: `${p}-o`,
      candidateId: `${p}-k${i}`,
      companyId: `${p}-c`,
      createdById: `${p}-u`,
      measures: [{ code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 40, months: 6, reducedWorkCapacity: false }],
      followUpFrequency: "WEEKLY",
      contactPerson: "Jobbspesialist",
      message: "Forslag",
      estimatedMonthlyWageOre: 3_000_000,
      stage: "HIRED",
      outcome: "HIRED",
      outcomeDate: new Date(`${h.on}T00:00:00Z`),
      createdAt: new Date(`${h.on}T10:00:00Z`),
    })),
  });
}

const times = (n: number, on: string, targetGroups: string[] = []) =>
  Array.from({ length: n }, () => ({ on, targetGroups }));

describe("public statistics: completed quarters and years only, people in bands of 5", () => {
  beforeAll(async () => {
    // Oslo: five hires on 10 July 2026 and one more, in VTA/AFT, on 15 July: two ranges a day apart would tell that person's group.
    await seedHires(t.db, 300, "0301", [...times(5, "2026-07-10"), ...times(1, "2026-07-15", ["VTA_AFT"])]);
    // Stavanger and Bærum: five hires in each of the first three quarters of 2025; Stavanger two more in the fourth, in VTA/AFT.
    const firstThree = [...times(5, "2025-02-10"), ...times(5, "2025-05-10"), ...times(5, "2025-08-10")];
    await seedHires(t.db, 310, "1103", [...firstThree, ...times(2, "2025-11-10", ["VTA_AFT"])]);
    await seedHires(t.db, 320, "3201", firstThree);
    // The route loaders read the process-wide client.
    useProcessDbForTests(t.db);
  });
  afterAll(() => {
    useProcessDbForTests(undefined);
  });

  /** What React Router hands a loader for a GET of `path` (/statistikk/<kommune>…). */
  const args = (path: string) => {
    const url = new URL(`http://x${path}`);
    return {
      request: new Request(url),
      url,
      pattern: "/statistikk/:kommune",
      params: { kommune: path.split(/[/?]/)[2] ?? "" },
      context: { clientIp: "127.0.0.1", cspNonce: "" },
    };
  };
  const get = (path: string) => publicLoader(args(path));

  it("the public page and CSV ignore custom ranges: two ranges a day apart give identical figures", async () => {
    const dayBefore = await get("/statistikk/0301?period=custom&from=2026-07-01&to=2026-07-14");
    const dayAfter = await get("/statistikk/0301?period=custom&from=2026-07-01&to=2026-07-15");
    expect(dayAfter).toEqual(dayBefore);
    // What is shown instead is the default: the last completed quarter.
    expect(dayAfter.period.key).toBe(publicPeriodKeyOfLastQuarter(osloToday()));
    const csv = async (to: string) =>
      (await publicExportLoader(args(`/statistikk/0301/eksport?period=custom&from=2026-07-01&to=${to}`))).text();
    expect(await csv("2026-07-15")).toBe(await csv("2026-07-14"));
  });

  it("a running quarter is neither offered nor shown when asked for", async () => {
    const running = runningQuarterKey(osloToday());
    const page = await get(`/statistikk/0301?periode=${running}`);
    expect(page.period.key).not.toBe(running);
    expect(page.periods.quarters.map((p) => p.key)).not.toContain(running);
    // On 20 July 2026 the third quarter is running: the July hires are in no period on offer.
    const july = await loadPublicStatistics(
      t.db,
      "0301",
      new URL("http://x/statistikk/0301?periode=2026-K3"),
      "2026-07-20",
    );
    expect(july.period.key).toBe("2026-K2");
    expect(july.periods.quarters.map((p) => p.key)).not.toContain("2026-K3");
    expect(july.data.funnel.map((f) => peopleText(f.count))).toEqual(["< 5", "< 5", "< 5", "< 5"]);
    // Once it has ended, the quarter is there, in bands: 6 hires read 5–9.
    const october = await loadPublicStatistics(
      t.db,
      "0301",
      new URL("http://x/statistikk/0301?periode=2026-K3"),
      "2026-10-01",
    );
    expect(october.period.key).toBe("2026-K3");
    expect(peopleText(october.data.saving.hires)).toBe("5–9");
  });

  it("a year against its quarters tells nothing about a quarter under 5", async () => {
    // Stavanger's 2025 has two hires (in VTA/AFT) in the fourth quarter, Bærum's none; everything else is the same.
    for (const periode of ["2025", "2025-K1", "2025-K2", "2025-K3", "2025-K4"]) {
      const url = new URL(`http://x/?periode=${periode}`);
      const [stavanger, baerum] = await Promise.all([
        loadPublicStatistics(t.db, "1103", url, "2026-12-02"),
        loadPublicStatistics(t.db, "3201", url, "2026-12-02"),
      ]);
      expect(stavanger.period.key).toBe(periode);
      expect(stavanger.data, periode).toEqual(baerum.data);
    }
    // Exact counts made it subtraction: a year of 17 less three quarters of 5 is 2. Bands: 15–19 less three of 5–9 is anything.
    const year = await loadPublicStatistics(t.db, "1103", new URL("http://x/?periode=2025"), "2026-12-02");
    expect(year.data.funnel.map((f) => peopleText(f.count))).toEqual(["15–19", "15–19", "15–19", "15–19"]);
    expect(year.data.saving.cells.map((c) => [c.cell, peopleText(c.count)])).toEqual([
      ["VTA_AFT", "< 5"],
      ["OVER_50", "< 5"],
      ["NEWLY_ARRIVED", "< 5"],
      ["UNDER_30", "< 5"],
      ["CV_GAP", "< 5"],
      ["NONE", "15–19"],
    ]);
    const csv = dashboardCsv(year.data, year.days, false);
    expect(csv).toContain("funnel,HIRED,15–19,2025-01-01,2025-12-31");
    expect(csv).not.toMatch(/,17,/);
  });
});

function runningQuarterKey(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return `${y}-K${Math.floor((m - 1) / 3) + 1}`;
}

function publicPeriodKeyOfLastQuarter(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  return q === 0 ? `${y - 1}-K4` : `${y}-K${q}`;
}
