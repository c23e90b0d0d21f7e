/**
 * KID (kundeidentifikasjon), the payment reference Norwegian banks check: digits with a check
 * digit by Luhn (MOD10) or by weights 2–7 (MOD11, where a check value of 10 is written "-").
 */
export type KidAlgorithmName = "MOD10" | "MOD11";

function mod10Digit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // From the right, every other digit is doubled, starting with the one next to the check digit.
    let d = Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod11Digit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (2 + (i % 6));
  const check = 11 - (sum % 11);
  return check === 11 ? "0" : check === 10 ? "-" : String(check);
}

/** A KID made from a number (the invoice number, zero-padded), with its check digit. */
export function makeKid(value: number, algorithm: KidAlgorithmName, length = 10): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`KID needs a whole number ≥ 0, got ${value}`);
  const body = String(value).padStart(length - 1, "0");
  return body + (algorithm === "MOD10" ? mod10Digit(body) : mod11Digit(body));
}

/** Is this a well-formed KID by the algorithm: 2–25 characters, digits, and a check digit that fits. */
export function isValidKid(kid: string, algorithm: KidAlgorithmName): boolean {
  if (!/^\d{1,24}[\d-]$/.test(kid)) return false;
  const body = kid.slice(0, -1);
  const check = kid.slice(-1);
  return (algorithm === "MOD10" ? mod10Digit(body) : mod11Digit(body)) === check;
}
