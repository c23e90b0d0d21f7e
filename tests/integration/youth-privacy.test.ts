import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import { logger } from "~/lib/logger.server";
import { drainSearchOutbox } from "#search/outbox.server";
import { indexFor } from "#search/registry.server";
import "~/lib/search-indexes.server";
import { createTestDb, type TestDb } from "../support/test-db";
import type { Actor } from "~/auth/actor";
import { makeOrgAdmin } from "../support/members";

/**
 * Issue 17: the new target groups that reveal health or benefits (AAP, KVP, social assistance,
 * partial uføretrygd, sick leave) reach an employer only with the consent to share sensitive
 * categories, exactly like accommodation needs: not in the search document, the talent search's
 * hits, filters or facets, the anonymised profile, the suggestions, the audit trail or the logs.
 * The age band (under 25) is not sensitive and is shown. PGlite, and PostgreSQL in its pass.
 */
let t: TestDb;
let company: Actor;
let employer: Actor;
let privateId: string;
let privateCode: string;
let sharingId: string;
let openingId: string;

const SENSITIVE_GROUPS = ["KVP", "AAP", "SOCIAL_ASSISTANCE", "PARTIAL_DISABILITY", "SICK_LEAVE"];
const logged: string[] = [];
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
const noSensitive = (seen: unknown) => {
  const text = JSON.stringify(seen);
  for (const g of SENSITIVE_GROUPS) expect(text).not.toContain(g);
};

beforeAll(async () => {
  for (const level of ["trace", "debug", "info", "warn", "error", "fatal"] as const)
    vi.spyOn(logger, level).mockImplementation((...args: unknown[]) => {
      logged.push(JSON.stringify(args));
    });
  t = await createTestDb();
  await indexFor(t.db, CANDIDATES_INDEX)?.applySettings(candidatesIndexSettings);
  await indexFor(t.db, OPENINGS_INDEX)?.applySettings(openingsIndexSettings);
  company = await makeOrgAdmin(t.db, 71, { kind: "INCLUSION_COMPANY", name: "Ung Vei AS", email: "u71@x.no" });
  employer = await makeOrgAdmin(t.db, 72, { kind: "EMPLOYER", name: "Byggmester Berg AS", email: "u72@x.no" });
  const candidate = (name: string, extra: Record<string, unknown>) =>
    candidateSchema.parse({
      fullName: name,
      birthYear: "2007",
      occupationCodes: ["7115"],
      skills: "snekring",
      summary: "Har jobbet med snekring på skolen.",
      municipalityNumber: "4601",
      hoursPerWeek: "37",
      norwegianLevel: "C1",
      listingConsent: "on",
      consentGivenOn: "2026-11-20",
      consentMethod: "SIGNED_PAPER",
      ...extra,
    });
  const priv = await createCandidate(
    t.db,
    company,
    candidate("Ung Privat", { targetGroups: ["UNDER_25", "AAP", "SOCIAL_ASSISTANCE", "CV_GAP"] }),
  );
  privateId = priv.id;
  privateCode = priv.code;
  sharingId = (
    await createCandidate(
      t.db,
      company,
      candidate("Ung Delende", { targetGroups: ["UNDER_25", "KVP"], shareAccommodationsConsent: "on" }),
    )
  ).id;
  const opening = await createOpening(
    t.db,
    employer,
    openingSchema.parse({
      kind: "APPRENTICESHIP",
      title: "Lærling i tømrerfaget",
      description: "Vi tar inn en lærling i tømrerfaget til nybygg og rehabilitering i Bergen.",
      occupationCode: "7115",
      municipalityNumber: "4601",
      hoursPerWeek: "37.5",
      extent: "FULL_TIME",
      programmeArea: "BA",
      tradeCode: "TOMRER",
      trainingMonths: "24",
      approvedTrainingCompany: "on",
    }),
  );
  await publishOpening(t.db, employer, opening.id);
  openingId = opening.id;
  await drain();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await t.close();
});

describe("sensitive target groups stay with the company unless the candidate consented to share them", () => {
  it("the search document holds the age band, never a sensitive group or a follow-up group, without the consent", async () => {
    const doc = await storedDoc(privateId);
    expect(doc?.doc.targetGroups).toEqual(["UNDER_25"]);
    noSensitive(doc);
    expect(JSON.stringify(doc)).not.toContain("CV_GAP");
    expect((await storedDoc(sharingId))?.doc.targetGroups).toEqual(["UNDER_25", "KVP"]);
  });

  it("the anonymised profile an employer opens shows the age band only", async () => {
    const profile = await getAnonymisedProfile(t.db, privateCode);
    expect(profile.ok && profile.value.targetGroups).toEqual(["UNDER_25"]);
    noSensitive(profile);
  });

  it("a filter on a sensitive group from the URL finds only those who consented; facets count only them", async () => {
    expect((await search("targetGroups=AAP")).hits).toEqual([]);
    expect((await search("targetGroups=KVP")).hits.map((h) => h.id)).toEqual([sharingId]);
    const all = await search("");
    expect(all.facets.targetGroups.find((b) => b.value === "UNDER_25")?.count).toBe(2);
    expect(all.facets.targetGroups.map((b) => b.value).sort()).toEqual(["KVP", "UNDER_25"]);
    noSensitive(all.hits.find((h) => h.id === privateId));
  });

  it("the employer's suggestions for its apprenticeship never name a sensitive group of the unconsented", async () => {
    const suggestions = await suggestCandidatesForOpening(t.db, employer, openingId);
    expect(suggestions.ok).toBe(true);
    const mine = suggestions.ok ? suggestions.value.find((s) => s.id === privateId) : undefined;
    expect(mine).toBeDefined();
    noSensitive(mine);
    expect(JSON.stringify(mine)).not.toMatch(/arbeidsavklaring|sosialhjelp|work assessment|social assistance/i);
  });

  it("withdrawing the consent takes the group out of filters and facets at once", async () => {
    expect(await withdrawConsent(t.db, company, sharingId, "SHARE_ACCOMMODATIONS")).toEqual({ ok: true, value: null });
    expect((await search("targetGroups=KVP")).hits).toEqual([]);
    const facets = (await search("")).facets.targetGroups.map((b) => b.value);
    for (const g of SENSITIVE_GROUPS) expect(facets).not.toContain(g);
    await recordConsent(t.db, company, sharingId, {
      kind: "SHARE_ACCOMMODATIONS",
      givenOn: "2026-11-26",
      method: "SIGNED_PAPER",
    });
    await drain();
    expect((await search("targetGroups=KVP")).hits.map((h) => h.id)).toEqual([sharingId]);
  });

  it("the audit trail, the candidates' timelines, notifications and the logs hold no target group", async () => {
    noSensitive(await t.db.auditEvent.findMany());
    noSensitive(await t.db.candidateEvent.findMany());
    noSensitive(await t.db.notification.findMany());
    noSensitive(await t.db.emailMessage.findMany());
    for (const line of logged) for (const g of SENSITIVE_GROUPS) expect(line).not.toContain(g);
  });
});
