import { accommodationCategories, cefrLevels, licenceClasses, type CefrLevel } from "~/domain/openings/accommodations";
import {
  candidatesIndexSettings,
  toCandidateSearchDoc,
  type CandidateForIndex,
  type CandidateSearchDoc,
} from "~/domain/candidates/search-document";
import {
  languageCodes,
  type CandidateLanguage,
  type LanguageCode,
  type TravelMode,
} from "~/domain/candidates/profile-options";
import { measureCodes } from "~/domain/measures/measure-codes";
import { municipalities, type Municipality } from "~/domain/municipalities/register";
import { occupations, type Occupation, type OccupationGroup } from "~/domain/openings/occupations";
import type { Filter, SearchQuery } from "#search/port";
import { seededRandom } from "./lib/random";

/**
 * Synthetic candidate search documents for benchmarks, with a fixed seed so every run indexes
 * the same 100 000 profiles. Built through toCandidateSearchDoc from CandidateForIndex records,
 * so the documents have exactly the shape (and the reach expansion) the product indexes.
 * Distributions are rough guesses of an inclusion company's caseload: most candidates look
 * for cleaning, kitchen, warehouse, shop or care work, and most live in the larger towns.
 */
type Rnd = ReturnType<typeof seededRandom>;

/** Picks by weight; weights need not sum to anything. */
export function weighted<T>(items: readonly (readonly [T, number])[]): (rnd: Rnd) => T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const [, w] of items) cumulative.push((acc += w / total));
  return (rnd) => {
    const x = rnd.next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]![0];
  };
}

const groupWeights: Record<OccupationGroup, number> = {
  CLEANING: 22,
  FOOD: 18,
  LOGISTICS: 18,
  RETAIL: 15,
  CARE: 12,
  PROPERTY: 5,
  PRODUCTION: 5,
  OUTDOOR: 3,
  SERVICE: 2,
};

/** Within a group the first-listed (commonest) occupations weigh more: 1, 1/2, 1/3 … */
const pickOccupation = weighted(
  occupations.map((o) => {
    const rank = occupations.filter((x) => x.group === o.group).indexOf(o);
    return [o, groupWeights[o.group] / (rank + 1)] as const;
  }),
);

/** Rough population in thousands for the larger municipalities; the others count as 5. */
const population: Record<string, number> = {
  Oslo: 717,
  Bergen: 291,
  Trondheim: 214,
  Stavanger: 148,
  Bærum: 130,
  Kristiansand: 116,
  Drammen: 103,
  Asker: 98,
  Lillestrøm: 93,
  Fredrikstad: 85,
  Sandnes: 83,
  Tromsø: 78,
  Ålesund: 58,
  Sarpsborg: 58,
  Tønsberg: 58,
  Skien: 56,
  Bodø: 53,
  Sandefjord: 65,
  Larvik: 48,
  Arendal: 46,
  Karmøy: 43,
  Ullensaker: 42,
  Porsgrunn: 37,
  Haugesund: 38,
  Moss: 51,
  "Nordre Follo": 62,
  Lørenskog: 48,
  Halden: 32,
  Molde: 32,
  Hamar: 32,
  Lillehammer: 29,
  Gjøvik: 31,
  Ringsaker: 35,
  Kongsberg: 28,
  Ringerike: 31,
  Steinkjer: 24,
  Harstad: 25,
  Narvik: 22,
  Alta: 21,
  Kristiansund: 24,
};
export const pickMunicipality: (rnd: Rnd) => Municipality = weighted(
  municipalities.map((m) => [m, population[m.name] ?? 5] as const),
);

