import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate, recordConsent, withdrawConsent } from "~/domain/candidates/candidates.server";
import {
  CANDIDATES_INDEX,
  candidatesIndexSettings,
  type CandidateSearchDoc,
} from "~/domain/candidates/search-document";
import { parseTalentSearch } from "~/domain/candidates/talent-search-params";
import { getAnonymisedProfile, searchTalent } from "~/domain/candidates/talent-search.server";
import { suggestCandidatesForOpening } from "~/domain/matching/matching.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { OPENINGS_INDEX, openingsIndexSettings } from "~/domain/openings/search-document";
import { packageCost, sharingProblems } from "~/domain/proposals/package";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal, getProposal, listProposalsForOpening } from "~/domain/proposals/proposals.server";
import { drainSearchOutbox } from "#search/outbox.server";
import { indexFor } from "#search/registry.server";
import "~/lib/search-indexes.server";
import { createTestDb, type TestDb } from "../support/test-db";
import type { Actor } from "~/auth/actor";
import { makeOrgAdmin } from "../support/members";

/**
 * Issue 11, item 5: accommodation needs and sensitive measures (IPS, VTA-O, varig lønnstilskudd,
 * funksjonsassistanse) reach an employer only with the candidate's consent to share them, on
 * every path: proposals, the talent search (hits, filters, facets), the search document,
 * matching explanations. Runs on PGlite, and on PostgreSQL in the PostgreSQL pass.
 */
let t: TestDb;
let company: Actor;
let employer: Actor;
/** Listed, IPS and arbeidstrening, needs PHYSICAL, no consent to share */
let privateId: string;
let privateCode: string;
/** Listed, IPS and varig lønnstilskudd, needs WORKING_HOURS, consent to share */
let sharingId: string;
let openingId: string;

const SENSITIVE = ["IPS_JOBBSTOTTE", "VTA_O", "VARIG_LONNSTILSKUDD", "FUNKSJONSASSISTANSE"];
const ORIGIN = "http://localhost";
const drain = () => drainSearchOutbox(t.db, (name) => indexFor(t.db, name));
const search = async (query: string) => {
  const found = await searchTalent(t.db, parseTalentSearch(new URL(`http://x/talentsok?${query}`)));
  if (!found.ok) throw new Error(found.reason);
  return found.value;
};
const storedDoc = async (id: string) =>
  (
    await t.db.$queryRawUnsafe<{ doc: CandidateSearchDoc; tokens: string[] }[]>(
      `SELECT doc, tokens FROM search.documents WHERE index_name = 'candidates' AND document_id = $1`,
      id,
    )
  )[0];
const proposalInput = (overrides: Record<string, unknown> = {}) =>
  proposalSchema.parse({
    wageSubsidy: "NONE",
    followUpFrequency: "WEEKLY",
    contactPerson: "Jobbspesialist Jensen",
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
    makeOrgAdmin(t.db, seed, { kind, name, email: `s${seed}@x.no` });
  company = await makeOrg(41, "INCLUSION_COMPANY", "Bergen Arbeid AS");
  employer = await makeOrg(42, "EMPLOYER", "Fjordkafé AS");
  const candidate = (name: string, extra: Record<string, unknown>) =>
    candidateSchema.parse({
      fullName: name,
      occupationCodes: ["9412"],
      skills: "oppvask",
      summary: "Kantine i to år.",
      municipalityNumber: "4601",
      hoursPerWeek: "20",
      norwegianLevel: "B1",
      listingConsent: "on",
      consentGivenOn: "2026-11-20",
      consentMethod: "SIGNED_PAPER",
      ...extra,
    });
  const priv = await createCandidate(
    t.db,
    company,
    candidate("Privat Person", { measures: ["IPS_JOBBSTOTTE", "ARBEIDSTRENING"], accommodations: ["PHYSICAL"] }),
  );
  privateId = priv.id;
  privateCode = priv.code;
  sharingId = (
    await createCandidate(
      t.db,
      company,
      candidate("Delende Person", {
        measures: ["IPS_JOBBSTOTTE", "VARIG_LONNSTILSKUDD"],
        accommodations: ["WORKING_HOURS"],
        shareAccommodationsConsent: "on",
      }),
    )
  ).id;
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
      accommodations: ["WORKING_HOURS"],
    }),
  );
  await publishOpening(t.db, employer, opening.id);
  openingId = opening.id;
  await drain();
});
afterAll(() => t.close());

