import { countyOf, municipalityName } from "~/domain/municipalities/register";
import type { IndexSettings } from "#search/port";
import { getOccupation } from "./occupations";
import type { OpeningKindValue } from "./opening-kinds";
import { getTrade } from "./trades";
import { storedDay } from "~/lib/dates";

export const OPENINGS_INDEX = "openings";

/** What the public search knows of an opening: public facts only, no people. */
export type OpeningSearchDoc = {
  id: string;
  kind: OpeningKindValue;
  title: string;
  occupation: string;
  skills: string[];
  description: string;
  occupationCode: string;
  occupationGroup: string;
  employerName: string;
  municipalityNumber: string;
  municipalityName: string;
  countyCode: string;
  extent: "FULL_TIME" | "PART_TIME";
  hoursPerWeek: number;
  measures: string[];
  accommodations: string[];
  reservedForInclusion: boolean;
  publishedAt: string;
  applicationDeadline: string | null;
  /** Apprenticeships and training candidates: the trade (code, and its name in both languages) */
  tradeCode: string | null;
  trade: string;
  programmeArea: string | null;
  trainingMonths: number | null;
  approvedTrainingCompany: boolean;
  /** Summer jobs and placements: first and last day (yyyy-mm-dd), and a summer job's age range */
  startDate: string | null;
  endDate: string | null;
  ageMin: number | null;
  ageMax: number | null;
};

export const openingsIndexSettings: IndexSettings = {
  searchable: ["title", "occupation", "trade", "skills", "description"],
  filterable: [
    "kind",
    "programmeArea",
    "tradeCode",
    "ageMin",
    "ageMax",
    "countyCode",
    "municipalityNumber",
    "occupationGroup",
    "occupationCode",
    "extent",
    "measures",
    "accommodations",
    "hoursPerWeek",
    "reservedForInclusion",
  ],
  sortable: ["publishedAt", "applicationDeadline"],
  synonyms: [
    ["renhold", "renholder", "rengjøring", "vaskehjelp", "reinhald"],
    ["kjøkken", "kjøkkenassistent", "kjøkkenhjelp", "kantine"],
    ["sjåfør", "sjåfør", "bilfører"],
    ["lager", "lagermedarbeider", "lagerarbeider"],
    ["barnehage", "barnehageassistent"],
    ["lærling", "læreplass", "lærlingplass", "apprentice", "apprenticeship"],
    ["sommerjobb", "sommarjobb", "ferievikar", "summer"],
    ["praksisplass", "praksis", "placement"],
  ],
  typoTolerance: { enabled: true, minWordLength: 5 },
};

export type OpeningForIndex = {
  id: string;
  kind: OpeningKindValue;
  title: string;
  description: string;
  occupationCode: string;
  municipalityNumber: string;
  extent: "FULL_TIME" | "PART_TIME";
  hoursPerWeek: number;
  skills: string[];
  measures: string[];
  accommodations: string[];
  reservedForInclusion: boolean;
  publishedAt: Date | null;
  applicationDeadline: Date | null;
  tradeCode: string | null;
  programmeArea: string | null;
  trainingMonths: number | null;
  approvedTrainingCompany: boolean;
  startDate: Date | null;
  endDate: Date | null;
  ageMin: number | null;
  ageMax: number | null;
  organization: { name: string };
};

export function toOpeningSearchDoc(o: OpeningForIndex): OpeningSearchDoc {
  const occupation = getOccupation(o.occupationCode);
  const trade = getTrade(o.tradeCode);
  return {
    id: o.id,
    kind: o.kind,
    title: o.title,
    // Both languages, so an English query finds a Norwegian posting.
    occupation: occupation ? `${occupation.nb} ${occupation.en}` : o.occupationCode,
    skills: o.skills,
    description: o.description,
    occupationCode: o.occupationCode,
    occupationGroup: occupation?.group ?? "OTHER",
    employerName: o.organization.name,
    municipalityNumber: o.municipalityNumber,
    municipalityName: municipalityName(o.municipalityNumber),
    countyCode: countyOf(o.municipalityNumber)?.code ?? "",
    extent: o.extent,
    hoursPerWeek: o.hoursPerWeek,
    measures: o.measures,
    accommodations: o.accommodations,
    reservedForInclusion: o.reservedForInclusion,
    publishedAt: (o.publishedAt ?? new Date(0)).toISOString(),
    applicationDeadline: storedDay(o.applicationDeadline),
    tradeCode: o.tradeCode,
    trade: trade ? `${trade.nb} ${trade.en}` : "",
    programmeArea: o.programmeArea,
    trainingMonths: o.trainingMonths,
    approvedTrainingCompany: o.approvedTrainingCompany,
    startDate: storedDay(o.startDate),
    endDate: storedDay(o.endDate),
    ageMin: o.ageMin,
    ageMax: o.ageMax,
  };
}
