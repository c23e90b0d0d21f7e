import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate } from "~/domain/candidates/candidates.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { addMessage, createProposal, requestMeeting } from "~/domain/proposals/proposals.server";
import { worklist, type Worklist } from "~/domain/worklist/worklist.server";
import { addDays, dayToStored, osloToday } from "~/lib/dates";
import { makeOrgAdmin } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let bergen: Actor;
let company: Actor;
let otherCompany: Actor;
let business: Actor;
let voss: Actor;
const proposalIds: string[] = [];
let taskId = "";
const today = osloToday();
const ORIGIN = "http://x";

const sectionOf = (list: Worklist, source: string) => list.sections.find((s) => s.source === source);
const listFor = (actor: Actor) => worklist(t.db, actor, today);

async function task(owner: Actor, title: string, deadlineInDays: number, reserved: boolean) {
  const created = await createOpening(
    t.db,
    owner,
    openingSchema.parse({
      kind: "TASK",
      title,
      description: "Vedlikehold av uteområdene rundt skolen gjennom sesongen.",
      occupationCode: "6113",
      municipalityNumber: "4601",
      hoursPerWeek: "10",
      extent: "PART_TIME",
      ...(reserved ? { reservedForInclusion: "on" } : {}),
      quoteDeadline: addDays(today, deadlineInDays),
    }),
  );
  await publishOpening(t.db, owner, created.id);
  return created.id;
}

