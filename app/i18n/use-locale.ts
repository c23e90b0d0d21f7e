import { useTranslation } from "react-i18next";
import { defaultLocale, isLocale, type Locale } from "./i18n";

/** The reader's language in a component: the one way to ask "bokmål or English?". */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}