const skillsByGroup: Record<OccupationGroup, string[]> = {
  CLEANING: [
    "renhold",
    "gulvvask",
    "vinduspuss",
    "rengjøringsmidler",
    "hygiene",
    "vaskeri",
    "storkjøkkenvask",
    "avfallssortering",
  ],
  FOOD: [
    "matlaging",
    "oppvask",
    "servering",
    "næringsmiddelhygiene",
    "kassesystem",
    "bakst",
    "kantinedrift",
    "allergener",
  ],
  LOGISTICS: [
    "truckførerbevis",
    "plukk",
    "pakking",
    "varemottak",
    "lager",
    "varetelling",
    "ruteplanlegging",
    "kjøring",
  ],
  RETAIL: ["kundeservice", "kasse", "varepåfylling", "salg", "butikkdrift", "vareeksponering", "reklamasjoner"],
  CARE: ["omsorg", "barn", "eldreomsorg", "førstehjelp", "aktivisering", "personlig hygiene", "lek"],
  PROPERTY: ["vedlikehold", "maling", "snekring", "verktøy", "snømåking", "anleggsarbeid", "vakthold"],
  OUTDOOR: ["hagearbeid", "dyrestell", "traktor", "skogbruk", "plenklipping", "innhøsting"],
  PRODUCTION: ["montering", "sveising", "maskinoperatør", "kvalitetskontroll", "søm", "pakkelinje"],
  SERVICE: ["kontorarbeid", "excel", "resepsjon", "telefon", "dataregistrering", "arkiv", "kundebehandling"],
};
const generalSkills = [
  "punktlig",
  "samarbeid",
  "selvstendig",
  "fysisk arbeid",
  "skiftarbeid",
  "engelsk",
  "datakunnskap",
  "nøyaktig",
  "serviceinnstilt",
];

const experience = [
  "Har jobbet som",
  "Har praksis som",
  "Har erfaring som",
  "Var i arbeidstrening som",
  "Har hatt sommerjobb som",
  "Har vikariert som",
  "Jobbet deltid som",
];
const placesByGroup: Record<OccupationGroup, string[]> = {
  CLEANING: [
    "i et renholdsbyrå",
    "på et hotell",
    "på et sykehjem",
    "i et vaskeri",
    "på en skole",
    "i et kjøpesenter",
    "på kontorer",
  ],
  FOOD: [
    "i en kantine",
    "i en restaurant",
    "på et hotell",
    "i et bakeri",
    "på en kafé",
    "i et storkjøkken",
    "på et sykehjem",
  ],
  LOGISTICS: [
    "på et lager",
    "i et transportfirma",
    "på en terminal",
    "i et budfirma",
    "i en grossist",
    "på en byggevarehandel",
  ],
  RETAIL: [
    "i en dagligvarebutikk",
    "i en klesbutikk",
    "på en bensinstasjon",
    "i en byggevarehandel",
    "i et kjøpesenter",
    "i en kiosk",
  ],
  CARE: ["i en barnehage", "på et sykehjem", "i hjemmetjenesten", "på en skole", "i en bolig", "på en SFO"],
  PROPERTY: [
    "i et byggefirma",
    "hos en kommune",
    "i et borettslag",
    "på en skole",
    "i et vaktselskap",
    "på et gjenvinningsanlegg",
  ],
  OUTDOOR: ["på en gård", "i et gartneri", "hos en kommune", "på en kirkegård", "i et skogsfirma", "i et hagesenter"],
  PRODUCTION: [
    "på en fabrikk",
    "i et verksted",
    "på et bilverksted",
    "i en produksjonsbedrift",
    "i et systue",
    "på et sagbruk",
  ],
  SERVICE: [
    "på et kontor",
    "i en resepsjon",
    "på et hotell",
    "i et kundesenter",
    "hos en kommune",
    "i et regnskapsbyrå",
  ],
};
const tasksByGroup: Record<OccupationGroup, string[]> = {
  CLEANING: [
    "daglig renhold av fellesarealer",
    "vask av gulv og toaletter",
    "bruk av vaskemaskiner",
    "sortering av avfall",
    "rengjøring etter arbeidsplan",
  ],
  FOOD: [
    "forberedelse av lunsj",
    "oppvask og rydding",
    "servering til gjester",
    "baking av brød",
    "varemottak på kjøkkenet",
  ],
  LOGISTICS: [
    "plukk og pakking av ordrer",
    "kjøring med truck",
    "varemottak og telling",
    "lasting av biler",
    "utkjøring av pakker",
  ],
  RETAIL: [
    "betjening av kasse",
    "påfylling av varer",
    "veiledning av kunder",
    "opptelling av varelager",
    "mottak av varer",
  ],
  CARE: [
    "lek og aktiviteter med barn",
    "stell og måltider",
    "følge til aktiviteter",
    "praktisk hjelp i hjemmet",
    "samtaler med beboere",
  ],
  PROPERTY: [
    "enkelt vedlikehold",
    "maling av vegger",
    "snømåking og strøing",
    "vakthold om natten",
    "sortering på gjenvinningsstasjon",
  ],
  OUTDOOR: ["stell av dyr", "planting og luking", "klipping av plen", "hogst og rydding", "innhøsting av grønnsaker"],
  PRODUCTION: [
    "montering av deler",
    "kvalitetskontroll på linje",
    "enkel sveising",
    "søm og reparasjon av klær",
    "pakking av ferdige varer",
  ],
  SERVICE: [
    "registrering av data",
    "svar på telefon",
    "mottak av besøkende",
    "arkivering av dokumenter",
    "booking av møterom",
  ],
};
const courses = [
  "Har truckførerbevis",
  "Har hygienekurs",
  "Har førstehjelpskurs",
  "Har fagbrev",
  "Har tatt norskkurs på B1-nivå",
  "Har varmearbeidersertifikat",
  "Har kurs i renholdsteknikk",
  "Har HMS-kurs",
];
const years = ["i ett år", "i to år", "i tre år", "i flere år", "i noen måneder", "i et halvt år"];
const wishes = [
  "Ønsker deltid",
  "Ønsker fast stilling",
  "Ønsker arbeidstrening først",
  "Ønsker heltid",
  "Ønsker å jobbe dagtid",
  "Kan jobbe kveld og helg",
  "Ønsker å komme i gang raskt",
  "Kan jobbe skift",
];
const traits = [
  "Liker praktisk arbeid.",
  "Trives med faste rutiner.",
  "Liker å jobbe med mennesker.",
  "Er stabil og punktlig.",
  "Lærer raskt.",
  "Trives best i et lite team.",
  "Er vant til fysisk arbeid.",
  "Går på norskkurs.",
  "Er nøyaktig og rolig.",
  "Tar gjerne ansvar.",
];

