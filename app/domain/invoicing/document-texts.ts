/**
 * The words written into EHF documents. An invoice is a Norwegian accounting document read by the
 * buyer's accounting system and kept for years: it is always in bokmål, whatever the reader's
 * language on the site (the pages around it are translated).
 */
export const documentTexts = {
  orderNote: "Oppdrag formidlet gjennom Arbeidsbro.",
  feeLine: (task: string) => `Formidlingsgebyr Arbeidsbro: ${task}`,
  feeDescription: "Plattformens gebyr for et oppdrag levert og godkjent gjennom Arbeidsbro.",
  creditNote: (number: string) => `Kreditnota for faktura ${number}: bestillingen er kansellert.`,
} as const;
