import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate } from "~/domain/candidates/candidates.server";
import { CANDIDATES_INDEX, candidatesIndexSettings } from "~/domain/candidates/search-document";
import {
  suggestCandidatesForOpening,
  suggestOpeningsForCandidate,
  suggestOwnCandidatesForOpening,
} from "~/domain/matching/matching.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { OPENINGS_INDEX, openingsIndexSettings } from "~/domain/openings/search-document";
import { checkPackage, packageCost } from "~/domain/proposals/package";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import {
  addMessage,
  createProposal,
  getProposal,
  introducedContact,
  listMessages,
  listProposalsForOpening,
  moveProposal,
  requestMeeting,
  setIntroConsent,
} from "~/domain/proposals/proposals.server";
import { searchTalent } from "~/domain/candidates/talent-search.server";
import { parseTalentSearch } from "~/domain/candidates/talent-search-params";
import { drainSearchOutbox } from "#search/outbox.server";
import { indexFor } from "#search/registry.server";
import "~/lib/search-indexes.server";
import { createTestDb, type TestDb } from "../support/test-db";
import type { Actor } from "~/auth/actor";
import { makeOrgAdmin } from "../support/members";

let t: TestDb;
let company: Actor;
let otherCompany: Actor;
let employer: Actor;
let otherEmployer: Actor;
let candidateId: string;
let strangerCandidateId: string;
let openingId: string;

const drain = () => drainSearchOutbox(t.db, (name) => indexFor(t.db, name));
const ORIGIN = "http://localhost";
const proposalInput = (overrides: Record<string, unknown> = {}) =>
  proposalSchema.parse({
    wageSubsidy: "MIDLERTIDIG_LONNSTILSKUDD",
    subsidyPercent: "40",
    subsidyMonths: "12",
    // No accommodations and no sensitive measure: these candidates have not consented to share
    // them (tests/integration/consent-sensitive.test.ts covers that rule).
    otherMeasures: [],
    followUpFrequency: "WEEKLY",
    contactPerson: "Jobbspesialist Jensen",
    accommodations: [],
    monthlyWageNok: "30000",
    employerTaxZone: "1",
    message: "Vi følger opp hver uke de første månedene.",
    ...overrides,
  });

beforeAll(async () => {
  t = await createTestDb();
  await indexFor(t.db, CANDIDATES_INDEX)?.applySettings(candidatesIndexSettings);
  await indexFor(t.db, OPENINGS_INDEX)?.applySettings(openingsIndexSettings);
  const makeOrg = (seed: number, kind: "EMPLOYER" | "INCLUSION_COMPANY", name: string) =>
    makeOrgAdmin(t.db, seed, { kind, name, email: `p${seed}@x.no` });
  company = await makeOrg(31, "INCLUSION_COMPANY", "Bergen Arbeid AS");
  otherCompany = await makeOrg(32, "INCLUSION_COMPANY", "Annen Inkludering AS");
  employer = await makeOrg(33, "EMPLOYER", "Fjordkafé AS");
  otherEmployer = await makeOrg(34, "EMPLOYER", "Annen Arbeidsgiver AS");
  const candidate = (name: string) =>
    candidateSchema.parse({
      fullName: name,
      email: "hemmelig@eksempel.no",
      phone: "91234567",
      occupationCodes: ["9412"],
      skills: "oppvask, hygiene",
      summary: "Kantine i to år.",
      municipalityNumber: "4601",
      hoursPerWeek: "20",
      norwegianLevel: "B1",
      accommodations: ["WORKING_HOURS"],
      measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
      listingConsent: "on",
      consentGivenOn: "2026-11-20",
      consentMethod: "SIGNED_PAPER",
    });
  candidateId = (await createCandidate(t.db, company, candidate("Hemmelig Person"))).id;
  strangerCandidateId = (await createCandidate(t.db, otherCompany, candidate("Annen Person"))).id;
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
      skills: "oppvask, hygiene",
      measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
      accommodations: ["WORKING_HOURS"],
    }),
  );
  await publishOpening(t.db, employer, opening.id);
  openingId = opening.id;
  await drain();
});
afterAll(() => t.close());

