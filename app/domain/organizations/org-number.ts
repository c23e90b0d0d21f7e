/**
 * Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a mod-11 check digit
 * over the first eight with weights 3 2 7 6 5 4 3 2. A remainder of 1 gives no valid check digit,
 * so such numbers are never issued.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export function normalizeOrgNumber(input: string): string {
  return input.replace(/[\s\u00a0.-]/g, "");
}

export function orgNumberCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstEight[i]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

export function isValidOrgNumber(input: string): boolean {
  const n = normalizeOrgNumber(input);
  if (!/^\d{9}$/.test(n)) return false;
  // Enhetsregisteret issues numbers starting with 8 or 9 only.
  if (n[0] !== "8" && n[0] !== "9") return false;
  return orgNumberCheckDigit(n.slice(0, 8)) === Number(n[8]);
}

export function formatOrgNumber(input: string): string {
  const n = normalizeOrgNumber(input);
  return /^\d{9}$/.test(n) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : input;
}

/** A valid number derived from a seed, for demo and test data (deterministic, starts with 9). */
export function makeValidOrgNumber(seed: number): string {
  for (let i = 0; ; i++) {
    const body = `9${String((Math.abs(seed) * 7919 + i * 104729) % 10_000_000).padStart(7, "0")}`;
    const check = orgNumberCheckDigit(body);
    if (check !== null) return `${body}${check}`;
  }
}
