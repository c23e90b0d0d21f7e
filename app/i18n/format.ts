import type { Locale } from "./i18n";

/** The Intl locale of one of our languages. */
export const intlLocale = (locale: string): string => (locale === "en" ? "en-GB" : "nb-NO");

/** Kroner from øre, in the reader's number format (whole kroner unless `decimals`). */
export function formatNok(ore: number, locale: Locale | string, decimals = false): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "NOK",
    minimumFractionDigits: decimals ? 2 : 0,
    maximumFractionDigits: decimals ? 2 : 0,
  }).format(ore / 100);
}