describe("matching", () => {
  it("suggests the opening for the company's candidate, with reasons and a fix for the hours gap", async () => {
    const suggestions = await suggestOpeningsForCandidate(t.db, company, candidateId);
    const hit = suggestions.ok ? suggestions.value.openings.find((s) => s.id === openingId) : undefined;
    expect(hit?.match.score).toBeGreaterThanOrEqual(80);
    expect(hit?.match.factors.find((f) => f.key === "occupation")?.score).toBe(1);
    expect(hit?.match.fixes.find((f) => f.key === "hours")?.text.nb).toContain("midlertidig lønnstilskudd");
    expect(await suggestOpeningsForCandidate(t.db, otherCompany, candidateId)).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("suggests candidates to the employer, anonymised, and only for its own opening", async () => {
    const suggestions = await suggestCandidatesForOpening(t.db, employer, openingId);
    expect(suggestions.ok ? suggestions.value.map((s) => s.id) : []).toEqual(
      expect.arrayContaining([candidateId, strangerCandidateId]),
    );
    const seen = JSON.stringify(suggestions);
    for (const s of ["Hemmelig Person", "hemmelig@eksempel.no", "91234567"]) expect(seen).not.toContain(s);
    expect(await suggestCandidatesForOpening(t.db, otherEmployer, openingId)).toEqual({
      ok: false,
      reason: "notFound",
    });
  });
});

describe("the owning company's view of an opening", () => {
  it("ranks its own candidates in full, and never another company's", async () => {
    const own = await suggestOwnCandidatesForOpening(t.db, company, openingId);
    expect(own.ok ? own.value.map((c) => c.id) : []).toEqual([candidateId]);
    expect(own.ok ? own.value[0]?.fullName : null).toBe("Hemmelig Person");
    const others = await suggestOwnCandidatesForOpening(t.db, otherCompany, openingId);
    expect(others.ok ? others.value.map((c) => c.id) : []).toEqual([strangerCandidateId]);
    // An employer proposes no candidates: nothing to rank for it.
    expect(await suggestOwnCandidatesForOpening(t.db, employer, openingId)).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("proposals", () => {
  it("the catalogue refuses an invalid percentage with a reason in the reader's language", () => {
    const problems = checkPackage(proposalInput({ subsidyPercent: "55" }), new Date("2026-11-22"), "nb");
    expect(problems?.fieldErrors.subsidyPercent?.[0]).toContain("40 %");
    expect(
      checkPackage(proposalInput({ subsidyPercent: "55" }), new Date("2026-11-22"), "en")?.fieldErrors
        .subsidyPercent?.[0],
    ).toMatch(/40 %/);
    expect(checkPackage(proposalInput(), new Date("2026-11-22"), "nb")).toBeNull();
  });

  it("a company cannot propose another company's candidate", async () => {
    expect(await createProposal(t.db, company, strangerCandidateId, openingId, proposalInput(), ORIGIN)).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("runs from proposal to hire: anonymised for the employer until the candidate consents, contact views audited", async () => {
    const proposed = await createProposal(t.db, company, candidateId, openingId, proposalInput(), ORIGIN);
    if (!proposed.ok) throw new Error("not created");
    const created = proposed.value;
    expect(await createProposal(t.db, company, candidateId, openingId, proposalInput(), ORIGIN)).toEqual({
      ok: false,
      reason: "alreadyProposed",
    });
    const mail = await t.db.emailMessage.findFirst({ where: { to: "p33@x.no" } });
    expect(mail?.text).toContain("Kjøkkenassistent");
    expect(await t.db.notification.count({ where: { userId: employer.userId, kind: "new" } })).toBe(1);
    // The company's member turns e-mail off: notified in the app only from now on.
    await t.db.user.update({ where: { id: company.userId }, data: { emailNotifications: false } });
    const companyMails = () => t.db.emailMessage.count({ where: { to: "p31@x.no" } });
    const mailsBefore = await companyMails();

    const found = await getProposal(t.db, employer, created.id);
    const view = found.ok ? found.value : null;
    expect(view?.side).toBe("employer");
    expect(view?.candidateId).toBeNull();
    expect(JSON.stringify(view)).not.toContain("Hemmelig Person");
    const cost = view ? packageCost(view, new Date("2026-11-22")) : null;
    // 30 000 kr, 12 % holiday pay, zone 1, 2 % OTP: 38 937.60 kr a month; 40 % for 6 months then 30 %.
    expect(cost?.periods.map((p) => p.monthlySubsidyOre)).toEqual([1_557_504, 1_168_128]);
    const notFound = { ok: false, reason: "notFound" };
    const done = { ok: true, value: null };
    expect(await getProposal(t.db, otherEmployer, created.id)).toEqual(notFound);
    expect(await getProposal(t.db, otherCompany, created.id)).toEqual(notFound);
    expect(await listProposalsForOpening(t.db, otherEmployer, openingId)).toEqual(notFound);
    const pipeline = await listProposalsForOpening(t.db, employer, openingId);
    expect(pipeline.ok ? pipeline.value.proposals.map((p) => p.id) : []).toEqual([created.id]);
    expect(pipeline.ok ? pipeline.value.opening.title : null).toBe("Kjøkkenassistent");

    expect(await moveProposal(t.db, otherEmployer, created.id, "SHORTLISTED", undefined, ORIGIN)).toEqual(notFound);
    // The proposing company is no employer of the opening: it cannot move the proposal either.
    expect(await moveProposal(t.db, company, created.id, "SHORTLISTED", undefined, ORIGIN)).toEqual(notFound);
    // The pipeline of another opening does not reach this proposal.
    expect(await moveProposal(t.db, employer, created.id, "SHORTLISTED", undefined, ORIGIN, "another-opening")).toEqual(
      notFound,
    );
    expect(await moveProposal(t.db, employer, created.id, "SHORTLISTED", undefined, ORIGIN, openingId)).toEqual(done);
    expect(await companyMails()).toBe(mailsBefore);
    expect(await t.db.notification.count({ where: { userId: company.userId, kind: "stage" } })).toBe(1);
    expect(await requestMeeting(t.db, company, created.id, ORIGIN)).toEqual(notFound);
    expect(await requestMeeting(t.db, employer, created.id, ORIGIN)).toEqual(done);
    expect(await introducedContact(t.db, employer, created.id)).toEqual(done);

    expect(await setIntroConsent(t.db, otherCompany, created.id, { method: "IN_MEETING" }, ORIGIN)).toEqual(notFound);
    // Only the candidate's own company records the consent, never the employer.
    expect(await setIntroConsent(t.db, employer, created.id, { method: "IN_MEETING" }, ORIGIN)).toEqual(notFound);
    expect(await setIntroConsent(t.db, company, created.id, { method: "IN_MEETING" }, ORIGIN)).toEqual(done);
    const audits = () =>
      t.db.auditEvent.count({
        where: {
          entityId: candidateId,
          action: "candidate.personal.view",
          actorOrganizationId: employer.organizationId,
        },
      });
    expect(await audits()).toBe(0);
    expect(await introducedContact(t.db, employer, created.id)).toEqual({
      ok: true,
      value: { name: "Hemmelig Person", email: "hemmelig@eksempel.no", phone: "91234567" },
    });
    expect(await audits()).toBe(1);
    expect(await introducedContact(t.db, otherEmployer, created.id)).toEqual(notFound);
    // The company sees its own candidate's record on its own pages, not through this door.
    expect(await introducedContact(t.db, company, created.id)).toEqual(notFound);
    await setIntroConsent(t.db, company, created.id, null, ORIGIN);
    expect(await introducedContact(t.db, employer, created.id)).toEqual(done);

    expect(await addMessage(t.db, employer, created.id, "Kan hen starte 1. desember?", ORIGIN)).toEqual(done);
    expect(await addMessage(t.db, otherCompany, created.id, "Hei", ORIGIN)).toEqual(notFound);
    const thread = await listMessages(t.db, company, created.id);
    expect(thread.ok ? thread.value.map((m) => m.body) : []).toEqual(["Kan hen starte 1. desember?"]);
    expect(await listMessages(t.db, otherCompany, created.id)).toEqual(notFound);

    expect(await moveProposal(t.db, employer, created.id, "HIRED", undefined, ORIGIN)).toEqual(done);
    const after = await t.db.proposal.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.outcome).toBe("HIRED");
    expect((await t.db.candidate.findUniqueOrThrow({ where: { id: candidateId } })).status).toBe("PLACED");
    const search = await searchTalent(t.db, parseTalentSearch(new URL("http://x/talentsok?q=oppvask")));
    expect(search.ok && search.value.hits.map((h) => h.id)).not.toContain(candidateId);
    expect(search.ok).toBe(true);
  });
});
