import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { applyRetention, createCandidate } from "~/domain/candidates/candidates.server";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { checkInSchema } from "~/domain/follow-up/check-in-schema";
import {
  checkInsDue,
  followUpOverview,
  getCheckIn,
  measureRemindersFor,
  proposalCheckIns,
  recordCheckIn,
} from "~/domain/follow-up/follow-up.server";
import { sendCheckInReminders, sendMeasureReminders } from "~/domain/follow-up/reminders.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal, getProposal, moveProposal } from "~/domain/proposals/proposals.server";
import { dashboardData } from "~/domain/statistics/dashboard.server";
import { addDays, addMonths, osloMidnight, osloToday } from "~/lib/dates";
import "~/lib/search-indexes.server";
import { makeMember, makeOrgAdmin } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let company: Actor;
let companyMember: Actor;
let otherCompany: Actor;
let employer: Actor;
let proposalId: string;
let candidateId: string;
let hireDay: string;
const ORIGIN = "http://localhost";
let openings = 0;
const NEEDS = "Ønsker flere vakter i helgene, xq-notat-123.";

const checkIn = (over: Record<string, string> = {}) =>
  checkInSchema.parse({
    intent: "checkIn",
    stillEmployed: "yes",
    hoursPerWeek: "30",
    measureRunning: "on",
    needs: NEEDS,
    ...over,
  });

async function hire(name: string, measures: Record<string, unknown>, shareSensitive = false) {
  const candidate = await createCandidate(
    t.db,
    company,
    candidateSchema.parse({
      fullName: name,
      occupationCodes: ["9412"],
      skills: "oppvask",
      summary: "Kantine i to år.",
      municipalityNumber: "4601",
      hoursPerWeek: "30",
      norwegianLevel: "B1",
      measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
      listingConsent: "on",
      shareAccommodationsConsent: shareSensitive ? "on" : undefined,
      consentGivenOn: "2026-11-20",
      consentMethod: "SIGNED_PAPER",
    }),
  );
  const opening = await createOpening(
    t.db,
    employer,
    openingSchema.parse({
      kind: "JOB",
      title: `Kjøkkenassistent ${++openings}`,
      description: "Oppvask og enkel matlaging i kantine for 150 ansatte.",
      occupationCode: "9412",
      municipalityNumber: "4601",
      hoursPerWeek: "30",
      extent: "PART_TIME",
      skills: "oppvask",
      measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
      accommodations: [],
    }),
  );
  await publishOpening(t.db, employer, opening.id);
  const created = await createProposal(
    t.db,
    company,
    candidate.id,
    opening.id,
    proposalSchema.parse({
      followUpFrequency: "WEEKLY",
      contactPerson: "Jobbspesialist Jensen",
      monthlyWageNok: "30000",
      employerTaxZone: "1",
      message: "Vi følger opp hver uke de første månedene.",
      ...measures,
    }),
    ORIGIN,
  );
  if (!created.ok) throw new Error(`proposal refused: ${created.reason}`);
  expect(await moveProposal(t.db, employer, created.value.id, "HIRED", undefined, ORIGIN)).toEqual({
    ok: true,
    value: null,
  });
  return { proposalId: created.value.id, candidateId: candidate.id };
}

beforeAll(async () => {
  t = await createTestDb();
  company = await makeOrgAdmin(t.db, 41, { kind: "INCLUSION_COMPANY", name: "Bergen Arbeid AS", email: "a@ba.no" });
  companyMember = await makeMember(t.db, company.organizationId, { email: "m@ba.no", role: "MEMBER" });
  otherCompany = await makeOrgAdmin(t.db, 42, { kind: "INCLUSION_COMPANY", name: "Annen AS", email: "a@annen.no" });
  employer = await makeOrgAdmin(t.db, 43, { kind: "EMPLOYER", name: "Fjordkafé AS", email: "a@fk.no" });
  hireDay = osloToday();
  ({ proposalId, candidateId } = await hire("Hemmelig Person", {
    wageSubsidy: "MIDLERTIDIG_LONNSTILSKUDD",
    subsidyPercent: "40",
    subsidyMonths: "12",
  }));
  // A fresh database and two hires: slow on a loaded two-core machine.
}, 180_000);
afterAll(() => t.close());

