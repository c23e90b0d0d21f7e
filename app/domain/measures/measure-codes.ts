/**
 * Codes of the support measures an opening can be open to and a package can contain. Their
 * rules (percentages, durations, caps) are the measure catalogue's, in its own issue.
 */
export const measureCodes = [
  "ARBEIDSTRENING",
  "MIDLERTIDIG_LONNSTILSKUDD",
  "VARIG_LONNSTILSKUDD",
  "MENTOR",
  "INKLUDERINGSTILSKUDD",
  "FUNKSJONSASSISTANSE",
  "IPS_JOBBSTOTTE",
  "VTA_O",
] as const;

export type MeasureCode = (typeof measureCodes)[number];

export const measureLabels: Record<MeasureCode, { nb: string; en: string }> = {
  ARBEIDSTRENING: { nb: "Arbeidstrening", en: "Work training" },
  MIDLERTIDIG_LONNSTILSKUDD: { nb: "Midlertidig lønnstilskudd", en: "Temporary wage subsidy" },
  VARIG_LONNSTILSKUDD: { nb: "Varig lønnstilskudd", en: "Permanent wage subsidy" },
  MENTOR: { nb: "Mentor", en: "Mentor" },
  INKLUDERINGSTILSKUDD: { nb: "Inkluderingstilskudd", en: "Inclusion grant" },
  FUNKSJONSASSISTANSE: { nb: "Funksjonsassistanse", en: "Functional assistance" },
  IPS_JOBBSTOTTE: { nb: "IPS / jobbstøtte og oppfølging", en: "IPS / job support and follow-up" },
  VTA_O: {
    nb: "Varig tilrettelagt arbeid i ordinær virksomhet (VTA-O)",
    en: "Permanent adapted work in an ordinary business (VTA-O)",
  },
};

export function isMeasureCode(value: string): value is MeasureCode {
  return (measureCodes as readonly string[]).includes(value);
}

/**
 * Whether taking part in the measure says something about the person's health or benefits
 * (GDPR art. 9): such a measure reaches an employer only with the candidate's consent to share
 * accommodation needs and sensitive categories (docs/decisions/0007-candidate-privacy.md). A
 * Record, so a new code cannot be added without deciding this. The single source of truth: the
 * search document, the talent search, matching and proposals all read it.
 */
export const measureSensitivity: Record<MeasureCode, boolean> = {
  ARBEIDSTRENING: false,
  MIDLERTIDIG_LONNSTILSKUDD: false,
  // Granted for a lasting and substantial reduction in work capacity.
  VARIG_LONNSTILSKUDD: true,
  MENTOR: false,
  INKLUDERINGSTILSKUDD: false,
  // Granted for extensive physical impairment or severely reduced sight.
  FUNKSJONSASSISTANSE: true,
  // Individual placement and support: for people with mental illness or substance use problems.
  IPS_JOBBSTOTTE: true,
  // For people on uføretrygd (disability benefit) or about to receive it.
  VTA_O: true,
};

export const sensitiveMeasureCodes: readonly MeasureCode[] = measureCodes.filter((code) => measureSensitivity[code]);

/** Unknown codes count as sensitive: what we cannot classify does not go out. */
export function isSensitiveMeasure(code: string): boolean {
  return !isMeasureCode(code) || measureSensitivity[code];
}
