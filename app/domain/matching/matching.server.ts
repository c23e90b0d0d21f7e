import { cefrRank } from "~/domain/candidates/profile-options";
import { CANDIDATES_INDEX, reachOf, type CandidateSearchDoc } from "~/domain/candidates/search-document";
import { currentProfiles } from "~/domain/candidates/talent-search.server";
import { countyOf, municipalityName } from "~/domain/municipalities/register";
import { getOccupation } from "~/domain/openings/occupations";
import { OPENINGS_INDEX } from "~/domain/openings/search-document";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { notFound, ok, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import type { Filter } from "#search/port";
import { indexFor } from "#search/registry.server";
import { retrieveAndRankCandidates } from "./candidate-retrieval";
import { rankMatches, scoreMatch, type CandidateForMatch, type Match, type OpeningForMatch } from "./score";
import "~/lib/search-indexes.server";
import { osloToday, storedDay } from "~/lib/dates";
import { YOUTH_KINDS } from "~/domain/openings/opening-kinds";

type OpeningRow = {
  occupationCode: string;
  skills: string[];
  municipalityNumber: string;
  hoursPerWeek: number;
  norwegianLevel: string;
  licenceClass: string;
  accommodations: string[];
  measures: string[];
  kind: string;
  tradeCode: string | null;
  ageMin: number | null;
  ageMax: number | null;
  startDate: Date | null;
};

export function openingForMatch(o: OpeningRow): OpeningForMatch {
  return {
    occupationCode: o.occupationCode,
    skills: o.skills,
    municipalityNumber: o.municipalityNumber,
    hoursPerWeek: o.hoursPerWeek,
    licenceClass: o.licenceClass,
    accommodations: o.accommodations,
    measures: o.measures,
    norwegianRank: cefrRank(o.norwegianLevel),
    kind: o.kind,
    tradeCode: o.tradeCode,
    ageMin: o.ageMin,
    ageMax: o.ageMax,
    startDate: storedDay(o.startDate),
  };
}

/**
 * What the owning company knows of its own candidate for matching: everything, with the age this
 * year from the birth year (the person's age at the end of the year, as youth schemes count it).
 */
function ownCandidateForMatch(c: {
  occupationCodes: string[];
  skills: string[];
  municipalityNumber: string;
  travelMode: "OWN_MUNICIPALITY" | "LISTED" | "COUNTY";
  workMunicipalities: string[];
  hoursPerWeek: number;
  norwegianLevel: string;
  licences: string[];
  accommodations: string[];
  measures: string[];
  birthYear: number | null;
  targetGroups: string[];
  earliestStart: Date | null;
}): CandidateForMatch {
  return {
    occupationCodes: c.occupationCodes,
    skills: c.skills,
    municipalityNumber: c.municipalityNumber,
    reachMunicipalities: reachOf(c),
    hoursPerWeek: c.hoursPerWeek,
    norwegianRank: cefrRank(c.norwegianLevel),
    licences: c.licences,
    accommodations: c.accommodations,
    measures: c.measures,
    age: c.birthYear === null ? null : Number(osloToday().slice(0, 4)) - c.birthYear,
    targetGroups: c.targetGroups,
    earliestStart: storedDay(c.earliestStart),
  };
}

/**
 * The employer's view: the best listed candidates across all inclusion companies for one of its
 * openings, anonymised (the index holds nothing else, and the profiles are rebuilt from the
 * database before scoring). Not found when the opening is another's.
 */
export async function suggestCandidatesForOpening(
  db: Db,
  actor: Actor,
  openingId: string,
  take = 10,
): Promise<Result<(CandidateSearchDoc & { match: Match })[]>> {
  const o = await db.opening.findUnique({ where: { id: openingId } });
  if (!o || !can(actor, "proposal:manage", { organizationId: o.organizationId })) return notFound();
  const index = indexFor<CandidateSearchDoc>(db, CANDIDATES_INDEX);
  if (!index) throw new Error("candidates index is not registered");
  const opening = openingForMatch(o);
  const ranked = await retrieveAndRankCandidates(index, opening, take * 2);
  // The read-time privacy gate, as in the talent search: only still-listed candidates, scored and
  // explained from their profile as it is now, so the reasons and fixes never name accommodation
  // needs or sensitive measures an older indexed document still held.
  const current = await currentProfiles(
    db,
    ranked.map((r) => r.id),
  );
  const profiles = ranked.map((r) => current.get(r.id)).filter((doc): doc is CandidateSearchDoc => doc !== undefined);
  return ok(
    rankMatches(
      profiles,
      (doc) => scoreMatch(opening, doc),
      (doc) => doc.code,
      take,
    ),
  );
}

export type SuggestedOpening = {
  id: string;
  title: string;
  employer: string;
  municipality: string;
  hoursPerWeek: number;
  kind: string;
  match: Match;
  proposalId: string | null;
};

/**
 * The company's view: the best published openings for one of its own candidates, with reasons
 * and what would close each gap. The company sees its candidate in full, so every need counts.
 * Another company's candidate: not found.
 */
export async function suggestOpeningsForCandidate(
  db: Db,
  actor: Actor,
  candidateId: string,
  take = 20,
): Promise<Result<{ candidate: { id: string; code: string; status: string }; openings: SuggestedOpening[] }>> {
  const c = await db.candidate.findUnique({ where: { id: candidateId } });
  if (!c || !can(actor, "proposal:create", { organizationId: c.organizationId })) return notFound();
  const reach = reachOf(c);
  const groups = [
    ...new Set(
      c.occupationCodes.map((code) => getOccupation(code)?.group).filter((g): g is NonNullable<typeof g> => Boolean(g)),
    ),
  ];
  const filters: Filter[] = [];
  if (groups.length) filters.push({ field: "occupationGroup", op: "in", values: groups });
  const county = countyOf(c.municipalityNumber)?.code;
  if (reach.length <= 40) filters.push({ field: "municipalityNumber", op: "in", values: reach });
  else if (county) filters.push({ field: "countyCode", op: "eq", value: county });
  const index = indexFor(db, OPENINGS_INDEX);
  if (!index) throw new Error("openings index is not registered");
  const candidate = ownCandidateForMatch(c);
  const hits = (await index.search({ filters, perPage: 100 })).hits;
  // A young candidate also sees summer jobs, placements and apprenticeships in reach outside
  // the fields they listed: that is how a first job is often found.
  const young =
    candidate.age !== null && candidate.age !== undefined ? candidate.age < 25 : c.targetGroups.includes("UNDER_25");
  if (young) {
    const youthFilters: Filter[] = [
      { field: "kind", op: "in", values: [...YOUTH_KINDS] },
      ...filters.slice(groups.length ? 1 : 0),
    ];
    hits.push(...(await index.search({ filters: youthFilters, perPage: 100 })).hits);
  }
  const openings = await db.opening.findMany({
    where: { id: { in: [...new Set(hits.map((h) => h.id))] }, status: "PUBLISHED" },
    include: { organization: { select: { name: true } } },
  });
  const proposals = new Map(
    (
      await db.proposal.findMany({
        where: { candidateId, openingId: { in: openings.map((o) => o.id) } },
        select: { id: true, openingId: true },
      })
    ).map((p) => [p.openingId, p.id]),
  );
  const ranked = rankMatches(
    openings,
    (o) => scoreMatch(openingForMatch(o), candidate),
    (o) => o.id,
    take,
  ).map((o) => ({
    id: o.id,
    title: o.title,
    employer: o.organization.name,
    municipality: municipalityName(o.municipalityNumber),
    hoursPerWeek: o.hoursPerWeek,
    kind: o.kind,
    match: o.match,
    proposalId: proposals.get(o.id) ?? null,
  }));
  return ok({ candidate: { id: c.id, code: c.code, status: c.status }, openings: ranked });
}

export type OwnCandidateMatch = {
  id: string;
  code: string;
  fullName: string | null;
  match: Match;
  proposalId: string | null;
};

/**
 * The owning company's view of an opening: its own active candidates, listed or not, in full.
 * Read from the database rather than the index (which holds listed candidates only); names are
 * shown, so the list view is audited like the candidate list. Not found unless the opening is
 * published and the actor proposes candidates.
 */
export async function suggestOwnCandidatesForOpening(
  db: Db,
  actor: Actor,
  openingId: string,
  take = 10,
): Promise<Result<OwnCandidateMatch[]>> {
  if (!can(actor, "proposal:create")) return notFound();
  const o = await db.opening.findFirst({ where: { id: openingId, status: "PUBLISHED" } });
  if (!o) return notFound();
  const own = await db.candidate.findMany({
    where: { organizationId: actor.organizationId, status: "ACTIVE", personalDataDeletedAt: null },
    take: 2000,
  });
  const opening = openingForMatch(o);
  const ranked = rankMatches(
    own,
    (c) => scoreMatch(opening, ownCandidateForMatch(c)),
    (c) => c.code,
    take,
  );
  if (!ranked.length) return ok([]);
  const proposals = new Map(
    (
      await db.proposal.findMany({
        where: { openingId, candidateId: { in: ranked.map((c) => c.id) } },
        select: { id: true, candidateId: true },
      })
    ).map((p) => [p.candidateId, p.id]),
  );
  await auditBy(db, actor, {
    action: "candidate.personal.list",
    entityType: "CandidateList",
    entityId: actor.organizationId,
    metadata: { candidateIds: ranked.map((c) => c.id), openingId },
  });
  return ok(
    ranked.map((c) => ({
      id: c.id,
      code: c.code,
      fullName: c.fullName,
      match: c.match,
      proposalId: proposals.get(c.id) ?? null,
    })),
  );
}
