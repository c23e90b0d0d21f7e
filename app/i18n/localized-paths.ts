import type { Locale } from "./i18n";

/**
 * Public pages have a Norwegian URL and an English twin. The path decides the language there,
 * so a shared English link shows English whatever the visitor's cookie says.
 */
const twins: [nb: string, en: string][] = [["/muligheter", "/en/opportunities"]];

export function localeFromPath(pathname: string): Locale | null {
  return twins.some(([, en]) => pathname === en || pathname.startsWith(`${en}/`)) ? "en" : null;
}

/** The same page in the other language, or the path unchanged where there is no twin. */
export function twinPath(pathAndQuery: string, locale: Locale): string {
  for (const [nb, en] of twins) {
    const [from, to] = locale === "en" ? [nb, en] : [en, nb];
    if (pathAndQuery === from || pathAndQuery.startsWith(`${from}/`) || pathAndQuery.startsWith(`${from}?`))
      return to + pathAndQuery.slice(from.length);
  }
  return pathAndQuery;
}

/** The search page's own base path: links stay in the language twin the visitor is on. */
export function searchBasePath(pathname: string): string {
  return localeFromPath(pathname) === "en" ? "/en/opportunities" : "/muligheter";
}
