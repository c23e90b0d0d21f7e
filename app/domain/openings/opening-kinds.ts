/**
 * What an opening is. Jobs and tasks came first; the youth kinds (docs/decisions/0019) are jobs
 * in every other respect (proposals, matching, the public search), with fields of their own.
 */
export const openingKinds = [
  "JOB",
  "TASK",
  "APPRENTICESHIP",
  "TRAINING_CANDIDATE",
  "SUMMER_JOB",
  "WORK_PLACEMENT",
] as const;
export type OpeningKindValue = (typeof openingKinds)[number];

export const isOpeningKind = (value: string): value is OpeningKindValue =>
  (openingKinds as readonly string[]).includes(value);

/** The feed is written in Norwegian (xml:lang="nb"); pages take their words from the i18n catalogue. */
export const kindLabelsNb: Record<OpeningKindValue, string> = {
  JOB: "Stilling",
  TASK: "Oppdrag",
  APPRENTICESHIP: "Læreplass",
  TRAINING_CANDIDATE: "Lærekandidatplass",
  SUMMER_JOB: "Sommerjobb",
  WORK_PLACEMENT: "Praksisplass",
};

/** Lærling and lærekandidat: a trade, its programme area, a length, an approved training company. */
export const TRAINING_KINDS: readonly OpeningKindValue[] = ["APPRENTICESHIP", "TRAINING_CANDIDATE"];
/** The kinds the public youth page and the 0–24 view are about. */
export const YOUTH_KINDS: readonly OpeningKindValue[] = [
  "APPRENTICESHIP",
  "TRAINING_CANDIDATE",
  "SUMMER_JOB",
  "WORK_PLACEMENT",
];

export const isTrainingKind = (kind: string) => (TRAINING_KINDS as readonly string[]).includes(kind);
export const isYouthKind = (kind: string) => (YOUTH_KINDS as readonly string[]).includes(kind);

/** Summer jobs take people from 15 (younger ones only light work, arbeidsmiljøloven § 11-1) to 24, or up to 29. */
export const SUMMER_AGE_MIN = 15;
export const SUMMER_AGE_MAX = 29;
