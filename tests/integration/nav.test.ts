import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate } from "~/domain/candidates/candidates.server";
import { withNavDecisions } from "~/domain/nav/approved-package";
import { decisionIntent } from "~/domain/nav/decision-schema";
import {
  getNavCase,
  inviteNavOffice,
  listNavCases,
  measureSummary,
  navDecisionsWaiting,
  navSideOfProposal,
  recordNavDecision,
} from "~/domain/nav/nav.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { completeSignup, requestSignup } from "~/domain/organizations/signup.server";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { packageCost } from "~/domain/proposals/package";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { addMessage, createProposal, getProposal } from "~/domain/proposals/proposals.server";
import { linkIn, useMailCatcher } from "../support/mail";
import { makeMember, makeOrgAdmin } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

/**
 * NAV alongside (issue 14 §3): the company invites the NAV office serving the candidate's or the
 * opening's municipality; that office sees the proposal as its employer does and never more, and
 * decides per measure; the parties see the decisions; the estimate uses them; another office and
 * every stranger get "not found".
 */
let t: TestDb;
let mail: Awaited<ReturnType<typeof useMailCatcher>>;
let company: Actor;
let otherCompany: Actor;
let employer: Actor;
let otherEmployer: Actor;
let nav: Actor;
let navColleague: Actor;
let otherNav: Actor;
let proposalId: string;
let bareProposalId: string;

const ORIGIN = "http://localhost";
const SECRETS = ["Hemmelig Navnesen", "hemmelig@eksempel.no", "98765432", "Diagnose i notatet", "Privat melding"];

const decide = (over: Record<string, unknown>) =>
  decisionIntent.parse({
    intent: "decide",
    measureCode: "MIDLERTIDIG_LONNSTILSKUDD",
    outcome: "APPROVED",
    percent: "40",
    periodFrom: "2027-01-01",
    periodTo: "2027-06-30",
    decidedOn: "2026-12-10",
    ...over,
  });

beforeAll(async () => {
  t = await createTestDb();
  mail = await useMailCatcher();
  company = await makeOrgAdmin(t.db, 41, { kind: "INCLUSION_COMPANY", name: "Bergen Arbeid AS", email: "c@x.no" });
  otherCompany = await makeOrgAdmin(t.db, 42, { kind: "INCLUSION_COMPANY", name: "Annen AS", email: "c2@x.no" });
  employer = await makeOrgAdmin(t.db, 43, { kind: "EMPLOYER", name: "Fjordkafé AS", email: "e@x.no" });
  otherEmployer = await makeOrgAdmin(t.db, 44, { kind: "EMPLOYER", name: "Annen Kafé AS", email: "e2@x.no" });
  nav = await makeOrgAdmin(t.db, 45, { kind: "NAV_OFFICE", name: "NAV Bergenhus", email: "saksbehandler@nav.no" });
  navColleague = await makeMember(t.db, nav.organizationId, { email: "kollega@nav.no", role: "MEMBER" });
  otherNav = await makeOrgAdmin(t.db, 46, {
    kind: "NAV_OFFICE",
    name: "NAV Trondheim",
    municipalityNumber: "5001",
    email: "t@nav.no",
  });
  await t.db.navOfficeMunicipality.createMany({
    data: [
      { navOfficeId: nav.organizationId, municipalityNumber: "4601" },
      { navOfficeId: otherNav.organizationId, municipalityNumber: "5001" },
    ],
  });
  const candidate = await createCandidate(
    t.db,
    company,
    candidateSchema.parse({
      fullName: SECRETS[0],
      email: SECRETS[1],
      phone: SECRETS[2],
      notes: SECRETS[3],
      occupationCodes: ["9412"],
      skills: "oppvask",
      summary: "Kantine i to år.",
      municipalityNumber: "4601",
      hoursPerWeek: "30",
      accommodations: ["WORKING_HOURS"],
      measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
      listingConsent: "on",
      consentGivenOn: "2026-11-20",
      consentMethod: "SIGNED_PAPER",
    }),
  );
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
      skills: "oppvask",
      measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
      accommodations: [],
    }),
  );
  await publishOpening(t.db, employer, opening.id);
  const input = (over: Record<string, unknown>) =>
    proposalSchema.parse({
      wageSubsidy: "MIDLERTIDIG_LONNSTILSKUDD",
      subsidyPercent: "40",
      subsidyMonths: "12",
      otherMeasures: [],
      followUpFrequency: "WEEKLY",
      contactPerson: "Jobbspesialist Jensen",
      accommodations: [],
      trialPeriodWeeks: "4",
      monthlyWageNok: "30000",
      employerTaxZone: "1",
      message: "Vi følger opp hver uke de første månedene.",
      ...over,
    });
  const created = await createProposal(t.db, company, candidate.id, opening.id, input({}), ORIGIN);
  if (!created.ok) throw new Error(created.reason);
  proposalId = created.value.id;
  await addMessage(t.db, employer, proposalId, `${SECRETS[4]}: ring meg`, ORIGIN);
  // A second opening with a proposal whose package asks for nothing NAV decides on.
  const other = await createOpening(
    t.db,
    employer,
    openingSchema.parse({
      kind: "JOB",
      title: "Servitør",
      description: "Servering i kafé med utsikt over fjorden.",
      occupationCode: "5131",
      municipalityNumber: "4601",
      hoursPerWeek: "30",
      extent: "PART_TIME",
      skills: "servering",
      measures: [],
      accommodations: [],
    }),
  );
  await publishOpening(t.db, employer, other.id);
  const bare = await createProposal(
    t.db,
    company,
    candidate.id,
    other.id,
    input({ wageSubsidy: "NONE", subsidyPercent: undefined, subsidyMonths: undefined }),
    ORIGIN,
  );
  if (!bare.ok) throw new Error(bare.reason);
  bareProposalId = bare.value.id;
});
afterAll(async () => {
  await mail.stop();
  await t.close();
});