describe("check-ins after a hire", () => {
  it("are made at 1, 3, 6 and 12 months when the proposal reaches fått jobben, for the company only", async () => {
    const rows = await proposalCheckIns(t.db, company, proposalId);
    expect(rows.map((r) => [r.month, r.dueOn, r.state])).toEqual([
      [1, addMonths(hireDay, 1), "upcoming"],
      [3, addMonths(hireDay, 3), "upcoming"],
      [6, addMonths(hireDay, 6), "upcoming"],
      [12, addMonths(hireDay, 12), "upcoming"],
    ]);
    expect(await proposalCheckIns(t.db, employer, proposalId)).toEqual([]);
    expect(await proposalCheckIns(t.db, otherCompany, proposalId)).toEqual([]);
  });

  it("can be recorded from a week before they are due, by the proposing company only", async () => {
    const [first] = await proposalCheckIns(t.db, company, proposalId);
    const id = first?.id ?? "";
    const due = addMonths(hireDay, 1);
    expect(await recordCheckIn(t.db, companyMember, id, checkIn(), addDays(due, -8))).toMatchObject({
      ok: false,
      reason: "checkInNotOpen",
    });
    expect(await recordCheckIn(t.db, employer, id, checkIn(), due)).toEqual({ ok: false, reason: "notFound" });
    expect(await recordCheckIn(t.db, otherCompany, id, checkIn(), due)).toEqual({ ok: false, reason: "notFound" });
    expect(await getCheckIn(t.db, employer, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await checkInsDue(t.db, companyMember, addDays(due, -7))).toEqual([
      expect.objectContaining({ id, month: 1, state: "due" }),
    ]);
    expect(await checkInsDue(t.db, employer, due)).toEqual([]);
    // Free text about the person is checked like every other: no health words.
    expect(
      await recordCheckIn(t.db, companyMember, id, checkIn({ needs: "Har angst og trenger sykemelding." }), due),
    ).toMatchObject({ ok: false, reason: "needsNoHealthOrNames", field: "needs" });
    expect(await recordCheckIn(t.db, companyMember, id, checkIn(), due)).toEqual({ ok: true, value: { proposalId } });
    expect(await recordCheckIn(t.db, companyMember, id, checkIn(), due)).toMatchObject({
      reason: "checkInNotOpenAnyMore",
    });
    const seen = await getCheckIn(t.db, company, id);
    expect(seen.ok && seen.value.history[0]).toMatchObject({ stillEmployed: true, hoursPerWeek: 30, needs: NEEDS });
  });

  it("never reach the employer: the proposal's employer view holds no check-in and no needs", async () => {
    const view = await getProposal(t.db, employer, proposalId);
    expect(JSON.stringify(view)).not.toContain("xq-notat-123");
    expect(JSON.stringify(await measureRemindersFor(t.db, employer, addMonths(hireDay, 6)))).not.toContain(
      "xq-notat-123",
    );
  });

  it("are missed two weeks after they are due, the admins told once, the members of due ones once", async () => {
    const three = addMonths(hireDay, 3);
    const missedDay = addDays(three, 15);
    const overview = await followUpOverview(t.db, company, missedDay);
    expect(overview.ok && overview.value.missed).toBe(1);
    const memberOverview = await followUpOverview(t.db, companyMember, missedDay);
    expect(memberOverview.ok && memberOverview.value.missed).toBeNull();
    expect(memberOverview.ok && memberOverview.value.due[0]?.state).toBe("missed");

    expect(await sendCheckInReminders(t.db, ORIGIN, missedDay)).toBe(2); // opened and missed
    expect(await sendCheckInReminders(t.db, ORIGIN, missedDay)).toBe(0);
    const notes = await t.db.notification.findMany({ where: { kind: { in: ["checkInDue", "checkInMissed"] } } });
    const missedTo = notes.filter((n) => n.kind === "checkInMissed").map((n) => n.userId);
    expect(missedTo).toEqual([company.userId]);
    expect(
      notes
        .filter((n) => n.kind === "checkInDue")
        .map((n) => n.userId)
        .sort(),
    ).toEqual([company.userId, companyMember.userId].sort());
    const mails = await t.db.emailMessage.findMany({ where: { to: { in: ["a@ba.no", "m@ba.no"] } } });
    expect(mails.length).toBeGreaterThanOrEqual(3);
    for (const text of [...notes.map((n) => JSON.stringify(n.params)), ...mails.map((m) => m.text + m.html)]) {
      expect(text).not.toContain("Hemmelig Person");
      expect(text).not.toContain("xq-notat-123");
    }
    // Stored mail about the candidate goes with their data.
    expect(mails.every((m) => m.candidateId === candidateId)).toBe(true);
  });

  it("close the later ones when the job ended, and count that in the retention", async () => {
    const rows = await proposalCheckIns(t.db, company, proposalId);
    const three = rows.find((r) => r.month === 3)?.id ?? "";
    expect(
      await recordCheckIn(t.db, company, three, checkIn({ stillEmployed: "no" }), addDays(addMonths(hireDay, 3), 20)),
    ).toMatchObject({ ok: true });
    const after = await proposalCheckIns(t.db, company, proposalId);
    expect(after.map((r) => r.state)).toEqual(["done", "done", "closed", "closed"]);
    const today = addMonths(hireDay, 13);
    const period = { from: osloMidnight(addMonths(hireDay, -1)), to: osloMidnight(addMonths(hireDay, 14)) };
    const assumptions = { months: 12, defaultMonthlyOre: 1_000_000, monthlyOreByGroup: {} };
    const member = await dashboardData(t.db, { kind: "municipality", code: "4601" }, period, assumptions, { today });
    // One person: every count of them is suppressed, and no share is shown.
    expect(member.retention[0]).toEqual({
      months: 6,
      reached: { suppressed: true },
      retained: { value: 0 },
      unknown: { value: 0 },
      share: null,
    });
    expect(member.hiresByEmployer.others).toEqual({ suppressed: true });
    expect(member.netSaving).not.toBeNull();
    const pub = await dashboardData(t.db, { kind: "municipality", code: "4601" }, period, assumptions, {
      today,
      audience: "public",
    });
    expect(pub.netSaving).toBeNull();
    expect(pub.retention[0]?.reached).toEqual({ suppressed: true });
  });

  it("are dropped, when not recorded, if the hire is undone", async () => {
    const other = await hire("Annen Person", { wageSubsidy: "NONE" });
    expect(await proposalCheckIns(t.db, company, other.proposalId)).toHaveLength(4);
    await moveProposal(t.db, employer, other.proposalId, "TRIAL", undefined, ORIGIN);
    expect(await proposalCheckIns(t.db, company, other.proposalId)).toHaveLength(0);
  });

  it("lose their free text with the candidate's personal data (retention)", async () => {
    await t.db.candidate.update({ where: { id: candidateId }, data: { lastActivityAt: new Date("2020-01-01") } });
    await applyRetention(t.db, { months: 6 });
    const rows = await t.db.hireCheckIn.findMany({ where: { proposalId } });
    expect(rows.every((r) => r.needs === "")).toBe(true);
    expect(rows.find((r) => r.month === 1)?.stillEmployed).toBe(true);
  });
});

describe("measure reminders for the employer", () => {
  it("tell the step-down of the wage subsidy two weeks ahead, once, on the proposal's employer only", async () => {
    const stepDown = addMonths(hireDay, 6);
    const reminders = await measureRemindersFor(t.db, employer, addDays(stepDown, -14));
    expect(reminders).toContainEqual(
      expect.objectContaining({ proposalId, kind: "stepDown", date: stepDown, fromPercent: 40, toPercent: 30 }),
    );
    expect(await measureRemindersFor(t.db, company, stepDown)).toEqual([]);
    const sent = await sendMeasureReminders(t.db, ORIGIN, addDays(stepDown, -14));
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(await sendMeasureReminders(t.db, ORIGIN, addDays(stepDown, -14))).toBe(0);
    const notes = await t.db.notification.findMany({ where: { kind: "milestoneStepDown" } });
    expect(notes.map((n) => n.userId)).toEqual([employer.userId]);
    expect(notes[0]?.params).toMatchObject({ from: "40", to: "30", date: stepDown });
  });

  it("leave out a sensitive measure the candidate has not consented to share", async () => {
    const h = await hire(
      "Tredje Person",
      {
        wageSubsidy: "VARIG_LONNSTILSKUDD",
        subsidyPercent: "75",
        permanentlyReducedWorkCapacity: "on",
      },
      true,
    );
    const stepDown = addMonths(hireDay, 12);
    const shared = await measureRemindersFor(t.db, employer, stepDown);
    expect(shared.some((r) => r.proposalId === h.proposalId && r.measure === "VARIG_LONNSTILSKUDD")).toBe(true);
    await t.db.candidate.update({ where: { id: h.candidateId }, data: { accommodationConsentAt: null } });
    const withdrawn = await measureRemindersFor(t.db, employer, stepDown);
    expect(withdrawn.some((r) => r.proposalId === h.proposalId)).toBe(false);
  });
});
