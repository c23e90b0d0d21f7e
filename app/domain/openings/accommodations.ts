/**
 * Accommodation categories, shared by what a workplace can offer and what a candidate needs.
 * Categories only: never diagnoses or health details (docs/privacy.md, rule 3).
 */
export const accommodationCategories = ["WORKING_HOURS", "PHYSICAL", "DAILY_WORK", "NORWEGIAN_LANGUAGE"] as const;
export type AccommodationCategory = (typeof accommodationCategories)[number];

export const accommodationLabels: Record<AccommodationCategory, { nb: string; en: string }> = {
  WORKING_HOURS: { nb: "Tilpasset arbeidstid", en: "Adapted working hours" },
  PHYSICAL: { nb: "Fysisk tilrettelegging", en: "Physical adaptation" },
  DAILY_WORK: { nb: "Tilrettelagt arbeidshverdag", en: "Adapted daily work" },
  NORWEGIAN_LANGUAGE: { nb: "Støtte i norsk språk", en: "Norwegian language support" },
};

export const cefrLevels = ["NONE", "A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof cefrLevels)[number];

export const licenceClasses = ["NONE", "AM", "A1", "A2", "A", "B", "BE", "C1", "C", "CE", "D1", "D", "T"] as const;
export type LicenceClass = (typeof licenceClasses)[number];