const pickLanguage = weighted<LanguageCode>(
  languageCodes.map((c, i) => [c, c === "en" ? 30 : 12 / (i + 1) + 1] as const),
);
const pickNorwegian = weighted<CefrLevel>([
  ["NONE", 4],
  ["A1", 8],
  ["A2", 14],
  ["B1", 22],
  ["B2", 20],
  ["C1", 16],
  ["C2", 16],
]);
const pickLicence = weighted<string>(
  licenceClasses.map((l) => [l, l === "B" ? 40 : l === "NONE" ? 30 : l === "BE" ? 8 : 2] as const),
);
const pickTravel = weighted<TravelMode>([
  ["OWN_MUNICIPALITY", 50],
  ["LISTED", 35],
  ["COUNTY", 15],
]);
/** 10 to 37.5 in steps of 2.5, most asking for half or full time. */
const pickHours = weighted<number>(
  Array.from({ length: 12 }, (_, i) => 10 + i * 2.5).map(
    (h) => [h, h === 20 || h === 37.5 ? 6 : h === 30 || h === 15 ? 3 : 1] as const,
  ),
);

/** Inclusion companies of very different sizes: the first few hold most candidates. */
export const benchCompanies = Array.from({ length: 60 }, (_, i) => ({
  id: `bench-company-${String(i + 1).padStart(3, "0")}`,
  name: `Inkluderingsbedrift ${i + 1} AS`,
}));
const pickCompany = weighted(benchCompanies.map((c, i) => [c, 1 / (i + 1)] as const));

