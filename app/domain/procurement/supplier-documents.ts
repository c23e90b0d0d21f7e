import { storedDay } from "~/lib/dates";
/**
 * What a buyer checks before an award. Rules as data: a tax certificate (skatteattest) is taken
 * as valid six months from its date, an HMS self-declaration a year; the others until their own
 * expiry date when they have one. A reserved contract needs at least 30 % of staff in a measure.
 */
export const documentKinds = ["TAX_CERTIFICATE", "HMS_DECLARATION", "TILTAKSARRANGOR_APPROVAL", "HMS_CARD"] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const VALID_MONTHS: Partial<Record<DocumentKind, number>> = { TAX_CERTIFICATE: 6, HMS_DECLARATION: 12 };
export const RESERVED_CONTRACT_MIN_PERCENT = 30;

export type StoredDocument = { kind: string; issuedOn: Date; validUntil: Date | null; reference: string };
export type DocumentStatus = {
  kind: DocumentKind;
  state: "valid" | "expired" | "missing";
  validUntil: string | null;
  reference: string | null;
};

function addMonths(d: Date, months: number): Date {
  const r = new Date(d);
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

/** Until when a document counts (a date, as yyyy-mm-dd), or null when it does not expire. */
export function expiryOf(doc: StoredDocument): string | null {
  const rule = VALID_MONTHS[doc.kind as DocumentKind];
  const byRule = rule ? addMonths(doc.issuedOn, rule) : null;
  const until = [byRule, doc.validUntil]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  return storedDay(until);
}

/** The newest document of each kind and whether it is still valid on `today` (Oslo yyyy-mm-dd). */
export function documentStatuses(docs: readonly StoredDocument[], today: string): DocumentStatus[] {
  return documentKinds.map((kind) => {
    const newest = docs.filter((d) => d.kind === kind).sort((a, b) => b.issuedOn.getTime() - a.issuedOn.getTime())[0];
    if (!newest) return { kind, state: "missing", validUntil: null, reference: null };
    const until = expiryOf(newest);
    return {
      kind,
      state: until !== null && until < today ? "expired" : "valid",
      validUntil: until,
      reference: newest.reference,
    };
  });
}

/** The required kinds a supplier lacks (missing or expired) on `today`. */
export function missingRequired(required: readonly string[], statuses: readonly DocumentStatus[]): DocumentKind[] {
  return statuses.filter((s) => required.includes(s.kind) && s.state !== "valid").map((s) => s.kind);
}

export function meetsReservedContractCriterion(staffInMeasurePercent: number | null): boolean {
  return staffInMeasurePercent !== null && staffInMeasurePercent >= RESERVED_CONTRACT_MIN_PERCENT;
}