describe("proposals carry accommodation needs and sensitive measures only with the consent to share them", () => {
  it("refuses accommodations without the consent, on the accommodations field, and stores nothing", async () => {
    const outcome = await createProposal(
      t.db,
      company,
      privateId,
      openingId,
      proposalInput({ accommodations: ["PHYSICAL"] }),
      ORIGIN,
    );
    expect(outcome).toEqual({ ok: false, reason: "needsSharingConsent", field: "accommodations" });
    expect(sharingProblems(proposalInput({ accommodations: ["PHYSICAL"] }), false)).toEqual({
      fieldErrors: { accommodations: ["proposals.accommodationsNeedConsent"] },
      formErrors: [],
    });
    expect(await t.db.proposal.count({ where: { candidateId: privateId } })).toBe(0);
    expect(await t.db.notification.count({ where: { userId: employer.userId } })).toBe(0);
  });

  it("refuses a sensitive measure without the consent, on the field that holds it", async () => {
    const ips = await createProposal(
      t.db,
      company,
      privateId,
      openingId,
      proposalInput({ otherMeasures: ["IPS_JOBBSTOTTE"] }),
      ORIGIN,
    );
    expect(ips).toEqual({ ok: false, reason: "needsSharingConsent", field: "otherMeasures" });
    const varig = await createProposal(
      t.db,
      company,
      privateId,
      openingId,
      proposalInput({ wageSubsidy: "VARIG_LONNSTILSKUDD", subsidyPercent: "75" }),
      ORIGIN,
    );
    expect(varig).toEqual({ ok: false, reason: "needsSharingConsent", field: "wageSubsidy" });
    for (const code of ["VTA_O", "FUNKSJONSASSISTANSE"]) {
      const outcome = await createProposal(
        t.db,
        company,
        privateId,
        openingId,
        proposalInput({ otherMeasures: [code], functionalAssistance: "on" }),
        ORIGIN,
      );
      expect(outcome.ok === false && outcome.reason).toBe("needsSharingConsent");
    }
    // The form is told every field at once.
    expect(
      sharingProblems(
        proposalInput({
          wageSubsidy: "VARIG_LONNSTILSKUDD",
          subsidyPercent: "75",
          otherMeasures: ["IPS_JOBBSTOTTE"],
          accommodations: ["PHYSICAL"],
        }),
        false,
      )?.fieldErrors,
    ).toEqual({
      wageSubsidy: ["proposals.sensitiveMeasureNeedsConsent"],
      otherMeasures: ["proposals.sensitiveMeasureNeedsConsent"],
      accommodations: ["proposals.accommodationsNeedConsent"],
    });
    expect(await t.db.proposal.count({ where: { candidateId: privateId } })).toBe(0);
  });

  it("accepts a package without them for the same candidate", async () => {
    const outcome = await createProposal(
      t.db,
      company,
      privateId,
      openingId,
      proposalInput({ otherMeasures: ["ARBEIDSTRENING"] }),
      ORIGIN,
    );
    expect(outcome.ok).toBe(true);
  });

  it("accepts them with the consent; withdrawn later, the employer's views (proposal, pipeline, estimate) no longer show them", async () => {
    const created = await createProposal(
      t.db,
      company,
      sharingId,
      openingId,
      proposalInput({
        wageSubsidy: "VARIG_LONNSTILSKUDD",
        subsidyPercent: "75",
        permanentlyReducedWorkCapacity: "on",
        otherMeasures: ["IPS_JOBBSTOTTE"],
        accommodations: ["WORKING_HOURS"],
      }),
      ORIGIN,
    );
    if (!created.ok) throw new Error(`not created: ${created.reason}`);
    const proposalId = created.value.id;
    const viewOf = async (actor: Actor) => {
      const found = await getProposal(t.db, actor, proposalId);
      return found.ok ? found.value : null;
    };
    const before = await viewOf(employer);
    expect(before?.measures.map((m) => m.code)).toEqual(["VARIG_LONNSTILSKUDD", "IPS_JOBBSTOTTE"]);
    expect(before?.accommodations).toEqual(["WORKING_HOURS"]);
    expect(before?.candidate.measures).toEqual(["IPS_JOBBSTOTTE", "VARIG_LONNSTILSKUDD"]);
    const subsidised = before ? packageCost(before, new Date("2026-11-22")) : null;
    expect(subsidised?.periods[0]?.monthlySubsidyOre).toBeGreaterThan(0);

    expect(await withdrawConsent(t.db, company, sharingId, "SHARE_ACCOMMODATIONS")).toEqual({ ok: true, value: null });
    const after = await viewOf(employer);
    expect(after?.measures).toEqual([]);
    expect(after?.accommodations).toEqual([]);
    expect(after?.candidate.accommodations).toEqual([]);
    const seen = JSON.stringify(after);
    for (const s of [...SENSITIVE, "WORKING_HOURS"]) expect(seen).not.toContain(s);
    // The estimate is computed from what the employer sees: no permanent wage subsidy in it.
    expect(
      after ? packageCost(after, new Date("2026-11-22"))?.periods.every((p) => p.monthlySubsidyOre === 0) : false,
    ).toBe(true);
    const pipeline = JSON.stringify(await listProposalsForOpening(t.db, employer, openingId));
    for (const s of [...SENSITIVE, "WORKING_HOURS"]) expect(pipeline).not.toContain(s);
    // The owning company still sees its proposal as made.
    const own = await viewOf(company);
    expect(own?.measures.map((m) => m.code)).toEqual(["VARIG_LONNSTILSKUDD", "IPS_JOBBSTOTTE"]);
    expect(own?.accommodations).toEqual(["WORKING_HOURS"]);

    await recordConsent(t.db, company, sharingId, {
      kind: "SHARE_ACCOMMODATIONS",
      givenOn: "2026-11-25",
      method: "SIGNED_PAPER",
    });
    await drain();
  });
});