/** A summary from phrase pieces; about one in twenty has a typo in it, as typed text does. */
function summary(rnd: Rnd, occupation: Occupation, skill: string, home: Municipality): string {
  const where = rnd.next() < 0.5 ? ` i ${rnd.next() < 0.7 ? home.name : pickMunicipality(rnd).name}` : "";
  const parts = [
    `${rnd.pick(experience)} ${occupation.nb.toLowerCase()} ${rnd.pick(placesByGroup[occupation.group])}${where} ${rnd.pick(years)}.`,
  ];
  if (rnd.next() < 0.6) parts.push(`Oppgavene var ${rnd.pick(tasksByGroup[occupation.group])}.`);
  if (rnd.next() < 0.5) parts.push(`Kan ${skill} og ${rnd.pick(generalSkills)}.`);
  if (rnd.next() < 0.3) parts.push(`${rnd.pick(courses)}.`);
  parts.push(`${rnd.pick(wishes)}.`);
  if (rnd.next() < 0.7) parts.push(rnd.pick(traits));
  const text = parts.join(" ");
  if (rnd.next() >= 0.05) return text;
  const tokens = text.split(" ");
  const at = Math.floor(rnd.next() * tokens.length);
  tokens[at] = withTypo(tokens[at]!, rnd);
  return tokens.join(" ");
}

function candidate(rnd: Rnd, n: number): CandidateForIndex {
  const first = pickOccupation(rnd);
  const occupationCodes = [first.code];
  for (let extra = rnd.next() < 0.4 ? (rnd.next() < 0.25 ? 2 : 1) : 0; extra > 0; extra--) {
    // A second wish is usually close to the first: same group two times in three.
    const sameGroup = occupations.filter((o) => o.group === first.group);
    const o = rnd.next() < 0.66 ? rnd.pick(sameGroup) : pickOccupation(rnd);
    if (!occupationCodes.includes(o.code)) occupationCodes.push(o.code);
  }
  const groupSkills = skillsByGroup[first.group];
  const skills = [...new Set([...rnd.some(groupSkills, 3), ...(rnd.next() < 0.5 ? [rnd.pick(generalSkills)] : [])])];
  const home = pickMunicipality(rnd);
  const travelMode = pickTravel(rnd);
  const sameCounty = municipalities.filter((m) => m.countyCode === home.countyCode);
  const workMunicipalities =
    travelMode === "LISTED"
      ? [
          ...new Set(
            Array.from(
              { length: 1 + Math.floor(rnd.next() * 4) },
              () => (rnd.next() < 0.85 ? rnd.pick(sameCounty) : pickMunicipality(rnd)).code,
            ),
          ),
        ]
      : [];
  const norwegianLevel = pickNorwegian(rnd);
  const languages: CandidateLanguage[] = [];
  for (let k = rnd.next() < 0.75 ? 1 + Math.floor(rnd.next() * 2) : 0; k > 0; k--) {
    const code = pickLanguage(rnd);
    if (!languages.some((l) => l.code === code)) languages.push({ code, level: rnd.pick(cefrLevels.slice(2)) });
  }
  const company = pickCompany(rnd);
  const day = 86_400_000;
  return {
    id: `cand-${String(n).padStart(6, "0")}`,
    code: `K-${(100_000 + n).toString(36).toUpperCase()}`,
    organizationId: company.id,
    organization: { name: company.name },
    occupationCodes,
    skills,
    summary: summary(rnd, first, rnd.pick(groupSkills), home),
    municipalityNumber: home.code,
    travelMode,
    workMunicipalities,
    hoursPerWeek: pickHours(rnd),
    earliestStart: rnd.next() < 0.7 ? new Date(Date.UTC(2026, 10, 1) + Math.floor(rnd.next() * 180) * day) : null,
    norwegianLevel,
    languages,
    licences: [...new Set(Array.from({ length: 1 + (rnd.next() < 0.15 ? 1 : 0) }, () => pickLicence(rnd)))],
    measures: rnd.some(measureCodes, 2),
    accommodations: rnd.some(accommodationCategories, 2),
    targetGroups: [],
    accommodationConsentAt: rnd.next() < 0.6 ? new Date(Date.UTC(2026, 0, 1)) : null,
    updatedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd.next() * 680) * day + Math.floor(rnd.next() * day)),
  };
}

