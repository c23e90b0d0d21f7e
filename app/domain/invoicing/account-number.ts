/**
 * A Norwegian bank account number: eleven digits, the last a mod-11 check digit with weights
 * 5 4 3 2 7 6 5 4 3 2 (an account whose check would be 10 is never issued).
 */
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Digits only: people write "1234.56.78903" or "1234 56 78903". */
export function normalizeAccountNumber(input: string): string {
  return input.replace(/[\s.]/g, "");
}

export function accountCheckDigit(firstTen: string): number | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstTen[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

export function isValidAccountNumber(input: string): boolean {
  const digits = normalizeAccountNumber(input);
  if (!/^\d{11}$/.test(digits)) return false;
  return accountCheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

/** 1234.56.78903, as Norwegians read it. */
export function formatAccountNumber(input: string): string {
  const d = normalizeAccountNumber(input);
  return d.length === 11 ? `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}` : input;
}
