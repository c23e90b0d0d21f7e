/**
 * Money for procurement, in øre as integers. Norwegian VAT on services is 25 %; each amount is
 * rounded to whole øre once, half away from zero, as on an invoice line.
 */
export const VAT_RATE_BASIS_POINTS = 2500;

function percentOf(amountOre: number, basisPoints: number): number {
  if (!Number.isInteger(amountOre) || amountOre < 0)
    throw new RangeError(`amount must be whole øre ≥ 0, got ${amountOre}`);
  return Math.round((amountOre * basisPoints) / 10_000);
}

export function vatOf(priceExVatOre: number): number {
  return percentOf(priceExVatOre, VAT_RATE_BASIS_POINTS);
}

export type OrderAmounts = {
  amountExVatOre: number;
  vatOre: number;
  totalOre: number;
  platformFeeOre: number;
  toCompanyOre: number;
};

/**
 * What the buyer pays and how it is split. The platform's fee is a share of the price excluding
 * VAT (VAT is the state's, not turnover); the company receives the rest of the total.
 */
export function orderAmounts(priceExVatOre: number, feeBasisPoints: number): OrderAmounts {
  if (!Number.isInteger(feeBasisPoints) || feeBasisPoints < 0 || feeBasisPoints > 10_000)
    throw new RangeError(`fee must be 0–10000 basis points, got ${feeBasisPoints}`);
  const vatOre = vatOf(priceExVatOre);
  const totalOre = priceExVatOre + vatOre;
  const platformFeeOre = percentOf(priceExVatOre, feeBasisPoints);
  return { amountExVatOre: priceExVatOre, vatOre, totalOre, platformFeeOre, toCompanyOre: totalOre - platformFeeOre };
}
