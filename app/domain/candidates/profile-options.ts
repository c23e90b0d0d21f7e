import { cefrLevels, type CefrLevel } from "~/domain/openings/accommodations";

/**
 * The closed lists a candidate profile is made of. Closed on purpose: free text about a person
 * is where health details and names slip in (docs/privacy.md, rule 3).
 */
export const candidateStatuses = ["ACTIVE", "PAUSED", "PLACED", "ARCHIVED"] as const;
export type CandidateStatusValue = (typeof candidateStatuses)[number];

/** How far the candidate can travel: own municipality, named municipalities, or the whole county. */
export const travelModes = ["OWN_MUNICIPALITY", "LISTED", "COUNTY"] as const;
export type TravelMode = (typeof travelModes)[number];

/**
 * Target groups, for the company's follow-up, matching and the municipality's statistics.
 * UNDER_25 is the 0–24 cooperation's age band; KVP the qualification programme; AAP work
 * assessment allowance; SOCIAL_ASSISTANCE økonomisk sosialhjelp; PARTIAL_DISABILITY graded
 * uføretrygd; SICK_LEAVE sick-listed.
 */
export const targetGroups = [
  "UNDER_25",
  "UNDER_30",
  "OVER_50",
  "CV_GAP",
  "NEWLY_ARRIVED",
  "VTA_AFT",
  "KVP",
  "AAP",
  "SOCIAL_ASSISTANCE",
  "PARTIAL_DISABILITY",
  "SICK_LEAVE",
] as const;
export type TargetGroup = (typeof targetGroups)[number];

/**
 * Target groups that reveal health or benefits (GDPR art. 9 or close to it): they reach an
 * employer only with the consent to share sensitive categories, exactly like accommodation
 * needs (targetGroupsForEmployer). A Record, so a new group cannot be added without deciding.
 */
export const targetGroupSensitivity: Record<TargetGroup, boolean> = {
  UNDER_25: false,
  UNDER_30: false,
  OVER_50: false,
  CV_GAP: false,
  NEWLY_ARRIVED: false,
  // On or near disability benefit.
  VTA_AFT: true,
  // The qualification programme is for people on or near social assistance.
  KVP: true,
  // Arbeidsavklaringspenger: granted for illness or injury.
  AAP: true,
  SOCIAL_ASSISTANCE: true,
  PARTIAL_DISABILITY: true,
  SICK_LEAVE: true,
};

/** Age bands are not sensitive (docs/privacy.md rule 4): employers may see them without a consent. */
export const AGE_BAND_GROUPS: readonly TargetGroup[] = ["UNDER_25", "UNDER_30", "OVER_50"];

export const isTargetGroup = (group: string): group is TargetGroup =>
  (targetGroups as readonly string[]).includes(group);

/** How the candidate gave a consent; the company records it, the candidate never logs in. */
export const consentMethods = ["SIGNED_PAPER", "DIGITAL_SIGNATURE", "IN_MEETING"] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/**
 * LISTING: anonymously in the talent search. SHARE_ACCOMMODATIONS (name kept for the stored data):
 * employers may see the accommodation needs AND the sensitive categories (measures marked in
 * measureSensitivity, target groups in targetGroupSensitivity), in the search and in proposals.
 */
export const consentKinds = ["LISTING", "SHARE_ACCOMMODATIONS"] as const;
export type ConsentKind = (typeof consentKinds)[number];

/** Languages common among job seekers in Norway (ISO 639-1/3), besides Norwegian. */
export const languageCodes = [
  "en",
  "ar",
  "so",
  "ti",
  "uk",
  "pl",
  "lt",
  "prs",
  "fa",
  "ps",
  "ku",
  "ru",
  "es",
  "fr",
  "ur",
  "th",
  "vi",
  "tr",
  "sw",
  "am",
] as const;
export type LanguageCode = (typeof languageCodes)[number];

export const languageLabels: Record<LanguageCode, { nb: string; en: string }> = {
  en: { nb: "Engelsk", en: "English" },
  ar: { nb: "Arabisk", en: "Arabic" },
  so: { nb: "Somali", en: "Somali" },
  ti: { nb: "Tigrinja", en: "Tigrinya" },
  uk: { nb: "Ukrainsk", en: "Ukrainian" },
  pl: { nb: "Polsk", en: "Polish" },
  lt: { nb: "Litauisk", en: "Lithuanian" },
  prs: { nb: "Dari", en: "Dari" },
  fa: { nb: "Persisk", en: "Persian" },
  ps: { nb: "Pashto", en: "Pashto" },
  ku: { nb: "Kurdisk", en: "Kurdish" },
  ru: { nb: "Russisk", en: "Russian" },
  es: { nb: "Spansk", en: "Spanish" },
  fr: { nb: "Fransk", en: "French" },
  ur: { nb: "Urdu", en: "Urdu" },
  th: { nb: "Thai", en: "Thai" },
  vi: { nb: "Vietnamesisk", en: "Vietnamese" },
  tr: { nb: "Tyrkisk", en: "Turkish" },
  sw: { nb: "Swahili", en: "Swahili" },
  am: { nb: "Amharisk", en: "Amharic" },
};

export function isLanguageCode(value: string): value is LanguageCode {
  return (languageCodes as readonly string[]).includes(value);
}

/** CEFR as a number, so "at least B1" is a range filter: NONE 0, A1 1 … C2 6. */
export function cefrRank(level: string): number {
  const i = cefrLevels.indexOf(level as CefrLevel);
  return i < 0 ? 0 : i;
}

export type CandidateLanguage = { code: LanguageCode; level: CefrLevel };