async function quoteOn(taskId: string, by: Actor) {
  return t.db.quote.create({
    data: {
      taskId,
      companyId: by.organizationId,
      createdById: by.userId,
      priceExVatOre: 100_000_00,
      vatOre: 25_000_00,
      deliveryPlan: "Hver uke.",
      teamSize: 3,
      participantsInMeasure: 2,
      startDate: dayToStored(addDays(today, 30)),
    },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  const org = (seed: number, kind: "MUNICIPALITY" | "INCLUSION_COMPANY" | "EMPLOYER", name: string, m = "4601") =>
    makeOrgAdmin(t.db, seed, { kind, name, municipalityNumber: m, email: `w${seed}@x.no` });
  bergen = await org(71, "MUNICIPALITY", "Bergen kommune");
  company = await org(72, "INCLUSION_COMPANY", "Bergen Arbeid AS");
  otherCompany = await org(73, "INCLUSION_COMPANY", "Vestlandsbro AS");
  business = await org(74, "EMPLOYER", "Vanlig Bedrift AS");
  voss = await org(75, "MUNICIPALITY", "Voss herad", "4621");

  const opening = await createOpening(
    t.db,
    bergen,
    openingSchema.parse({
      kind: "JOB",
      title: "Kantinemedarbeider",
      description: "Servering og oppvask i kantina på rådhuset, dagtid.",
      occupationCode: "9412",
      municipalityNumber: "4601",
      hoursPerWeek: "30",
      extent: "PART_TIME",
    }),
  );
  await publishOpening(t.db, bergen, opening.id);
  for (let i = 0; i < 6; i++) {
    const c = await createCandidate(
      t.db,
      company,
      candidateSchema.parse({
        fullName: `Hemmelig Navnesen ${i}`,
        occupationCodes: ["9412"],
        municipalityNumber: "4601",
        hoursPerWeek: "30",
      }),
    );
    const input = proposalSchema.parse({
      wageSubsidy: "MIDLERTIDIG_LONNSTILSKUDD",
      subsidyPercent: "40",
      subsidyMonths: "6",
      followUpFrequency: "WEEKLY",
      contactPerson: "Kari Jobbspesialist",
      monthlyWageNok: "30000",
      message: "Kandidaten passer godt til jobben.",
    });
    const p = await createProposal(t.db, company, c.id, opening.id, input, ORIGIN);
    if (!p.ok) throw new Error(p.reason);
    proposalIds.push(p.value.id);
  }
  await t.db.candidateInquiry.create({
    data: {
      candidateId: (await t.db.proposal.findUniqueOrThrow({ where: { id: proposalIds[0] } })).candidateId,
      fromOrganizationId: business.organizationId,
      fromUserId: business.userId,
      message: "Kan kandidaten jobbe kveld?",
    },
  });
  taskId = await task(bergen, "Skjøtsel av skolegården", 5, true);
  await task(bergen, "Snømåking neste vinter", 60, false);
});
afterAll(() => t.close());

describe("Mine oppgaver", () => {
  it("an employer sees its new proposals: the count of all, the first five, pseudonyms and no names", async () => {
    const list = await listFor(bergen);
    const fresh = sectionOf(list, "newProposals");
    expect(fresh?.count).toBe(6);
    expect(fresh?.items).toHaveLength(5);
    expect(fresh?.items.every((i) => i.title === "Kantinemedarbeider" && /^K-\d+$/.test(i.subtitle ?? ""))).toBe(true);
    expect(list.contacts).toEqual([{ company: "Bergen Arbeid AS", contactPerson: "Kari Jobbspesialist" }]);
    expect(JSON.stringify(list)).not.toContain("Navnesen");
  });

  it("a meeting request waits on both sides until the employer moves the proposal on", async () => {
    expect(sectionOf(await listFor(company), "meetingRequests")).toBeUndefined();
    expect((await requestMeeting(t.db, bergen, proposalIds[1] ?? "", ORIGIN)).ok).toBe(true);
    expect(sectionOf(await listFor(company), "meetingRequests")?.items.map((i) => i.id)).toEqual([proposalIds[1]]);
    expect(sectionOf(await listFor(bergen), "meetingRequests")?.count).toBe(1);
    expect(sectionOf(await listFor(otherCompany), "meetingRequests")).toBeUndefined();
  });

  it("a message waits for an answer on the side that did not write last", async () => {
    expect((await addMessage(t.db, company, proposalIds[2] ?? "", "Når passer det å møtes?", ORIGIN)).ok).toBe(true);
    expect(sectionOf(await listFor(bergen), "messages")?.items.map((i) => i.id)).toEqual([proposalIds[2]]);
    expect(sectionOf(await listFor(company), "messages")).toBeUndefined();
    expect((await addMessage(t.db, bergen, proposalIds[2] ?? "", "Tirsdag klokka ti.", ORIGIN)).ok).toBe(true);
    expect(sectionOf(await listFor(bergen), "messages")).toBeUndefined();
    expect(sectionOf(await listFor(company), "messages")?.count).toBe(1);
  });

  it("an inquiry about a candidate waits for its company only", async () => {
    expect(sectionOf(await listFor(company), "inquiries")?.items.map((i) => i.subtitle)).toEqual(["Vanlig Bedrift AS"]);
    expect(sectionOf(await listFor(otherCompany), "inquiries")).toBeUndefined();
  });

  it("a reserved task closing soon is listed for inclusion companies that have not quoted, not for a business", async () => {
    const titles = async (a: Actor) => sectionOf(await listFor(a), "tasksClosing")?.items.map((i) => i.title) ?? [];
    // The snow task's deadline is two months away: not closing soon.
    expect(await titles(company)).toEqual(["Skjøtsel av skolegården"]);
    expect(await titles(business)).toEqual([]);
    expect(await titles(bergen)).toEqual([]);
    await quoteOn(taskId, company);
    expect(await titles(company)).toEqual([]);
    expect(await titles(otherCompany)).toEqual(["Skjøtsel av skolegården"]);
    expect(sectionOf(await listFor(bergen), "quotesToEvaluate")?.items.map((i) => [i.title, i.subtitle])).toEqual([
      ["Skjøtsel av skolegården", "1"],
    ]);
  });

  it("orders wait for the buyer when delivered or accepted, and for the supplier while awarded or in delivery", async () => {
    const quote = await quoteOn(await task(bergen, "Maling av gjerdet", 3, false), otherCompany);
    const order = await t.db.order.create({
      data: {
        quoteId: quote.id,
        taskId: quote.taskId,
        buyerId: bergen.organizationId,
        companyId: otherCompany.organizationId,
        amountExVatOre: 100_000_00,
        vatOre: 25_000_00,
        totalOre: 125_000_00,
        platformFeeOre: 3_000_00,
        awardReason: "Beste plan",
      },
    });
    expect(sectionOf(await listFor(otherCompany), "ordersToDeliver")?.items.map((i) => i.state)).toEqual(["AWARDED"]);
    expect(sectionOf(await listFor(bergen), "ordersForBuyer")).toBeUndefined();
    await t.db.order.update({ where: { id: order.id }, data: { status: "DELIVERED", deliveredAt: new Date() } });
    expect(sectionOf(await listFor(otherCompany), "ordersToDeliver")).toBeUndefined();
    expect(sectionOf(await listFor(bergen), "ordersForBuyer")?.items.map((i) => [i.subtitle, i.state])).toEqual([
      ["Vestlandsbro AS", "DELIVERED"],
    ]);
  });

  it("a municipality gets its own headline figures; another municipality sees none of Bergen's work", async () => {
    const own = await listFor(bergen);
    expect(own.headline).toMatchObject({ year: today.slice(0, 4), published: 4, proposed: { value: 6 } });
    // Nobody hired yet: zero reveals nobody and is shown as it is (1–4 would be suppressed).
    expect(own.headline?.hired).toEqual({ value: 0 });
    const other = await listFor(voss);
    expect(other.sections).toEqual([]);
    expect(other.contacts).toEqual([]);
    expect(other.headline).toMatchObject({ published: 0, proposed: { value: 0 } });
    // A company has no statistics of its own.
    expect((await listFor(company)).headline).toBeNull();
  });
});