/** `count` candidate documents in batches of `batch`, the same for the same seed. */
export function* candidateDocBatches(count: number, batch: number, seed = 42): Generator<CandidateSearchDoc[]> {
  const rnd = seededRandom(seed);
  for (let done = 0; done < count; done += batch) {
    yield Array.from({ length: Math.min(batch, count - done) }, (_, i) =>
      toCandidateSearchDoc(candidate(rnd, done + i + 1)),
    );
  }
}

export function generateCandidates(count: number, seed = 42): CandidateSearchDoc[] {
  return [...candidateDocBatches(count, 1000, seed)].flat();
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå";

/**
 * One typo (deletion, adjacent transposition or substitution), never in the first letter, which
 * people rarely miss. Transpositions only in words of 8+ letters: plain Levenshtein counts a
 * swap as two edits, which the adapters allow only from 8 letters.
 */
export function withTypo(word: string, rnd: Rnd): string {
  const chars = [...word];
  if (chars.length < 4) return word;
  const at = 1 + Math.floor(rnd.next() * (chars.length - 1));
  const kind = rnd.next();
  if (kind < 0.4) chars.splice(at, 1);
  else if (kind < 0.65 && chars.length >= 8 && at < chars.length - 1 && chars[at] !== chars[at + 1])
    [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  else {
    let c = rnd.pick([...ALPHABET]);
    while (c === chars[at]) c = rnd.pick([...ALPHABET]);
    chars[at] = c;
  }
  return chars.join("");
}

/** Words a person looking for candidates types: occupation names, skills and their synonyms. */
export function queryVocabulary(): string[] {
  const fromOccupations = occupations.flatMap((o) => o.nb.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  const fromSkills = Object.values(skillsByGroup)
    .flat()
    .flatMap((s) => s.split(" "));
  const fromSynonyms = candidatesIndexSettings.synonyms.flat();
  const stop = new Set(["og", "i", "annen", "annet", "private", "hjem", "virksomheter"]);
  return [...new Set([...fromOccupations, ...fromSkills, ...fromSynonyms])].filter(
    (w) => w.length >= 4 && !stop.has(w),
  );
}

/**
 * Benchmark queries: one or two words, most with a typo, a municipality the candidate must reach,
 * a minimum of weekly hours, and two facets.
 */
export function benchQueries(count: number, seed = 7): SearchQuery[] {
  const rnd = seededRandom(seed);
  const vocabulary = queryVocabulary();
  // The commonest occupations are also the commonest searches.
  const common = [
    "renholder",
    "renhold",
    "kjøkkenassistent",
    "lagermedarbeider",
    "butikkmedarbeider",
    "barnehageassistent",
    "truckfører",
    "vaskehjelp",
    "kokk",
    "lager",
    "sjåfør",
    "hjemmehjelp",
  ];
  const pickWord = (): string => (rnd.next() < 0.6 ? rnd.pick(common) : rnd.pick(vocabulary));
  return Array.from({ length: count }, () => {
    const n = rnd.next() < 0.65 ? 1 : 2;
    const q = Array.from({ length: n }, () => {
      const w = pickWord();
      return w.length >= 5 && rnd.next() < 0.75 ? withTypo(w, rnd) : w;
    }).join(" ");
    const filters: Filter[] = [
      { field: "reachMunicipalities", op: "eq", value: pickMunicipality(rnd).code },
      { field: "hoursPerWeek", op: "range", gte: rnd.pick([10, 15, 20, 20, 25, 30]) },
    ];
    return { q, filters, facets: ["languages", "occupationGroups"] };
  });
}
