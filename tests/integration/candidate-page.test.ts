import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { findCandidateSelf, type CandidateSelf } from "~/auth/candidate-session.server";
import {
  askForIntroduction,
  answerIntroduction,
  companyIntroductions,
  introducedContact,
  withdrawIntroduction,
} from "~/domain/candidate-page/introductions.server";
import { answerConsent, exportOwnData, loadOwnPage, requestErasure } from "~/domain/candidate-page/own-page.server";
import { redeemCandidateLink, sendCandidateLink } from "~/domain/candidate-page/sign-in-links.server";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate, recordConsent, viewCandidate } from "~/domain/candidates/candidates.server";
import { CANDIDATES_INDEX, candidatesIndexSettings } from "~/domain/candidates/search-document";
import { parseTalentSearch } from "~/domain/candidates/talent-search-params";
import { getAnonymisedProfile, searchTalent } from "~/domain/candidates/talent-search.server";
import { REDACTED } from "~/lib/mail.server";
import { sentSms } from "~/lib/sms/sms.server";
import { drainSearchOutbox } from "#search/outbox.server";
import { indexFor } from "#search/registry.server";
import "~/lib/search-indexes.server";
import { linkIn, useMailCatcher } from "../support/mail";
import { makeOrgAdmin } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let company: Actor;
let employer: Actor;
let otherEmployer: Actor;
let mail: Awaited<ReturnType<typeof useMailCatcher>>;
const ORIGIN = "http://localhost:3000";

const person = (n: number) => ({
  fullName: `Amina Prøvesen${n}`,
  email: `amina${n}@eksempel.no`,
  // With the country code's "+", which no generated id holds: a bare run of digits once turned up
  // inside a cuid in the same JSON and failed the leak check by chance.
  phone: `+479000000${n}`,
});

const newCandidate = (n: number) =>
  createCandidate(
    t.db,
    company,
    candidateSchema.parse({
      ...person(n),
      occupationCodes: ["9112"],
      skills: "renhold",
      summary: "Renholder i fire år.",
      municipalityNumber: "4601",
      travelMode: "OWN_MUNICIPALITY",
      hoursPerWeek: "20",
      norwegianLevel: "B1",
      accommodations: ["WORKING_HOURS"],
      measures: ["IPS_JOBBSTOTTE", "MENTOR"],
    }),
  );

const drain = () => drainSearchOutbox(t.db, (name) => indexFor(t.db, name));
const searchIds = async () => {
  const found = await searchTalent(t.db, parseTalentSearch(new URL("http://x/talentsok?q=renhold")));
  if (!found.ok) throw new Error(found.reason);
  return found.value.hits.map((h) => h.id);
};

/** The company sends a link by e-mail; the candidate follows it (as the browser would, with the token from the mail). */
async function signInByMail(candidateId: string, email: string): Promise<CandidateSelf> {
  const sent = await sendCandidateLink(t.db, company, candidateId, "EMAIL", ORIGIN);
  expect(sent.ok).toBe(true);
  const token = new URL(linkIn(await mail.latest(email), "/min-side/inn")).searchParams.get("token") ?? "";
  const redeemed = await redeemCandidateLink(t.db, token, "10.0.0.1");
  if (!redeemed.ok) throw new Error(redeemed.reason);
  return selfOf(redeemed.value.cookie);
}

async function selfOf(setCookie: string): Promise<CandidateSelf> {
  const cookie = setCookie.split(";")[0] ?? "";
  const self = await findCandidateSelf(t.db, new Request("http://x/min-side", { headers: { Cookie: cookie } }));
  if (!self) throw new Error("no candidate session");
  return self;
}

beforeAll(async () => {
  t = await createTestDb();
  await indexFor(t.db, CANDIDATES_INDEX)?.applySettings(candidatesIndexSettings);
  mail = await useMailCatcher();
  company = await makeOrgAdmin(t.db, 61, { kind: "INCLUSION_COMPANY", name: "Bergen Arbeid AS", email: "c61@x.no" });
  employer = await makeOrgAdmin(t.db, 62, { kind: "EMPLOYER", name: "Fjordkafé AS", email: "e62@x.no" });
  otherEmployer = await makeOrgAdmin(t.db, 63, { kind: "EMPLOYER", name: "Bryggebakeriet AS", email: "e63@x.no" });
});
afterAll(async () => {
  await mail.stop();
  await t.close();
});

