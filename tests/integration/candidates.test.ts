import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateSchema, type CandidateInput } from "~/domain/candidates/candidate-schema";
import {
  applyRetention,
  createCandidate,
  eraseCandidate,
  exportCandidate,
  listCandidateAudit,
  listOwnCandidates,
  recordConsent,
  setCandidateStatus,
  updateCandidate,
  viewCandidate,
  withdrawConsent,
} from "~/domain/candidates/candidates.server";
import { CANDIDATES_INDEX } from "~/domain/candidates/search-document";
import { parseTalentSearch } from "~/domain/candidates/talent-search-params";
import {
  askAboutCandidate,
  getAnonymisedProfile,
  listInquiries,
  markInquiryAnswered,
  searchTalent,
} from "~/domain/candidates/talent-search.server";
import { drainSearchOutbox } from "#search/outbox.server";
import { indexFor } from "#search/registry.server";
import "~/lib/search-indexes.server";
import { createTestDb, type TestDb } from "../support/test-db";
import type { Actor } from "~/auth/actor";
import { makeMember, makeOrgAdmin } from "../support/members";

let t: TestDb;
let company: Actor;
let otherCompany: Actor;
let employer: Actor;

const PERSON = {
  fullName: "Samira Testesen",
  email: "samira.testesen@eksempel.no",
  phone: "912 34 567",
  birthYear: "1988",
};
const personalStrings = [
  PERSON.fullName,
  "Samira",
  "Testesen",
  PERSON.email,
  PERSON.phone,
  "91234567",
  PERSON.birthYear,
];

const input = (overrides: Record<string, unknown> = {}): CandidateInput =>
  candidateSchema.parse({
    ...PERSON,
    notes: "Liker morgenvakter",
    occupationCodes: ["9112"],
    skills: "renhold, rengjøringsmaskin",
    summary: "To år som renholder i kontorbygg.",
    municipalityNumber: "4601",
    travelMode: "OWN_MUNICIPALITY",
    hoursPerWeek: "25",
    norwegianLevel: "B1",
    language1: "ti",
    language1Level: "C2",
    accommodations: ["WORKING_HOURS"],
    targetGroups: ["NEWLY_ARRIVED"],
    measures: ["MENTOR"],
    listingConsent: "on",
    consentGivenOn: "2026-11-20",
    consentMethod: "SIGNED_PAPER",
    ...overrides,
  });

const drain = () => drainSearchOutbox(t.db, (name) => indexFor(t.db, name));
const search = async (query: string) => {
  const found = await searchTalent(t.db, parseTalentSearch(new URL(`http://x/talentsok?${query}`)));
  if (!found.ok) throw new Error(found.reason);
  return found.value;
};

beforeAll(async () => {
  t = await createTestDb();
  await indexFor(t.db, CANDIDATES_INDEX)?.applySettings(
    (await import("~/domain/candidates/search-document")).candidatesIndexSettings,
  );
  const makeOrg = (seed: number, kind: "EMPLOYER" | "INCLUSION_COMPANY", name: string) =>
    makeOrgAdmin(t.db, seed, { kind, name, email: `u${seed}@x.no`, personName: `Medarbeider ${seed}` });
  company = await makeOrg(21, "INCLUSION_COMPANY", "Bergen Arbeid AS");
  otherCompany = await makeOrg(22, "INCLUSION_COMPANY", "Annen Inkludering AS");
  employer = await makeOrg(23, "EMPLOYER", "Fjordkafé AS");
});
afterAll(() => t.close());

