/**
 * Amounts on an EHF document. The domain counts whole øre; only the XML writes kroner, always with
 * two decimals ("1234.50"). VAT is rounded once per VAT category on the sum of its lines, half away
 * from zero (EN 16931 BR-CO-17 checks exactly that), and the document's VAT total is the sum of the
 * categories' amounts.
 */

/** Kroner with two decimals from whole øre, without floating point: 123456 → "1234.56", -5 → "-0.05". */
export function oreToNok(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`amount must be whole øre, got ${ore}`);
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A VAT amount in øre for a taxable amount in øre and a rate in basis points (2500 = 25 %), half away from zero. */
export function vatOre(taxableOre: number, rateBasisPoints: number): number {
  if (!Number.isSafeInteger(taxableOre)) throw new RangeError(`amount must be whole øre, got ${taxableOre}`);
  const abs = Math.abs(taxableOre) * rateBasisPoints;
  // Integer arithmetic: round half up on the absolute value, then put the sign back.
  const rounded = Math.floor((abs + 5_000) / 10_000);
  return taxableOre < 0 ? -rounded : rounded;
}

export type AmountLine = { netOre: number; vatRateBasisPoints: number };
export type VatBreakdown = { rateBasisPoints: number; taxableOre: number; vatOre: number };
export type DocumentTotals = {
  lineTotalOre: number;
  vatTotalOre: number;
  totalOre: number;
  breakdown: VatBreakdown[];
};

/** The totals of a document: one VAT breakdown per rate, rounded on the category's sum. */
export function documentTotals(lines: readonly AmountLine[]): DocumentTotals {
  const byRate = new Map<number, number>();
  for (const l of lines) byRate.set(l.vatRateBasisPoints, (byRate.get(l.vatRateBasisPoints) ?? 0) + l.netOre);
  const breakdown = [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBasisPoints, taxableOre]) => ({
      rateBasisPoints,
      taxableOre,
      vatOre: vatOre(taxableOre, rateBasisPoints),
    }));
  const lineTotalOre = lines.reduce((sum, l) => sum + l.netOre, 0);
  const vatTotalOre = breakdown.reduce((sum, b) => sum + b.vatOre, 0);
  return { lineTotalOre, vatTotalOre, totalOre: lineTotalOre + vatTotalOre, breakdown };
}

/** A rate in basis points as the XML writes a percent: 2500 → "25", 1250 → "12.5". */
export function percentOf(rateBasisPoints: number): string {
  return String(rateBasisPoints / 100);
}

/** Whole øre from the kroner an EHF document writes ("1234.5" or "1234.56"), for display. */
export function nokToOre(nok: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(nok.trim());
  if (!m) throw new RangeError(`not an amount: ${nok}`);
  const ore = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -ore : ore;
}