describe("the talent search and the search document hold no sensitive category of a candidate who did not consent", () => {
  it("stores no sensitive measure in the document of an unconsented candidate", async () => {
    const doc = await storedDoc(privateId);
    expect(doc?.doc.measures).toEqual(["ARBEIDSTRENING"]);
    expect(doc?.doc.accommodations).toEqual([]);
    for (const s of [...SENSITIVE, "PHYSICAL"]) expect(JSON.stringify(doc)).not.toContain(s);
    expect((await storedDoc(sharingId))?.doc.measures).toEqual(["IPS_JOBBSTOTTE", "VARIG_LONNSTILSKUDD"]);
    expect(await getAnonymisedProfile(t.db, privateCode)).toMatchObject({
      ok: true,
      value: { measures: ["ARBEIDSTRENING"] },
    });
  });

  it("a filter on a sensitive measure from the URL finds only those who consented", async () => {
    const result = await search("measures=IPS_JOBBSTOTTE");
    expect(result.hits.map((h) => h.id)).toEqual([sharingId]);
    expect(result.total).toBe(1);
  });

  it("facets count sensitive measures of consenting candidates only", async () => {
    const all = await search("");
    expect(all.hits.map((h) => h.id).sort()).toEqual([privateId, sharingId].sort());
    expect(all.facets.measures.find((b) => b.value === "IPS_JOBBSTOTTE")?.count).toBe(1);
    expect(all.facets.accommodations.find((b) => b.value === "PHYSICAL")).toBeUndefined();
    // Narrowed to the unconsented candidate alone: no sensitive value among the facets at all.
    const narrowed = await search("measures=ARBEIDSTRENING");
    expect(narrowed.hits.map((h) => h.id)).toEqual([privateId]);
    for (const s of SENSITIVE) expect(narrowed.facets.measures.map((b) => b.value)).not.toContain(s);
  });

  it("withdrawing the consent takes the sensitive measures out of filters and facets at once, before the outbox runs", async () => {
    expect(await withdrawConsent(t.db, company, sharingId, "SHARE_ACCOMMODATIONS")).toEqual({ ok: true, value: null });
    expect((await search("measures=IPS_JOBBSTOTTE")).hits).toEqual([]);
    const facets = (await search("")).facets;
    for (const s of SENSITIVE) expect(facets.measures.map((b) => b.value)).not.toContain(s);
    await recordConsent(t.db, company, sharingId, {
      kind: "SHARE_ACCOMMODATIONS",
      givenOn: "2026-11-26",
      method: "SIGNED_PAPER",
    });
    await drain();
  });
});

