import type { ServiceArea } from "~/generated/prisma/enums";
import { addMonthsToDay } from "./serious-dates";

/**
 * Contract terms for a serious working life that a buyer sets per task, the thresholds above which
 * the law makes a public buyer set them, and what documentation a control of each asks for. Rules
 * as data, each with its source; thresholds are adjusted by the ministry every other year, so they
 * are marked provisional until checked against Lovdata again.
 */
export const contractTerms = [
  "PAY_AND_CONDITIONS",
  "SUBCONTRACTOR_CHAIN",
  "BANK_PAYMENT",
  "APPRENTICES",
  "HMS_CARDS",
] as const;
export type ContractTerm = (typeof contractTerms)[number];

export const serviceAreas = ["CLEANING", "BUILDING", "OTHER"] as const satisfies readonly ServiceArea[];

/** Work in which every worker must carry an HMS card. */
export const HMS_CARD_AREAS: readonly ServiceArea[] = ["CLEANING", "BUILDING"];

type TermRule = {
  /** Øre excluding VAT: the law requires the term for a public buyer above this estimated value */
  thresholdOre?: { state: number; other: number };
  /** The contract must last longer than this many months */
  minMonths?: number;
  /** Work areas where the law requires it regardless of value */
  areas?: readonly ServiceArea[];
  source: string;
  provisional: boolean;
};

export const TERM_RULES: Record<ContractTerm, TermRule> = {
  // Forskrift om lønns- og arbeidsvilkår i offentlige kontrakter (FOR-2008-02-06-112) § 2, thresholds
  // as given by DFØ, "Hva sier regelverket om krav til lønns- og arbeidsvilkår?", anskaffelser.no (checked 2026-12-02).
  PAY_AND_CONDITIONS: {
    thresholdOre: { state: 1_300_000_00, other: 2_200_000_00 },
    source:
      "FOR-2008-02-06-112 § 2; anskaffelser.no/berekraftige-anskaffingar/arbeidslivskriminalitet/hva-sier-regelverket-om-krav-til-lonns-og-arbeidsvilkar (2026-12-02)",
    provisional: true,
  },
  // Not in the regulations: DFØ's recommended seriousness terms (at most one link of subcontractors)
  // in "Beste praksis kontraktsoppfølging", ch. 5 Seriøsitet, anskaffelser.no (checked 2026-12-02).
  SUBCONTRACTOR_CHAIN: {
    source: "anskaffelser.no/beste-praksis-kontraktsoppfolging/5-seriositet (2026-12-02)",
    provisional: false,
  },
  // The same DFØ chapter: "krav om betaling via bank" (pay to the worker's bank account).
  BANK_PAYMENT: {
    source: "anskaffelser.no/beste-praksis-kontraktsoppfolging/5-seriositet (2026-12-02)",
    provisional: false,
  },
  // Forskrift om plikt til å stille krav om bruk av lærlinger i offentlige kontrakter
  // (FOR-2016-12-17-1708) §§ 5–6: value at least the threshold, longer than three months, in trades
  // with a particular need for apprentice places (building and cleaning among them).
  APPRENTICES: {
    thresholdOre: { state: 1_300_000_00, other: 2_000_000_00 },
    minMonths: 3,
    areas: ["CLEANING", "BUILDING"],
    source: "FOR-2016-12-17-1708 §§ 5–6 (2026-12-02)",
    provisional: true,
  },
  // Forskrift om offentlig godkjenning av renholdsvirksomheter (FOR-2012-05-08-1087) § 11 and
  // forskrift om HMS-kort på bygge- og anleggsplasser (FOR-2005-12-21-1695); arbeidstilsynet.no/hms/hms-kort-renhold.
  HMS_CARDS: {
    areas: HMS_CARD_AREAS,
    source: "FOR-2012-05-08-1087 § 11; FOR-2005-12-21-1695; arbeidstilsynet.no/hms/hms-kort-renhold (2026-12-02)",
    provisional: false,
  },
};

export const isContractTerm = (v: string): v is ContractTerm => (contractTerms as readonly string[]).includes(v);

/** Whether the task's work needs an HMS card per worker: cleaning and building always, others when the buyer asked. */
export function needsHmsCards(task: { serviceArea: ServiceArea | null; contractTerms: readonly string[] }): boolean {
  return (
    (task.serviceArea !== null && HMS_CARD_AREAS.includes(task.serviceArea)) || task.contractTerms.includes("HMS_CARDS")
  );
}

/**
 * The terms the law requires of a public buyer for a task like this: by its estimated value (the
 * budget's upper end), its length and its kind of work. A municipality is an "other" buyer.
 */
export function legallyRequiredTerms(task: {
  serviceArea: ServiceArea | null;
  budgetMaxOre: number | null;
  deliveryStart: string | null;
  deliveryEnd: string | null;
  buyer: "state" | "other";
}): ContractTerm[] {
  return contractTerms.filter((term) => {
    const rule = TERM_RULES[term];
    if (!rule.thresholdOre && !rule.areas) return false;
    if (rule.thresholdOre && (task.budgetMaxOre === null || task.budgetMaxOre < rule.thresholdOre[task.buyer]))
      return false;
    if (rule.minMonths !== undefined && !lastsLongerThan(task.deliveryStart, task.deliveryEnd, rule.minMonths))
      return false;
    if (rule.areas && (task.serviceArea === null || !rule.areas.includes(task.serviceArea))) return false;
    return true;
  });
}

/** "Longer than three months": a contract ending exactly three months after its start is not. Unknown length: no. */
function lastsLongerThan(start: string | null, end: string | null, months: number): boolean {
  return start !== null && end !== null && end > addMonthsToDay(start, months);
}

/** The terms the supplier has not confirmed, in the task's order. */
export function unconfirmedTerms(taskTerms: readonly string[], confirmed: readonly string[]): string[] {
  return taskTerms.filter((term) => !confirmed.includes(term));
}
