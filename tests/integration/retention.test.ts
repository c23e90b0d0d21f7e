import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { applyRetention, createCandidate, eraseCandidate } from "~/domain/candidates/candidates.server";
import { CANDIDATES_INDEX, candidatesIndexSettings } from "~/domain/candidates/search-document";
import { askAboutCandidate } from "~/domain/candidates/talent-search.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal, moveProposal, setIntroConsent } from "~/domain/proposals/proposals.server";
import { sendMail } from "~/lib/mail.server";
import { drainSearchOutbox } from "#search/outbox.server";
import { indexFor } from "#search/registry.server";
import "~/lib/search-indexes.server";
import { createTestDb, type TestDb } from "../support/test-db";
import type { Actor } from "~/auth/actor";
import { makeOrgAdmin } from "../support/members";

/**
 * Retention a third party cannot extend (issue 11, item 10): only the owning company's own work
 * counts as activity, and stored mail about a candidate goes with their personal data.
 */
let t: TestDb;
let company: Actor;
let employer: Actor;
let openingId: string;
const ORIGIN = "http://localhost";
const LONG_AGO = new Date("2026-01-01T00:00:00Z");
const drain = () => drainSearchOutbox(t.db, (name) => indexFor(t.db, name));
const ask = (code: string, message: string) =>
  askAboutCandidate(t.db, employer, { code, message, ip: "192.0.2.8" }, ORIGIN);

const newCandidate = async (name: string) => {
  const c = await createCandidate(
    t.db,
    company,
    candidateSchema.parse({
      fullName: name,
      email: "person@eksempel.no",
      phone: "91234567",
      occupationCodes: ["9412"],
      skills: "oppvask",
      summary: "Kantine i to år.",
      municipalityNumber: "4601",
      hoursPerWeek: "20",
      norwegianLevel: "B1",
      measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
      listingConsent: "on",
      consentGivenOn: "2026-11-20",
      consentMethod: "SIGNED_PAPER",
    }),
  );
  await drain();
  return c;
};
const idleSince = (id: string, at = LONG_AGO) => t.db.candidate.update({ where: { id }, data: { lastActivityAt: at } });
const lastActivity = async (id: string) =>
  (await t.db.candidate.findUniqueOrThrow({ where: { id }, select: { lastActivityAt: true } })).lastActivityAt;
const propose = async (candidateId: string) => {
  const created = await createProposal(
    t.db,
    company,
    candidateId,
    openingId,
    proposalSchema.parse({
      wageSubsidy: "MIDLERTIDIG_LONNSTILSKUDD",
      subsidyPercent: "40",
      subsidyMonths: "6",
      followUpFrequency: "WEEKLY",
      contactPerson: "Jobbspesialist",
      monthlyWageNok: "30000",
      employerTaxZone: "1",
      message: "Vi følger opp hver uke.",
    }),
    ORIGIN,
  );
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
};

beforeAll(async () => {
  t = await createTestDb();
  await indexFor(t.db, CANDIDATES_INDEX)?.applySettings(candidatesIndexSettings);
  const makeOrg = (seed: number, kind: "EMPLOYER" | "INCLUSION_COMPANY", name: string) =>
    makeOrgAdmin(t.db, seed, { kind, name, email: `r${seed}@x.no` });
  company = await makeOrg(81, "INCLUSION_COMPANY", "Bergen Arbeid AS");
  employer = await makeOrg(82, "EMPLOYER", "Fjordkafé AS");
  const opening = await createOpening(
    t.db,
    employer,
    openingSchema.parse({
      kind: "JOB",
      title: "Kjøkkenassistent",
      description: "Oppvask og enkel matlaging i kantine for 150 ansatte.",
      occupationCode: "9412",
      municipalityNumber: "4601",
      hoursPerWeek: "30",
      extent: "PART_TIME",
    }),
  );
  await publishOpening(t.db, employer, opening.id);
  openingId = opening.id;
});
afterAll(() => t.close());

describe("only the owning company's actions count as activity", () => {
  it("an employer's inquiry does not move lastActivityAt, so retention still applies", async () => {
    const c = await newCandidate("Idun Inquiry");
    await idleSince(c.id);
    expect((await ask(c.code, "Er kandidaten ledig fra januar?")).ok).toBe(true);
    expect((await ask(c.code, "Og nå?")).ok).toBe(true);
    expect(await lastActivity(c.id)).toEqual(LONG_AGO);
    expect(await applyRetention(t.db, { months: 6, now: new Date("2026-11-22T00:00:00Z") })).toBe(1);
    expect((await t.db.candidate.findUniqueOrThrow({ where: { id: c.id } })).fullName).toBeNull();
  });

  it("the employer moving a proposal does not move it; the company's own proposal and consent do", async () => {
    const c = await newCandidate("Per Pipeline");
    await idleSince(c.id);
    const proposalId = await propose(c.id);
    const afterProposal = await lastActivity(c.id);
    expect(afterProposal.getTime()).toBeGreaterThan(LONG_AGO.getTime());
    await idleSince(c.id);
    expect((await moveProposal(t.db, employer, proposalId, "SHORTLISTED", undefined, ORIGIN)).ok).toBe(true);
    expect((await moveProposal(t.db, employer, proposalId, "HIRED", undefined, ORIGIN)).ok).toBe(true);
    expect(await lastActivity(c.id)).toEqual(LONG_AGO);
    expect((await setIntroConsent(t.db, company, proposalId, { method: "IN_MEETING" }, ORIGIN)).ok).toBe(true);
    expect((await lastActivity(c.id)).getTime()).toBeGreaterThan(LONG_AGO.getTime());
  });
});

describe("stored mail about a candidate goes with their data", () => {
  it("retention deletes the inquiry mail and the proposal notices, and no other mail", async () => {
    const c = await newCandidate("Rita Retention");
    await ask(c.code, "Hun virker som en god match for kjøkkenet.");
    await propose(c.id);
    const about = await t.db.emailMessage.findMany({
      where: { subject: { contains: c.code } },
      select: { candidateId: true },
    });
    // The inquiry mail to the company and the new-proposal notice to the employer.
    expect(about.length).toBeGreaterThanOrEqual(2);
    expect(about.every((m) => m.candidateId === c.id)).toBe(true);
    const unrelated = await sendMail(t.db, "noen@x.no", { subject: "Velkommen", text: "Hei", html: "<p>Hei</p>" });
    await idleSince(c.id);
    expect(await applyRetention(t.db, { months: 6, now: new Date("2026-11-22T00:00:00Z") })).toBe(1);
    expect(await t.db.emailMessage.count({ where: { candidateId: c.id } })).toBe(0);
    expect(await t.db.emailMessage.count({ where: { subject: { contains: c.code } } })).toBe(0);
    expect(await t.db.emailMessage.findUnique({ where: { id: unrelated.id } })).not.toBeNull();
  });

  it("erasure deletes the mail about the candidate", async () => {
    const c = await newCandidate("Erik Erasure");
    await ask(c.code, "Kan vi møte kandidaten?");
    await propose(c.id);
    expect(await t.db.emailMessage.count({ where: { subject: { contains: c.code } } })).toBeGreaterThanOrEqual(2);
    expect(await eraseCandidate(t.db, company, c.id)).toEqual({ ok: true, value: null });
    expect(await t.db.emailMessage.count({ where: { subject: { contains: c.code } } })).toBe(0);
  });
});
