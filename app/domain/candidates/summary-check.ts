import { words } from "#search/port";

/**
 * The experience summary is shown to employers, so it must hold work experience only. This is
 * a warning, not a filter: the company member reads it and decides. Stems, so that "depresjonen"
 * and "diagnosen" are caught too.
 */
const HEALTH_STEMS = [
  "diagnos", "sykdom", "syk", "sykmeld", "sjukmeld", "ufør", "aap", "depresj", "angst", "psykisk", "psykiatr", "psykos", "schizo", "bipolar",
  "adhd", "add", "autis", "asperger", "epileps", "diabet", "kreft", "hjerneslag", "slag", "ms", "gikt", "revmat", "smerte", "rygg", "prolaps",
  "rus", "alkohol", "narkotik", "avhengig", "lar", "medisin", "medikament", "behandling", "terapi", "lege", "sykehus", "innlagt", "dps",
  "skade", "ptsd", "traume", "utbrent", "utbrenthet", "funksjonsnedsett", "handikap", "lammet", "blind", "døv", "hørselshemm", "dysleksi",
  "diagnosis", "illness", "disease", "depression", "anxiety", "cancer", "therapy", "hospital", "medication", "addiction", "disabled", "sick",
];

/** Common Norwegian first names: a capitalised one in a summary is probably a person. */
const FIRST_NAMES = new Set([
  "ole", "lars", "jan", "per", "bjørn", "kjell", "knut", "arne", "svein", "thomas", "hans", "geir", "tor", "morten", "terje", "odd", "erik",
  "martin", "andreas", "john", "anders", "rune", "trond", "tore", "jon", "kristian", "stian", "marius", "magnus", "jonas", "mohammed",
  "mohamed", "ahmed", "ali", "omar", "hassan", "anne", "inger", "kari", "marit", "ingrid", "liv", "eva", "berit", "astrid", "bjørg", "hilde",
  "anna", "solveig", "marianne", "randi", "ida", "nina", "maria", "elisabeth", "kristin", "silje", "hanne", "camilla", "tone", "ingeborg",
  "fatima", "amina", "sara", "emma", "nora", "sofie", "olivia", "ella", "leah", "ingvild", "mona", "heidi", "lene", "monica",
]);

export type SummaryWarning = "health" | "name";

/** Why a summary may hold what it must not; empty when it looks like work experience only. */
export function summaryWarnings(summary: string, personName = ""): SummaryWarning[] {
  const found = new Set<SummaryWarning>();
  const lower = words(summary);
  if (lower.some((w) => HEALTH_STEMS.some((stem) => (stem.length <= 3 ? w === stem : w.startsWith(stem))))) found.add("health");
  const ownNames = new Set(words(personName).filter((w) => w.length >= 2));
  if (lower.some((w) => ownNames.has(w))) found.add("name");
  // A capitalised first name anywhere but the very start of a sentence.
  const capitalised = summary.match(/(?<![.!?]\s|^)\b\p{Lu}\p{Ll}+/gu) ?? [];
  if (capitalised.some((w) => FIRST_NAMES.has(w.toLowerCase()))) found.add("name");
  return [...found];
}