describe("the candidate's sign-in link", () => {
  it("carries only a token, is stored as a hash and removed from the stored mail, and works once", async () => {
    const c = await newCandidate(1);
    await sendCandidateLink(t.db, company, c.id, "EMAIL", ORIGIN);
    const received = await mail.latest(person(1).email);
    const link = new URL(linkIn(received, "/min-side/inn"));
    expect([...link.searchParams.keys()]).toEqual(["token"]);
    for (const s of [c.id, c.code, person(1).fullName, person(1).email]) expect(link.href).not.toContain(s);
    const token = link.searchParams.get("token") ?? "";
    const stored = await t.db.emailMessage.findFirstOrThrow({ where: { to: person(1).email } });
    expect(stored.text).not.toContain(token);
    expect(stored.text).toContain(REDACTED);
    expect(JSON.stringify(await t.db.candidateSignInLink.findMany())).not.toContain(token);

    const first = await redeemCandidateLink(t.db, token, "10.0.0.2");
    expect(first.ok).toBe(true);
    const again = await redeemCandidateLink(t.db, token, "10.0.0.2");
    expect(again).toMatchObject({ ok: false, reason: "linkInvalid" });
  });

  it("is refused after 15 minutes", async () => {
    const c = await newCandidate(2);
    await sendCandidateLink(t.db, company, c.id, "EMAIL", ORIGIN);
    const token = new URL(linkIn(await mail.latest(person(2).email), "/min-side/inn")).searchParams.get("token") ?? "";
    await t.db.candidateSignInLink.updateMany({
      where: { candidateId: c.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await redeemCandidateLink(t.db, token, "10.0.0.3")).toMatchObject({ ok: false, reason: "linkInvalid" });
  });

  it("goes by SMS through the port's double, and opens the same page", async () => {
    const c = await newCandidate(3);
    expect(await sendCandidateLink(t.db, company, c.id, "SMS", ORIGIN)).toMatchObject({ ok: true });
    const sms = sentSms(person(3).phone).at(-1);
    expect(sms?.text).toContain("Bergen Arbeid AS");
    const token = new URL(sms?.text.match(/https?:\/\/\S+/)?.[0] ?? "http://x").searchParams.get("token") ?? "";
    const redeemed = await redeemCandidateLink(t.db, token, "10.0.0.4");
    if (!redeemed.ok) throw new Error(redeemed.reason);
    expect((await selfOf(redeemed.value.cookie)).candidateId).toBe(c.id);
  });

  it("is only for a candidate of the sender's own company, and limited per candidate", async () => {
    const c = await newCandidate(4);
    expect(await sendCandidateLink(t.db, employer, c.id, "EMAIL", ORIGIN)).toMatchObject({ reason: "notFound" });
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await sendCandidateLink(t.db, company, c.id, "SMS", ORIGIN)).ok);
    expect(answers.filter(Boolean)).toHaveLength(10);
    expect(answers.at(-1)).toBe(false);
  });

  it("a session for one candidate cannot read or change another's", async () => {
    const a = await newCandidate(5);
    const b = await newCandidate(6);
    const selfA = await signInByMail(a.id, person(5).email);
    expect(selfA.candidateId).toBe(a.id);
    const page = await loadOwnPage(t.db, selfA);
    expect(page.ok && page.value.code).toBe(a.code);
    // B's inquiry cannot be answered with A's session.
    await answerConsent(t.db, await signInByMail(b.id, person(6).email), "LISTING", "yes");
    await drain();
    await askForIntroduction(t.db, employer, { code: b.code, ip: "10.1.0.1" }, ORIGIN);
    const inquiryB = await t.db.candidateInquiry.findFirstOrThrow({ where: { candidateId: b.id } });
    expect(await answerIntroduction(t.db, selfA, inquiryB.id, "yes")).toMatchObject({ reason: "notFound" });
    expect(await introducedContact(t.db, employer, b.code)).toBeNull();
  });
});