describe("inviting the NAV office", () => {
  it("offers the company only offices serving the candidate's or the opening's municipality", async () => {
    const side = await navSideOfProposal(t.db, company, proposalId);
    expect(side.ok && side.value.offices.map((o) => o.name)).toEqual(["NAV Bergenhus"]);
    expect(await navSideOfProposal(t.db, otherCompany, proposalId)).toEqual({ ok: false, reason: "notFound" });
    expect(await navSideOfProposal(t.db, nav, proposalId)).toEqual({ ok: false, reason: "notFound" });
  });

  it("refuses an office that does not serve the place, a package without measures, strangers and a second invitation", async () => {
    expect(await inviteNavOffice(t.db, company, proposalId, otherNav.organizationId, ORIGIN)).toMatchObject({
      ok: false,
      reason: "navOfficeNotServing",
    });
    expect(await inviteNavOffice(t.db, company, bareProposalId, nav.organizationId, ORIGIN)).toMatchObject({
      reason: "navNoMeasures",
    });
    expect(await inviteNavOffice(t.db, otherCompany, proposalId, nav.organizationId, ORIGIN)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await inviteNavOffice(t.db, employer, proposalId, nav.organizationId, ORIGIN)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect((await inviteNavOffice(t.db, company, proposalId, nav.organizationId, ORIGIN)).ok).toBe(true);
    expect(await inviteNavOffice(t.db, company, proposalId, nav.organizationId, ORIGIN)).toMatchObject({
      reason: "navAlreadyInvited",
    });
  });

  it("lists the case as waiting for the invited office only, in one query's rows", async () => {
    const waiting = await navDecisionsWaiting(t.db, navColleague);
    expect(waiting.map((w) => [w.proposalId, w.waiting])).toEqual([[proposalId, 1]]);
    expect(await navDecisionsWaiting(t.db, otherNav)).toEqual([]);
    expect(await navDecisionsWaiting(t.db, employer)).toEqual([]);
    expect((await listNavCases(t.db, nav)).map((c) => [c.proposalId, c.decided, c.measures])).toEqual([
      [proposalId, 0, 1],
    ]);
    expect(await listNavCases(t.db, otherNav)).toEqual([]);
  });
});

describe("what the NAV office sees", () => {
  it("sees the proposal exactly as the employer does, never the person, the record or the thread", async () => {
    const seen = await getNavCase(t.db, navColleague, proposalId);
    const asEmployer = await getProposal(t.db, employer, proposalId);
    if (!seen.ok || !asEmployer.ok) throw new Error("not found");
    expect(seen.value.proposal).toEqual(asEmployer.value);
    expect(seen.value.proposal.candidateId).toBeNull();
    const text = JSON.stringify(seen);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    // What the office is told names the pseudonym only.
    const told = JSON.stringify(
      await t.db.notification.findMany({ where: { userId: navColleague.userId }, select: { params: true } }),
    );
    expect(told).toContain(seen.value.proposal.candidate.code);
    for (const secret of SECRETS) expect(told).not.toContain(secret);
    const mails = JSON.stringify(await t.db.emailMessage.findMany({ where: { to: "kollega@nav.no" } }));
    for (const secret of SECRETS) expect(mails).not.toContain(secret);
  });

  it("is not found for another office, the employer, the company or another employer", async () => {
    for (const who of [otherNav, employer, company, otherEmployer])
      expect(await getNavCase(t.db, who, proposalId)).toEqual({ ok: false, reason: "notFound" });
    expect(await getNavCase(t.db, nav, bareProposalId)).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("NAV's decision per measure", () => {
  it("refuses an approval beyond the catalogue's rules, with its reason, and a measure not in the package", async () => {
    const tooHigh = await recordNavDecision(t.db, nav, proposalId, decide({ percent: "60" }), ORIGIN);
    expect(tooHigh).toMatchObject({ ok: false, reason: "navDecisionOutsideRules", field: "percent" });
    expect(!tooHigh.ok && tooHigh.detail?.en).toMatch(/40/);
    expect(
      await recordNavDecision(t.db, nav, proposalId, decide({ measureCode: "MENTOR", percent: undefined }), ORIGIN),
    ).toMatchObject({ reason: "navMeasureNotInPackage" });
    expect(await recordNavDecision(t.db, otherNav, proposalId, decide({}), ORIGIN)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await recordNavDecision(t.db, employer, proposalId, decide({}), ORIGIN)).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("approves midlertidig lønnstilskudd at 40 % for six months; both parties see it and the estimate uses it", async () => {
    expect((await recordNavDecision(t.db, navColleague, proposalId, decide({}), ORIGIN)).ok).toBe(true);
    for (const party of [employer, company]) {
      const side = await navSideOfProposal(t.db, party, proposalId);
      expect(side.ok && side.value.office?.name).toBe("NAV Bergenhus");
      expect(side.ok && side.value.decisions).toEqual([
        {
          measureCode: "MIDLERTIDIG_LONNSTILSKUDD",
          outcome: "APPROVED",
          percent: 40,
          periodFrom: "2027-01-01",
          periodTo: "2027-06-30",
          reason: null,
          decidedOn: "2026-12-10",
        },
      ]);
    }
    const view = await getProposal(t.db, employer, proposalId);
    const side = await navSideOfProposal(t.db, employer, proposalId);
    if (!view.ok || !side.ok) throw new Error("not found");
    const on = new Date("2026-12-10T12:00:00Z");
    const asked = packageCost(view.value, on);
    const decided = packageCost(
      { ...view.value, measures: withNavDecisions(view.value.measures, side.value.decisions) },
      on,
    );
    // Asked: 12 months, 40 % then 30 %; approved: 6 months at 40 %, so less public money.
    expect(decided?.periods[0]?.monthlySubsidyOre).toBe(asked?.periods[0]?.monthlySubsidyOre);
    expect(decided?.periods.find((p) => p.fromMonth === 7)?.monthlySubsidyOre).toBe(0);
    expect(decided?.totalPublicOre).toBeLessThan(asked?.totalPublicOre ?? 0);
    expect(await navDecisionsWaiting(t.db, nav)).toEqual([]);
    const told = await t.db.notification.count({ where: { userId: employer.userId, kind: "navDecided" } });
    expect(told).toBe(1);
  });

  it("a decline replaces the approval, carries its reason and takes the subsidy out of the estimate", async () => {
    const declined = decide({ outcome: "DECLINED", reason: "Behovet er ikke dokumentert.", percent: undefined });
    expect((await recordNavDecision(t.db, nav, proposalId, declined, ORIGIN)).ok).toBe(true);
    const side = await navSideOfProposal(t.db, company, proposalId);
    if (!side.ok) throw new Error("not found");
    expect(side.value.decisions).toMatchObject([
      { outcome: "DECLINED", percent: null, periodFrom: null, reason: "Behovet er ikke dokumentert." },
    ]);
    expect(
      withNavDecisions(
        [{ code: "MIDLERTIDIG_LONNSTILSKUDD", percent: 40, months: 12, reducedWorkCapacity: false }],
        side.value.decisions,
      ),
    ).toEqual([]);
    // No printable summary of a declined measure.
    expect(await measureSummary(t.db, employer, proposalId, "MIDLERTIDIG_LONNSTILSKUDD")).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect((await recordNavDecision(t.db, nav, proposalId, decide({}), ORIGIN)).ok).toBe(true);
  });
});

describe("the printable summary of an approved measure", () => {
  it("holds every field of NAV's agreement for the three parties, and nothing personal", async () => {
    for (const party of [employer, company, navColleague]) {
      const s = await measureSummary(t.db, party, proposalId, "MIDLERTIDIG_LONNSTILSKUDD");
      if (!s.ok) throw new Error(`not found for ${party.organizationId}`);
      expect(s.value).toMatchObject({
        employer: { name: "Fjordkafé AS", orgNumber: makeValidOrgNumber(43), contactEmail: "e@x.no" },
        company: {
          name: "Bergen Arbeid AS",
          orgNumber: makeValidOrgNumber(41),
          contactPerson: "Jobbspesialist Jensen",
        },
        navOffice: { name: "NAV Bergenhus", caseHandlerEmail: "saksbehandler@nav.no" },
        decision: { percent: 40, periodFrom: "2027-01-01", periodTo: "2027-06-30" },
        measure: { percent: 40, months: 6 },
        estimatedMonthlyWageOre: 3_000_000,
        followUpFrequency: "WEEKLY",
        trialPeriodWeeks: 4,
      });
      expect(s.value.estimate?.periods[0]?.monthlySubsidyOre).toBeGreaterThan(0);
      const text = JSON.stringify(s);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });

  it("is not found for another office, another employer, another company, or a measure not approved", async () => {
    for (const who of [otherNav, otherEmployer, otherCompany])
      expect(await measureSummary(t.db, who, proposalId, "MIDLERTIDIG_LONNSTILSKUDD")).toEqual({
        ok: false,
        reason: "notFound",
      });
    expect(await measureSummary(t.db, employer, proposalId, "MENTOR")).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("signing up a NAV office", () => {
  it("works as for the other kinds (mod-11 org number, confirmed address) and serves its own municipality", async () => {
    const request = await requestSignup(
      t.db,
      {
        kind: "NAV_OFFICE",
        orgNumber: makeValidOrgNumber(47),
        orgName: "NAV Askøy",
        municipalityNumber: "4627",
        name: "Nina NAV",
        email: "nina@nav.no",
        password: "et-passord-som-er-langt",
      },
      { ip: "10.0.0.47", locale: "nb" },
    );
    expect(request.ok).toBe(true);
    const link = linkIn(await mail.latest("nina@nav.no", "Fullfør registreringen"), "/registrer/bekreft?token=");
    const done = await completeSignup(t.db, new URL(link).searchParams.get("token") ?? "", "nb");
    if (!done.ok) throw new Error(done.reason);
    const org = await t.db.organization.findUniqueOrThrow({
      where: { id: done.value.organizationId },
      select: { kind: true, approved: true, navMunicipalities: { select: { municipalityNumber: true } } },
    });
    expect(org).toEqual({ kind: "NAV_OFFICE", approved: false, navMunicipalities: [{ municipalityNumber: "4627" }] });
  });
});
