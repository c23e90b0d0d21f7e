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
  VTA_O: { nb: "Varig tilrettelagt arbeid i ordinær virksomhet (VTA-O)", en: "Permanent adapted work in an ordinary business (VTA-O)" },
};

export function isMeasureCode(value: string): value is MeasureCode {
  return (measureCodes as readonly string[]).includes(value);
}