describe("candidates: privacy rules", () => {
  it("an employer finds a consented candidate by a misspelled occupation and a filter, with no personal data anywhere", async () => {
    const c = await createCandidate(t.db, company, input());
    expect(c.code).toMatch(/^K-\d{5}$/);
    await drain();
    const result = await search("q=renholdr&municipality=4601&minHours=20");
    expect(result.hits.map((h) => h.id)).toContain(c.id);
    const found = await getAnonymisedProfile(t.db, c.code);
    const profile = found.ok ? found.value : null;
    expect(profile?.companyName).toBe("Bergen Arbeid AS");
    const seen = JSON.stringify({ result, profile });
    for (const s of personalStrings) expect(seen).not.toContain(s);
    expect(seen).not.toContain("Liker morgenvakter");
    expect(seen).not.toContain("NEWLY_ARRIVED");
    // Accommodation categories only with their own consent.
    expect(profile?.accommodations).toEqual([]);
  });

  it("the indexed document itself holds only anonymised fields", async () => {
    const index = indexFor(t.db, CANDIDATES_INDEX);
    const all = await index?.search({ q: "renhold" });
    const raw = JSON.stringify(all);
    for (const s of personalStrings) expect(raw).not.toContain(s);
    expect(Object.keys(all?.hits[0]?.doc ?? {}).sort()).toEqual(
      [
        "id",
        "code",
        "occupation",
        "skills",
        "summary",
        "occupationCodes",
        "occupationGroups",
        "companyId",
        "companyName",
        "municipalityNumber",
        "municipalityName",
        "countyCode",
        "reachMunicipalities",
        "hoursPerWeek",
        "earliestStart",
        "languages",
        "norwegianLevel",
        "norwegianRank",
        "licences",
        "measures",
        "accommodations",
        // Age bands always, sensitive groups only with the consent to share them; "CV gap" and
        // "newly arrived" never (the test above looks for NEWLY_ARRIVED in everything it finds).
        "targetGroups",
        "updatedAt",
      ].sort(),
    );
  });

  it("a candidate without listing consent is never indexed or found", async () => {
    const c = await createCandidate(
      t.db,
      company,
      input({ skills: "sveisekurs", listingConsent: undefined, consentGivenOn: undefined, consentMethod: undefined }),
    );
    await drain();
    expect((await search("q=sveisekurs")).total).toBe(0);
    expect((await indexFor(t.db, CANDIDATES_INDEX)?.search({ q: "sveisekurs" }))?.total).toBe(0);
    expect(await getAnonymisedProfile(t.db, c.code)).toEqual({ ok: false, reason: "notFound" });
  });

  it("withdrawing the consent removes the hit at once, before any outbox drain", async () => {
    const c = await createCandidate(t.db, company, input({ skills: "isbilkjøring" }));
    await drain();
    expect((await search("q=isbilkjøring")).total).toBe(1);
    await withdrawConsent(t.db, company, c.id, "LISTING");
    expect((await search("q=isbilkjøring")).total).toBe(0);
    expect((await indexFor(t.db, CANDIDATES_INDEX)?.search({ q: "isbilkjøring" }))?.total).toBe(0);
    expect(await getAnonymisedProfile(t.db, c.code)).toEqual({ ok: false, reason: "notFound" });
    // A later drain of the outbox does not bring it back.
    await drain();
    expect((await search("q=isbilkjøring")).total).toBe(0);
  });

  it("a paused candidate leaves the search; accommodation categories show only with their consent", async () => {
    const c = await createCandidate(t.db, company, input({ skills: "kaffebrenning", accommodations: ["PHYSICAL"] }));
    await recordConsent(t.db, company, c.id, {
      kind: "SHARE_ACCOMMODATIONS",
      givenOn: "2026-11-21",
      method: "IN_MEETING",
    });
    await drain();
    expect(await getAnonymisedProfile(t.db, c.code)).toMatchObject({
      ok: true,
      value: { accommodations: ["PHYSICAL"] },
    });
    expect((await search("q=kaffebrenning&accommodations=PHYSICAL")).total).toBe(1);
    await setCandidateStatus(t.db, company, c.id, "PAUSED");
    expect((await search("q=kaffebrenning")).total).toBe(0);
  });

  it("the company's own search finds listed profiles by a misspelled skill, through its tenant view only", async () => {
    const own = await createCandidate(t.db, company, input({ skills: "sveisearbeid" }));
    const theirs = await createCandidate(t.db, otherCompany, input({ skills: "sveisearbeid" }));
    await drain();
    const mine = (await listOwnCandidates(t.db, company, { q: "sveisarbeid" })).map((r) => r.id);
    expect(mine).toContain(own.id);
    expect(mine).not.toContain(theirs.id);
    expect((await listOwnCandidates(t.db, otherCompany, { q: "sveisearbeid" })).map((r) => r.id)).toEqual([theirs.id]);
  });

  it("a member of another inclusion company cannot open, change, export or erase the candidate", async () => {
    const c = await createCandidate(t.db, company, input());
    const notFound = { ok: false, reason: "notFound" };
    expect(await viewCandidate(t.db, otherCompany, c.id)).toEqual(notFound);
    expect(await updateCandidate(t.db, otherCompany, c.id, input({ fullName: "Endret" }))).toEqual(notFound);
    expect(await exportCandidate(t.db, otherCompany, c.id)).toEqual(notFound);
    expect(await eraseCandidate(t.db, otherCompany, c.id)).toEqual(notFound);
    expect(await withdrawConsent(t.db, otherCompany, c.id, "LISTING")).toEqual(notFound);
    expect((await listOwnCandidates(t.db, otherCompany, {})).map((r) => r.id)).not.toContain(c.id);
    expect(await viewCandidate(t.db, employer, c.id)).toEqual(notFound);
  });

  it("every view of the personal part and every export is an audit event the company can list", async () => {
    const c = await createCandidate(t.db, company, input());
    const count = () =>
      t.db.auditEvent.count({
        where: {
          entityType: "Candidate",
          entityId: c.id,
          action: { in: ["candidate.personal.view", "candidate.export"] },
        },
      });
    expect(await count()).toBe(0);
    await viewCandidate(t.db, company, c.id);
    await viewCandidate(t.db, company, c.id);
    const exported = await exportCandidate(t.db, company, c.id);
    if (!exported.ok) throw new Error(exported.reason);
    expect(exported.value.candidate.fullName).toBe(PERSON.fullName);
    expect(exported.value.consents).toHaveLength(1);
    expect(await count()).toBe(3);
    const log = await listCandidateAudit(t.db, company.organizationId);
    expect(log.filter((e) => e.code === c.code).map((e) => e.action)).toEqual(
      expect.arrayContaining(["candidate.personal.view", "candidate.export"]),
    );
    // The audit log itself holds ids and codes, never the person.
    const rows = JSON.stringify(await t.db.auditEvent.findMany());
    for (const s of personalStrings) expect(rows).not.toContain(s);
  });

  it("an inquiry reaches the company (timeline, inbox, mail) and tells the employer nothing more", async () => {
    const c = await createCandidate(t.db, company, input({ skills: "pizzabaking" }));
    await drain();
    const sent = await askAboutCandidate(
      t.db,
      employer,
      { code: c.code, message: "Vi trenger en renholder 20 timer i uka.", ip: "192.0.2.1" },
      "http://localhost",
    );
    expect(sent).toEqual({ ok: true, value: { companyName: "Bergen Arbeid AS" } });
    const inbox = await listInquiries(t.db, company);
    expect(inbox[0]).toMatchObject({ code: c.code, from: "Fjordkafé AS", status: "OPEN" });
    expect(await listInquiries(t.db, otherCompany)).toEqual([]);
    const mail = await t.db.emailMessage.findFirstOrThrow({ where: { subject: { contains: c.code } } });
    for (const s of personalStrings) expect(mail.text).not.toContain(s);
    const events = await t.db.candidateEvent.findMany({ where: { candidateId: c.id, type: "inquiry" } });
    expect(events).toHaveLength(1);
    // Only the owning company marks it answered; anyone else is told it is not there.
    const id = inbox[0]?.id ?? "";
    expect(await markInquiryAnswered(t.db, otherCompany, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await markInquiryAnswered(t.db, employer, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await markInquiryAnswered(t.db, company, id)).toEqual({ ok: true, value: null });
    expect((await listInquiries(t.db, company))[0]?.status).toBe("ANSWERED");
    // An unlisted or unknown code is not found, whoever asks.
    expect(
      await askAboutCandidate(
        t.db,
        employer,
        { code: "K-00000", message: "Finnes denne kandidaten?", ip: "192.0.2.1" },
        "http://localhost",
      ),
    ).toEqual({ ok: false, reason: "notFound" });
  });

  it("inquiry mails are limited per account: the 21st inquiry of a day is refused and sends no mail", async () => {
    const asker = await makeMember(t.db, employer.organizationId, { email: "spor.mye@x.no", role: "MEMBER" });
    const c = await createCandidate(t.db, company, input({ skills: "ratelimit" }));
    await drain();
    // A fresh address each time: the account's own limit is what refuses.
    const ask = (n: number) =>
      askAboutCandidate(
        t.db,
        asker,
        { code: c.code, message: `Spørsmål nummer ${n} om kandidaten.`, ip: `198.51.100.${n}` },
        "http://localhost",
      );
    for (let n = 1; n <= 20; n++) expect((await ask(n)).ok, `inquiry ${n}`).toBe(true);
    const mails = () => t.db.emailMessage.count({ where: { subject: { contains: c.code } } });
    const inquiries = () => t.db.candidateInquiry.count({ where: { candidateId: c.id } });
    const [mailsBefore, inquiriesBefore] = [await mails(), await inquiries()];
    const refused = await ask(21);
    expect(refused).toMatchObject({ ok: false, reason: "rateLimited" });
    expect(await mails()).toBe(mailsBefore);
    expect(await inquiries()).toBe(inquiriesBefore);
    // A colleague at the same company still gets through.
    expect(
      (
        await askAboutCandidate(
          t.db,
          employer,
          { code: c.code, message: "Et spørsmål fra en kollega.", ip: "198.51.100.99" },
          "http://localhost",
        )
      ).ok,
    ).toBe(true);
  });

  it("inquiry mails are limited per client address, across accounts", async () => {
    const c = await createCandidate(t.db, company, input({ skills: "samme adresse" }));
    await drain();
    const askers = await Promise.all(
      [1, 2, 3, 4].map((n) => makeMember(t.db, employer.organizationId, { email: `adresse${n}@x.no`, role: "MEMBER" })),
    );
    const results = [];
    // 60 a day from one address: four accounts of 15 reach it, the next is refused.
    for (const asker of askers)
      for (let n = 0; n < 15; n++)
        results.push(
          (
            await askAboutCandidate(
              t.db,
              asker,
              { code: c.code, message: "Spørsmål fra samme adresse.", ip: "203.0.113.7" },
              "http://localhost",
            )
          ).ok,
        );
    expect(results.every(Boolean)).toBe(true);
    const other = await makeMember(t.db, employer.organizationId, { email: "adresse5@x.no", role: "MEMBER" });
    expect(
      await askAboutCandidate(
        t.db,
        other,
        { code: c.code, message: "Spørsmål fra samme adresse.", ip: "203.0.113.7" },
        "http://localhost",
      ),
    ).toMatchObject({ ok: false, reason: "rateLimited" });
  });

  it("retention empties the personal part of idle candidates and keeps anonymous statistics", async () => {
    const c = await createCandidate(t.db, company, input({ skills: "gammelprofil" }));
    await drain();
    await askAboutCandidate(
      t.db,
      employer,
      { code: c.code, message: "Spørsmål om kandidaten.", ip: "192.0.2.2" },
      "http://localhost",
    );
    await t.db.candidate.update({ where: { id: c.id }, data: { lastActivityAt: new Date("2026-01-01T00:00:00Z") } });
    const n = await applyRetention(t.db, { months: 6, now: new Date("2026-11-22T00:00:00Z") });
    expect(n).toBe(1);
    expect((await t.db.candidateInquiry.findFirstOrThrow({ where: { candidateId: c.id } })).message).toBe("");
    const after = await t.db.candidate.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({
      fullName: null,
      email: null,
      phone: null,
      birthYear: null,
      notes: null,
      summary: "",
      skills: [],
      status: "ARCHIVED",
    });
    expect(after.occupationCodes).toEqual(["9112"]);
    expect(after.municipalityNumber).toBe("4601");
    expect((await search("q=gammelprofil")).total).toBe(0);
    // Active candidates are untouched.
    expect(await applyRetention(t.db, { months: 6, now: new Date("2026-11-22T00:00:00Z") })).toBe(0);
  });

  it("erasure removes the candidate and everything hanging on it", async () => {
    const c = await createCandidate(t.db, company, input({ skills: "slettmeg" }));
    await drain();
    expect(await eraseCandidate(t.db, company, c.id)).toEqual({ ok: true, value: null });
    expect(await t.db.candidate.findUnique({ where: { id: c.id } })).toBeNull();
    expect(await t.db.candidateEvent.count({ where: { candidateId: c.id } })).toBe(0);
    expect((await search("q=slettmeg")).total).toBe(0);
    expect(await t.db.auditEvent.count({ where: { entityId: c.id, action: "candidate.erase" } })).toBe(1);
  });
});
