import { addMonthsToDay } from "./serious-dates";

/**
 * Reserved contracts (reserverte kontrakter): a buyer may let only suppliers whose main purpose is
 * the social and professional integration of disabled or disadvantaged persons compete, when at
 * least 30 % of their staff are such persons. The platform asks for a dated declaration of both,
 * by a named person, with an evidence document, and takes it as current for twelve months.
 *
 * Sources (checked 2026-12-02):
 * - Anskaffelsesforskriften (FOR-2016-08-12-974) § 16-9 (above the EEA threshold), § 8-8 (part II,
 *   below it) and the same opening for part I: https://lovdata.no/forskrift/2016-08-12-974
 * - Directive 2014/24/EU art. 20 (the 30 % share the regulation takes over).
 * - NFD's guide to the regulation, chapter on reserved contracts (via foa.no, 2018-01-06):
 *   https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/
 * The twelve months are the platform's own rule (a declaration must be fresh enough to rely on);
 * the regulation sets no period.
 */
export const RESERVED_CONTRACT_RULE = {
  minStaffSharePercent: 30,
  declarationValidMonths: 12,
  source: "FOA § 16-9 / § 8-8 (FOR-2016-08-12-974), directive 2014/24/EU art. 20; checked 2026-12-02",
} as const;

export type Declaration = {
  mainPurposeIntegration: boolean;
  staffSharePercent: number;
  /** Oslo calendar day, yyyy-mm-dd */
  declaredOn: string;
  declaredByName: string;
  evidenceReference: string | null;
};

/** Why a supplier may not quote on or be awarded a reserved task; each is a refusal reason too. */
export type ReservedProblem =
  | "reservedNoDeclaration"
  | "reservedDeclarationExpired"
  | "reservedNotMainPurpose"
  | "reservedShareTooLow"
  | "reservedNoEvidence";

export type ReservedStanding = {
  ok: boolean;
  problem: ReservedProblem | null;
  /** The last day the declaration counts, when there is one */
  validUntil: string | null;
  declaration: Declaration | null;
};

/** Whether the newest declaration lets the supplier take part in a reserved contract on `today`. */
export function reservedStanding(declaration: Declaration | null, today: string): ReservedStanding {
  if (!declaration) return { ok: false, problem: "reservedNoDeclaration", validUntil: null, declaration };
  const validUntil = addMonthsToDay(declaration.declaredOn, RESERVED_CONTRACT_RULE.declarationValidMonths);
  const problem: ReservedProblem | null =
    validUntil < today
      ? "reservedDeclarationExpired"
      : !declaration.mainPurposeIntegration
        ? "reservedNotMainPurpose"
        : declaration.staffSharePercent < RESERVED_CONTRACT_RULE.minStaffSharePercent
          ? "reservedShareTooLow"
          : !declaration.evidenceReference
            ? "reservedNoEvidence"
            : null;
  return { ok: problem === null, problem, validUntil, declaration };
}

/** The newest of a supplier's declarations (by the day declared, then by when it was written). */
export function newestDeclaration<T extends { declaredOn: string; createdAt: Date }>(rows: readonly T[]): T | null {
  return (
    [...rows].sort((a, b) =>
      a.declaredOn === b.declaredOn
        ? b.createdAt.getTime() - a.createdAt.getTime()
        : a.declaredOn < b.declaredOn
          ? 1
          : -1,
    )[0] ?? null
  );
}