describe("the candidate's own consents, introductions and rights", () => {
  it("runs the whole flow, with every consent change audited with its source", async () => {
    const c = await newCandidate(7);
    const self = await signInByMail(c.id, person(7).email);

    // Listing yes, sharing no: the employer finds the profile without accommodations or IPS.
    expect(await answerConsent(t.db, self, "LISTING", "yes")).toMatchObject({ ok: true });
    expect(await answerConsent(t.db, self, "SHARE_ACCOMMODATIONS", "no")).toMatchObject({ ok: true });
    await drain();
    expect(await searchIds()).toContain(c.id);
    const profile = await getAnonymisedProfile(t.db, c.code);
    expect(profile.ok && profile.value.accommodations).toEqual([]);
    expect(profile.ok && profile.value.measures).toEqual(["MENTOR"]);
    const seen = JSON.stringify(profile);
    for (const s of Object.values(person(7))) expect(seen).not.toContain(s);

    // The preview is exactly the employer's profile.
    const page = await loadOwnPage(t.db, self);
    if (!page.ok) throw new Error("no page");
    expect(page.value.preview).toEqual(profile.ok ? profile.value : null);
    expect(page.value.sharingAdds).toEqual({ accommodations: ["WORKING_HOURS"], measures: ["IPS_JOBBSTOTTE"] });

    const consent = await t.db.candidateConsent.findFirstOrThrow({ where: { candidateId: c.id, kind: "LISTING" } });
    expect(consent).toMatchObject({ source: "CANDIDATE_LINK", recordedById: null, method: "CANDIDATE_LINK" });

    // The employer asks to be introduced; no contact data before the candidate says yes.
    expect(await askForIntroduction(t.db, employer, { code: c.code, ip: "10.1.0.2" }, ORIGIN)).toMatchObject({
      ok: true,
    });
    expect(await introducedContact(t.db, employer, c.code)).toBeNull();
    const companyMembers = await t.db.notification.findMany({ where: { userId: company.userId } });
    expect(companyMembers.map((n) => n.kind)).toContain("introductionRequested");
    const waiting = await companyIntroductions(t.db, company, c.id);
    expect(waiting[0]).toMatchObject({ state: "waiting", employer: "Fjordkafé AS" });

    const again = await loadOwnPage(t.db, self);
    const asked = again.ok ? again.value.asked : [];
    expect(asked[0]).toMatchObject({ employer: "Fjordkafé AS", wantsIntroduction: true, answer: null });
    expect(await answerIntroduction(t.db, self, asked[0]?.id ?? "", "yes")).toMatchObject({ ok: true });
    const contact = await introducedContact(t.db, employer, c.code);
    expect(contact).toMatchObject({ fullName: person(7).fullName, email: person(7).email });
    // Only that one employer.
    expect(await introducedContact(t.db, otherEmployer, c.code)).toBeNull();
    const viewAudit = await t.db.auditEvent.findFirst({
      where: { entityId: c.id, action: "candidate.personal.view", actorOrganizationId: employer.organizationId },
    });
    expect(viewAudit).not.toBeNull();

    // Withdrawing the introduction takes the contact data away at once.
    const withIntro = await loadOwnPage(t.db, self);
    const introId = withIntro.ok ? withIntro.value.introduced[0]?.id : undefined;
    expect(await withdrawIntroduction(t.db, self, introId ?? "")).toMatchObject({ ok: true });
    expect(await introducedContact(t.db, employer, c.code)).toBeNull();

    // Withdrawing the listing: the hit is gone at once, before any worker runs.
    expect(await answerConsent(t.db, self, "LISTING", "no")).toMatchObject({ ok: true });
    expect(await searchIds()).not.toContain(c.id);
    expect((await getAnonymisedProfile(t.db, c.code)).ok).toBe(false);

    const audit = await t.db.auditEvent.findMany({
      where: { entityId: c.id, action: { startsWith: "candidate.consent." } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => [a.action, (a.metadata as { source?: string }).source])).toEqual([
      ["candidate.consent.give", "CANDIDATE_LINK"],
      ["candidate.consent.refuse", "CANDIDATE_LINK"],
      ["candidate.consent.give", "CANDIDATE_LINK"],
      ["candidate.consent.withdraw", "CANDIDATE_LINK"],
      ["candidate.consent.withdraw", "CANDIDATE_LINK"],
    ]);
    expect(audit.every((a) => a.actorUserId === null)).toBe(true);
  });

  it("the company's view shows both kinds of consent and which still hold", async () => {
    const c = await newCandidate(8);
    await recordConsent(t.db, company, c.id, { kind: "LISTING", givenOn: "2026-11-30", method: "SIGNED_PAPER" });
    const self = await signInByMail(c.id, person(8).email);
    await answerConsent(t.db, self, "SHARE_ACCOMMODATIONS", "yes");
    const viewed = await viewCandidate(t.db, company, c.id);
    if (!viewed.ok) throw new Error("not found");
    const lines = viewed.value.consents.map((x) => [x.kind, x.source, x.withdrawnAt === null]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ["LISTING", "COMPANY_RECORDED", true],
        ["SHARE_ACCOMMODATIONS", "CANDIDATE_LINK", true],
      ]),
    );
    const audit = await t.db.auditEvent.findMany({ where: { entityId: c.id, action: "candidate.consent.give" } });
    expect(audit.map((a) => (a.metadata as { source?: string }).source).sort()).toEqual([
      "CANDIDATE_LINK",
      "COMPANY_RECORDED",
    ]);
  });

  it("sharing needs the listing first", async () => {
    const c = await newCandidate(9);
    const self = await signInByMail(c.id, person(9).email);
    expect(await answerConsent(t.db, self, "SHARE_ACCOMMODATIONS", "yes")).toMatchObject({ reason: "listingFirst" });
  });

  it("exports the candidate's own data, and an erasure request reaches the company with the deadline", async () => {
    const c = await newCandidate(10);
    const self = await signInByMail(c.id, person(10).email);
    const exported = await exportOwnData(t.db, self);
    expect(exported.ok && exported.value.candidate.fullName).toBe(person(10).fullName);
    expect(await requestErasure(t.db, self, ORIGIN)).toMatchObject({ ok: true });
    const row = await t.db.candidate.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.erasureRequestedAt).not.toBeNull();
    const notice = await t.db.notification.findFirstOrThrow({
      where: { userId: company.userId, kind: "erasureRequested" },
    });
    expect(notice.params).toMatchObject({ code: c.code, deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const companyMail = await mail.latest("c61@x.no", c.code);
    expect(companyMail.text).not.toContain(person(10).fullName);
    const audit = await t.db.auditEvent.findMany({ where: { entityId: c.id } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["candidate.self.signIn", "candidate.export", "candidate.erasure.request"]),
    );
  });
});
