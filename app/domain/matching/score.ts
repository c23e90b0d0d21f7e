import { countyOf } from "~/domain/municipalities/register";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { accommodationLabels, type AccommodationCategory } from "~/domain/openings/accommodations";
import { getOccupation } from "~/domain/openings/occupations";
import { youthFactor } from "./youth-factor";

/**
 * The matching engine: pure, and explainable. Every factor has a weight, a score between 0 and 1
 * and a sentence in both languages; the total is the weighted mean as a percentage. Near misses
 * get "what would make this work": the accommodation, measure or change that closes each gap.
 */
export type Text = { nb: string; en: string };

export type OpeningForMatch = {
  occupationCode: string;
  skills: string[];
  municipalityNumber: string;
  hoursPerWeek: number;
  /** CEFR rank required: NONE 0, A1 1 … C2 6 */
  norwegianRank: number;
  licenceClass: string;
  /** Accommodation categories the workplace can offer */
  accommodations: string[];
  /** Measures the employer is open to */
  measures: string[];
  /** The youth kinds' facts (youth-factor.ts); absent for jobs and tasks scored before them */
  kind?: string;
  tradeCode?: string | null;
  ageMin?: number | null;
  ageMax?: number | null;
  /** yyyy-mm-dd */
  startDate?: string | null;
};

export type CandidateForMatch = {
  occupationCodes: readonly string[];
  skills: readonly string[];
  municipalityNumber: string;
  reachMunicipalities: readonly string[];
  hoursPerWeek: number;
  norwegianRank: number;
  licences: readonly string[];
  /** Needs the matcher may know: only what the viewer is allowed to see (consent) */
  accommodations: readonly string[];
  measures: readonly string[];
  /** Age this year: the owning company's view only (birth year); employers never see it */
  age?: number | null;
  /** Target groups the viewer may see (the age band for employers, see employer-view.ts) */
  targetGroups?: readonly string[];
  /** yyyy-mm-dd */
  earliestStart?: string | null;
};

export type FactorKey =
  "occupation" | "skills" | "place" | "hours" | "norwegian" | "licence" | "accommodations" | "measures" | "youth";
export type Factor = { key: FactorKey; weight: number; score: number; reason: Text };
export type Fix = { key: FactorKey; text: Text };
export type Match = { score: number; factors: Factor[]; fixes: Fix[] };

export const WEIGHTS: Record<FactorKey, number> = {
  occupation: 30,
  skills: 15,
  place: 15,
  hours: 10,
  norwegian: 10,
  licence: 5,
  accommodations: 10,
  measures: 5,
  youth: 20,
};

/** A match this close (but not perfect on a factor) gets suggestions for closing the gaps. */
export const NEAR_MISS = 50;

const labels = (codes: readonly string[], lang: "nb" | "en") =>
  codes
    .map((c) =>
      (isMeasureCode(c)
        ? measureLabels[c][lang]
        : (accommodationLabels[c as AccommodationCategory]?.[lang] ?? c)
      ).toLowerCase(),
    )
    .join(", ");

const CEFR = ["ingen", "A1", "A2", "B1", "B2", "C1", "C2"];
const CEFR_EN = ["none", "A1", "A2", "B1", "B2", "C1", "C2"];

function occupationFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  const wanted = getOccupation(o.occupationCode);
  const label = wanted
    ? { nb: wanted.nb.toLowerCase(), en: wanted.en.toLowerCase() }
    : { nb: o.occupationCode, en: o.occupationCode };
  if (c.occupationCodes.includes(o.occupationCode))
    return {
      key: "occupation",
      weight: WEIGHTS.occupation,
      score: 1,
      reason: { nb: `Ønsker å jobbe som ${label.nb}.`, en: `Wants to work as ${label.en}.` },
    };
  const sameGroup = wanted && c.occupationCodes.some((code) => getOccupation(code)?.group === wanted.group);
  if (sameGroup)
    return {
      key: "occupation",
      weight: WEIGHTS.occupation,
      score: 0.5,
      reason: { nb: "Ønsker et yrke i samme yrkesområde.", en: "Wants an occupation in the same field." },
    };
  return {
    key: "occupation",
    weight: WEIGHTS.occupation,
    score: 0,
    reason: { nb: "Ønsker andre yrker.", en: "Wants other occupations." },
  };
}

function skillsFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  const wanted = new Set(o.skills.map((s) => s.toLowerCase()));
  const has = c.skills.map((s) => s.toLowerCase()).filter((s) => wanted.has(s));
  if (!wanted.size)
    return {
      key: "skills",
      weight: WEIGHTS.skills,
      score: 1,
      reason: { nb: "Ingen særskilte ferdigheter kreves.", en: "No particular skills required." },
    };
  const score = has.length / wanted.size;
  return {
    key: "skills",
    weight: WEIGHTS.skills,
    score,
    reason: has.length
      ? {
          nb: `Har ${has.length} av ${wanted.size} ferdigheter: ${has.join(", ")}.`,
          en: `Has ${has.length} of ${wanted.size} skills: ${has.join(", ")}.`,
        }
      : { nb: "Har ingen av ferdighetene som er nevnt.", en: "Has none of the skills listed." },
  };
}

function placeFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  if (c.reachMunicipalities.includes(o.municipalityNumber))
    return {
      key: "place",
      weight: WEIGHTS.place,
      score: 1,
      reason: { nb: "Kan jobbe i kommunen.", en: "Can work in the municipality." },
    };
  const sameCounty = countyOf(c.municipalityNumber)?.code === countyOf(o.municipalityNumber)?.code;
  if (sameCounty)
    return {
      key: "place",
      weight: WEIGHTS.place,
      score: 0.4,
      reason: {
        nb: "Bor i samme fylke, men har ikke oppgitt kommunen.",
        en: "Lives in the same county but has not listed the municipality.",
      },
    };
  return { key: "place", weight: WEIGHTS.place, score: 0, reason: { nb: "Bor langt unna.", en: "Lives far away." } };
}

function hoursFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  if (c.hoursPerWeek >= o.hoursPerWeek)
    return {
      key: "hours",
      weight: WEIGHTS.hours,
      score: 1,
      reason: {
        nb: `Kan jobbe ${c.hoursPerWeek} timer; stillingen har ${o.hoursPerWeek}.`,
        en: `Can work ${c.hoursPerWeek} hours; the job has ${o.hoursPerWeek}.`,
      },
    };
  return {
    key: "hours",
    weight: WEIGHTS.hours,
    score: Math.max(0, c.hoursPerWeek / o.hoursPerWeek),
    reason: {
      nb: `Kan jobbe ${c.hoursPerWeek} av ${o.hoursPerWeek} timer.`,
      en: `Can work ${c.hoursPerWeek} of ${o.hoursPerWeek} hours.`,
    },
  };
}

function norwegianFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  const gap = o.norwegianRank - c.norwegianRank;
  const level = { nb: CEFR[c.norwegianRank] ?? "?", en: CEFR_EN[c.norwegianRank] ?? "?" };
  if (gap <= 0)
    return {
      key: "norwegian",
      weight: WEIGHTS.norwegian,
      score: 1,
      reason: { nb: `Norsk på nivå ${level.nb} holder.`, en: `Norwegian at level ${level.en} is enough.` },
    };
  return {
    key: "norwegian",
    weight: WEIGHTS.norwegian,
    score: gap === 1 ? 0.5 : 0,
    reason: {
      nb: `Norsk på nivå ${level.nb}; stillingen ber om ${CEFR[o.norwegianRank]}.`,
      en: `Norwegian at level ${level.en}; the job asks for ${CEFR_EN[o.norwegianRank]}.`,
    },
  };
}

function licenceFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  if (o.licenceClass === "NONE")
    return {
      key: "licence",
      weight: WEIGHTS.licence,
      score: 1,
      reason: { nb: "Førerkort kreves ikke.", en: "No driving licence required." },
    };
  if (c.licences.includes(o.licenceClass))
    return {
      key: "licence",
      weight: WEIGHTS.licence,
      score: 1,
      reason: { nb: `Har førerkort klasse ${o.licenceClass}.`, en: `Holds a class ${o.licenceClass} licence.` },
    };
  return {
    key: "licence",
    weight: WEIGHTS.licence,
    score: 0,
    reason: { nb: `Mangler førerkort klasse ${o.licenceClass}.`, en: `Lacks a class ${o.licenceClass} licence.` },
  };
}

function accommodationsFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  if (!c.accommodations.length)
    return {
      key: "accommodations",
      weight: WEIGHTS.accommodations,
      score: 1,
      reason: { nb: "Ingen oppgitte behov for tilrettelegging.", en: "No accommodation needs given." },
    };
  const met = c.accommodations.filter((a) => o.accommodations.includes(a));
  return {
    key: "accommodations",
    weight: WEIGHTS.accommodations,
    score: met.length / c.accommodations.length,
    reason: {
      nb: `Arbeidsplassen kan tilby ${met.length} av ${c.accommodations.length} behov for tilrettelegging.`,
      en: `The workplace can offer ${met.length} of ${c.accommodations.length} accommodation needs.`,
    },
  };
}

function measuresFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  const shared = c.measures.filter((m) => o.measures.includes(m));
  if (shared.length)
    return {
      key: "measures",
      weight: WEIGHTS.measures,
      score: 1,
      reason: { nb: `${shared.length} virkemidler passer begge.`, en: `${shared.length} measures suit both.` },
    };
  if (!o.measures.length)
    return {
      key: "measures",
      weight: WEIGHTS.measures,
      score: 0.5,
      reason: { nb: "Arbeidsgiveren har ikke oppgitt virkemidler.", en: "The employer has not listed measures." },
    };
  return {
    key: "measures",
    weight: WEIGHTS.measures,
    score: 0,
    reason: { nb: "Ingen felles virkemidler.", en: "No measures in common." },
  };
}

/** What would close each gap of a near miss: concrete, from the catalogue of options we have. */
function fixesFor(o: OpeningForMatch, c: CandidateForMatch, factors: Factor[]): Fix[] {
  const fixes: Fix[] = [];
  const gap = (key: FactorKey) => (factors.find((f) => f.key === key)?.score ?? 1) < 1;
  if (gap("hours")) {
    fixes.push({
      key: "hours",
      text:
        o.measures.includes("MIDLERTIDIG_LONNSTILSKUDD") || c.measures.includes("MIDLERTIDIG_LONNSTILSKUDD")
          ? {
              nb: `Start med ${c.hoursPerWeek} timer i uka med midlertidig lønnstilskudd, og øk gradvis.`,
              en: `Start at ${c.hoursPerWeek} hours a week with a temporary wage subsidy, and increase step by step.`,
            }
          : {
              nb: `Del stillingen, eller start med ${c.hoursPerWeek} timer i uka.`,
              en: `Split the job, or start at ${c.hoursPerWeek} hours a week.`,
            },
    });
  }
  if (gap("norwegian"))
    fixes.push({
      key: "norwegian",
      text: {
        nb: "Tilby støtte i norsk språk (tilrettelegging) og en mentor de første månedene.",
        en: "Offer Norwegian language support (accommodation) and a mentor for the first months.",
      },
    });
  if (gap("accommodations")) {
    const missing = c.accommodations.filter((a) => !o.accommodations.includes(a));
    fixes.push({
      key: "accommodations",
      text: {
        nb: `Arbeidsgiveren må kunne tilby: ${labels(missing, "nb")}. Inkluderingstilskudd kan dekke ekstra kostnader.`,
        en: `The employer would need to offer: ${labels(missing, "en")}. An inclusion grant can cover extra costs.`,
      },
    });
  }
  if (gap("measures") && c.measures.length) {
    fixes.push({
      key: "measures",
      text: {
        nb: `Kandidaten kan ha rett til: ${labels(c.measures, "nb")}. Spør arbeidsgiveren om de er åpne for ett av dem.`,
        en: `The candidate may be eligible for: ${labels(c.measures, "en")}. Ask the employer whether they are open to one of them.`,
      },
    });
  }
  if (gap("licence"))
    fixes.push({
      key: "licence",
      text: {
        nb: `Oppgaver uten kjøring, eller førerkortopplæring klasse ${o.licenceClass}.`,
        en: `Tasks without driving, or training for a class ${o.licenceClass} licence.`,
      },
    });
  if (gap("place"))
    fixes.push({
      key: "place",
      text: {
        nb: "Avklar reisevei; noen kandidater kan reise lenger enn oppgitt.",
        en: "Check the commute; some candidates can travel further than listed.",
      },
    });
  return fixes;
}

export function scoreMatch(o: OpeningForMatch, c: CandidateForMatch): Match {
  const factors = [
    occupationFactor,
    skillsFactor,
    placeFactor,
    hoursFactor,
    norwegianFactor,
    licenceFactor,
    accommodationsFactor,
    measuresFactor,
    youthFactor,
  ]
    .map((f) => f(o, c))
    .filter((f): f is Factor => f !== null);
  const total = factors.reduce((sum, f) => sum + f.weight, 0);
  const score = Math.round((factors.reduce((sum, f) => sum + f.weight * f.score, 0) / total) * 100);
  const fixes = score >= NEAR_MISS && score < 100 ? fixesFor(o, c, factors) : [];
  return { score, factors, fixes };
}

/** Best first; equal scores by the given tie-break key so results are stable. */
export function rankMatches<T>(
  items: T[],
  match: (item: T) => Match,
  tieBreak: (item: T) => string,
  take = 20,
): (T & { match: Match })[] {
  return items
    .map((item) => ({ ...item, match: match(item) }))
    .sort((a, b) => b.match.score - a.match.score || tieBreak(a).localeCompare(tieBreak(b)))
    .slice(0, take);
}