describe("a document indexed before the rule (or not yet rewritten) cannot reveal anything", () => {
  /** The private candidate's document as it was indexed before sensitive measures were kept out. */
  async function indexStaleDocument() {
    const current = (await storedDoc(privateId))?.doc;
    if (!current) throw new Error("not indexed");
    await indexFor(t.db, CANDIDATES_INDEX)?.upsert([
      { ...current, measures: ["IPS_JOBBSTOTTE", "ARBEIDSTRENING"], accommodations: ["PHYSICAL"] },
    ]);
  }

  it("the talent search re-checks a hit's filters against the profile as it is now", async () => {
    await indexStaleDocument();
    const result = await search("measures=IPS_JOBBSTOTTE");
    expect(result.hits.map((h) => h.id)).toEqual([sharingId]);
    const phys = await search("accommodations=PHYSICAL");
    expect(phys.hits).toEqual([]);
    const all = await search("");
    const hit = all.hits.find((h) => h.id === privateId);
    expect(hit?.doc.measures).toEqual(["ARBEIDSTRENING"]);
    expect(hit?.doc.accommodations).toEqual([]);
  });

  it("the employer's suggestions are scored and explained from the profile as it is now", async () => {
    await indexStaleDocument();
    const suggestions = await suggestCandidatesForOpening(t.db, employer, openingId);
    const mine = suggestions.ok ? suggestions.value.find((s) => s.id === privateId) : undefined;
    expect(mine).toBeDefined();
    const seen = JSON.stringify(mine);
    expect(seen).not.toMatch(/ips \//i);
    expect(seen).not.toMatch(/of \d+ accommodation needs|fysisk/i);
    for (const s of [...SENSITIVE, "PHYSICAL"]) expect(seen).not.toContain(s);
  });

  it("the migration takes sensitive measures out of stored documents and waiting index writes of unconsented candidates", async () => {
    await indexStaleDocument();
    const stale = (await storedDoc(privateId))?.doc;
    await t.db.searchOutbox.create({
      data: {
        indexName: CANDIDATES_INDEX,
        documentId: privateId,
        op: "UPSERT",
        payload: { ...stale, measures: ["VTA_O", "ARBEIDSTRENING"] },
      },
    });
    const sql = readFileSync(
      path.resolve(
        import.meta.dirname,
        "../../prisma/migrations/20261202100000_consent_sensitive_measures/migration.sql",
      ),
      "utf8",
    );
    const statements = sql
      .split(/;\s*$/m)
      .filter((part) => part.split("\n").some((line) => line.trim() && !line.trim().startsWith("--")));
    expect(statements).toHaveLength(2);
    for (const statement of statements) await t.db.$executeRawUnsafe(statement);

    const cleaned = await storedDoc(privateId);
    expect(cleaned?.doc.measures).toEqual(["ARBEIDSTRENING"]);
    expect(cleaned?.tokens).toContain('measures="ARBEIDSTRENING"');
    expect(cleaned?.tokens).not.toContain('measures="IPS_JOBBSTOTTE"');
    const waiting = await t.db.searchOutbox.findFirst({
      where: { documentId: privateId, processedAt: null },
      orderBy: { id: "desc" },
    });
    expect((waiting?.payload as { measures: string[] } | null)?.measures).toEqual(["ARBEIDSTRENING"]);
    // The consenting candidate's document keeps what she agreed to share.
    expect((await storedDoc(sharingId))?.doc.measures).toEqual(["IPS_JOBBSTOTTE", "VARIG_LONNSTILSKUDD"]);
    // Facets read the stored documents: the stale count is gone.
    expect((await search("")).facets.measures.find((b) => b.value === "IPS_JOBBSTOTTE")?.count).toBe(1);
    await drain();
  });
});
