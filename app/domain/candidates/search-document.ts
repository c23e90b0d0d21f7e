import { countyOf, municipalities, municipalityName } from "~/domain/municipalities/register";
import { getOccupation } from "~/domain/openings/occupations";
import type { IndexSettings } from "#search/port";
import {
  accommodationsForEmployer,
  measuresForEmployer,
  sharesSensitive,
  targetGroupsForEmployer,
} from "./employer-view";
import { cefrRank, type CandidateLanguage, type TravelMode } from "./profile-options";
import { storedDay } from "~/lib/dates";

export const CANDIDATES_INDEX = "candidates";

/**
 * What a search engine may know of a candidate: the anonymised profile and nothing else. No
 * name, birth year, contact data or notes; accommodation categories, sensitive measures (IPS,
 * VTA-O, varig lønnstilskudd, funksjonsassistanse: measureSensitivity) and sensitive target groups
 * (AAP, KVP, social assistance, uføretrygd, sick leave, VTA/AFT: targetGroupSensitivity) only
 * when the candidate consented to share them; of the target groups, age bands always. Built by toCandidateSearchDoc from an explicit
 * whitelist, so a new personal column cannot leak by being spread in. It is also what employers
 * are shown (talent profile, suggestions, proposals), always built from the current row.
 */
export type CandidateSearchDoc = {
  id: string;
  code: string;
  occupation: string;
  skills: string[];
  summary: string;
  occupationCodes: string[];
  occupationGroups: string[];
  /** The owning inclusion company: the tenant of a company's own search. */
  companyId: string;
  companyName: string;
  municipalityNumber: string;
  municipalityName: string;
  countyCode: string;
  /** Every municipality the candidate can work in: home, listed ones, or the whole county. */
  reachMunicipalities: string[];
  hoursPerWeek: number;
  earliestStart: string | null;
  languages: string[];
  norwegianLevel: string;
  norwegianRank: number;
  licences: string[];
  measures: string[];
  accommodations: string[];
  targetGroups: string[];
  updatedAt: string;
};

export const candidatesIndexSettings: IndexSettings = {
  searchable: ["occupation", "skills", "summary"],
  filterable: [
    "companyId",
    "occupationGroups",
    "occupationCodes",
    "municipalityNumber",
    "reachMunicipalities",
    "countyCode",
    "hoursPerWeek",
    "languages",
    "norwegianLevel",
    "norwegianRank",
    "licences",
    "measures",
    "accommodations",
    "targetGroups",
  ],
  sortable: ["updatedAt", "earliestStart", "hoursPerWeek"],
  facets: [
    "occupationGroups",
    "countyCode",
    "reachMunicipalities",
    "languages",
    "norwegianLevel",
    "licences",
    "measures",
    "accommodations",
    "targetGroups",
  ],
  synonyms: [
    ["renhold", "renholder", "rengjøring", "vaskehjelp", "reinhald", "cleaner", "cleaning"],
    ["kjøkken", "kjøkkenassistent", "kjøkkenhjelp", "kantine", "kitchen"],
    ["sjåfør", "bilfører", "driver"],
    ["lager", "lagermedarbeider", "lagerarbeider", "warehouse"],
    ["barnehage", "barnehageassistent", "kindergarten"],
    ["butikk", "butikkmedarbeider", "butikkansatt", "shop"],
  ],
  typoTolerance: { enabled: true, minWordLength: 5 },
};

export type CandidateForIndex = {
  id: string;
  code: string;
  organizationId: string;
  organization: { name: string };
  occupationCodes: string[];
  skills: string[];
  summary: string;
  municipalityNumber: string;
  travelMode: TravelMode;
  workMunicipalities: string[];
  hoursPerWeek: number;
  earliestStart: Date | null;
  norwegianLevel: string;
  languages: CandidateLanguage[];
  licences: string[];
  measures: string[];
  accommodations: string[];
  targetGroups: string[];
  accommodationConsentAt: Date | null;
  updatedAt: Date;
};

export function reachOf(c: {
  municipalityNumber: string;
  travelMode: TravelMode;
  workMunicipalities: string[];
}): string[] {
  if (c.travelMode === "COUNTY") {
    const county = countyOf(c.municipalityNumber)?.code;
    return municipalities.filter((m) => m.countyCode === county).map((m) => m.code);
  }
  return [...new Set([c.municipalityNumber, ...(c.travelMode === "LISTED" ? c.workMunicipalities : [])])];
}

export function toCandidateSearchDoc(c: CandidateForIndex): CandidateSearchDoc {
  const occupations = c.occupationCodes.map((code) => getOccupation(code));
  return {
    id: c.id,
    code: c.code,
    // Both languages, so an English query finds a Norwegian profile.
    occupation: occupations.map((o, i) => (o ? `${o.nb} ${o.en}` : c.occupationCodes[i])).join(" · "),
    skills: c.skills,
    summary: c.summary,
    occupationCodes: c.occupationCodes,
    occupationGroups: [...new Set(occupations.map((o) => o?.group ?? "OTHER"))],
    companyId: c.organizationId,
    companyName: c.organization.name,
    municipalityNumber: c.municipalityNumber,
    municipalityName: municipalityName(c.municipalityNumber),
    countyCode: countyOf(c.municipalityNumber)?.code ?? "",
    reachMunicipalities: reachOf(c),
    hoursPerWeek: c.hoursPerWeek,
    earliestStart: storedDay(c.earliestStart),
    languages: [...(c.norwegianLevel === "NONE" ? [] : ["no"]), ...c.languages.map((l) => l.code)],
    norwegianLevel: c.norwegianLevel,
    norwegianRank: cefrRank(c.norwegianLevel),
    licences: c.licences.filter((l) => l !== "NONE"),
    measures: measuresForEmployer(c.measures, sharesSensitive(c)),
    accommodations: accommodationsForEmployer(c.accommodations, sharesSensitive(c)),
    targetGroups: targetGroupsForEmployer(c.targetGroups, sharesSensitive(c)),
    updatedAt: c.updatedAt.toISOString(),
  };
}
