/** Dates are shown in Norwegian time whatever the server's zone (Europe/Oslo, DST included). */
export const OSLO = "Europe/Oslo";

export function formatOsloDateTime(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nb-NO", {
    timeZone: OSLO,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(value));
}

/** Today's date in Oslo as yyyy-mm-dd (a deadline "passes" at Oslo midnight). */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: OSLO, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
