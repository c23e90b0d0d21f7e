import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { nb } from "./nb";

export const locales = ["nb", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nb";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

const instances = new Map<Locale, i18n>();

/**
 * One initialised i18next instance per language, shared by server rendering and the browser.
 * Resources are bundled (two small files), so initialisation is synchronous and the first
 * render already has its strings: no flash of keys, and no request for message files.
 */
export function getI18n(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createInstance();
    void instance.use(initReactI18next).init({
      resources: { nb: { translation: nb }, en: { translation: en } },
      lng: locale,
      fallbackLng: defaultLocale,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}

/** Translate outside React (mail templates, server messages). */
export function translate(locale: Locale, key: string, options?: Record<string, unknown>): string {
  return getI18n(locale).t(key, options);
}
