import { isTrainingKind } from "~/domain/openings/opening-kinds";
import { getTrade, wantsTrade } from "~/domain/openings/trades";
import { WEIGHTS, type CandidateForMatch, type Factor, type OpeningForMatch } from "./score";

/**
 * The youth factor: only apprenticeships, training-candidate places and summer jobs have it
 * (null elsewhere, so jobs and tasks score as before). Age comes from the birth year where the
 * viewer is the owning company, else from the age band an employer may see (UNDER_25).
 */
const factor = (score: number, nb: string, en: string): Factor => ({
  key: "youth",
  weight: WEIGHTS.youth,
  score,
  reason: { nb, en },
});

function isYoung(c: CandidateForMatch): boolean | null {
  if (c.age !== undefined && c.age !== null) return c.age < 25;
  if (c.targetGroups?.includes("UNDER_25")) return true;
  return null;
}

function trainingFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  const trade = getTrade(o.tradeCode);
  const wants = trade ? wantsTrade(c.occupationCodes, trade) : false;
  const young = isYoung(c);
  const name = { nb: trade?.nb.toLowerCase() ?? "faget", en: trade?.en.toLowerCase() ?? "the trade" };
  if (wants && young)
    return factor(
      1,
      `Under 25 år og interessert i ${name.nb}: en læreplass innen rekkevidde.`,
      `Under 25 and interested in ${name.en}: an apprenticeship within reach.`,
    );
  if (wants)
    return factor(
      0.6,
      `Interessert i ${name.nb}; voksne kan også ta fagbrev som lærling.`,
      `Interested in ${name.en}; adults can also train as apprentices.`,
    );
  if (young)
    return factor(
      0.4,
      `Under 25 år, men har ikke oppgitt yrker i ${name.nb}.`,
      `Under 25, but has not listed occupations in ${name.en}.`,
    );
  return factor(0, `Har ikke oppgitt yrker i ${name.nb}.`, `Has not listed occupations in ${name.en}.`);
}

function summerFactor(o: OpeningForMatch, c: CandidateForMatch): Factor {
  const min = o.ageMin ?? 15;
  const max = o.ageMax ?? 24;
  const range = `${min}–${max}`;
  const late = o.startDate && c.earliestStart && c.earliestStart > o.startDate ? c.earliestStart : null;
  let age: { score: number; nb: string; en: string };
  if (c.age !== undefined && c.age !== null) {
    age =
      c.age >= min && c.age <= max
        ? { score: 1, nb: `${c.age} år, innenfor ${range} år`, en: `${c.age} years old, within ${range}` }
        : { score: 0, nb: `${c.age} år, utenfor ${range} år`, en: `${c.age} years old, outside ${range}` };
  } else if (c.targetGroups?.includes("UNDER_25") && max >= 24) {
    age = {
      score: 0.8,
      nb: `Under 25 år; sommerjobben er for ${range} år`,
      en: `Under 25; the summer job is for ${range}`,
    };
  } else {
    age = {
      score: 0.3,
      nb: `Alder ikke kjent; sommerjobben er for ${range} år`,
      en: `Age not known; the summer job is for ${range}`,
    };
  }
  if (late)
    return factor(
      age.score * 0.5,
      `${age.nb}, men kan først begynne ${late} (start ${o.startDate}).`,
      `${age.en}, but can only start on ${late} (starts ${o.startDate}).`,
    );
  return factor(
    age.score,
    `${age.nb}, og kan begynne${o.startDate ? ` ${o.startDate}` : ""}.`,
    `${age.en}, and can start${o.startDate ? ` on ${o.startDate}` : ""}.`,
  );
}

export function youthFactor(o: OpeningForMatch, c: CandidateForMatch): Factor | null {
  if (o.kind && isTrainingKind(o.kind)) return trainingFactor(o, c);
  if (o.kind === "SUMMER_JOB") return summerFactor(o, c);
  return null;
}
