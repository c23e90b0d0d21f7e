import type { TFunction } from "i18next";
import { isLanguageCode, languageLabels } from "~/domain/candidates/profile-options";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { occupationGroups } from "~/domain/openings/occupations";
import { programmeAreas } from "~/domain/openings/trades";
import { countyName } from "~/domain/openings/public-search-params";
import type { Locale } from "~/i18n/i18n";

/** Every facet the two search pages offer (public openings, anonymised talent). */
export type FacetName =
  | "county"
  | "occupationGroup"
  | "kind"
  | "programmeArea"
  | "extent"
  | "targetGroups"
  | "measures"
  | "accommodations"
  | "languages"
  | "licences";

const isOccupationGroup = (value: string): value is keyof typeof occupationGroups => value in occupationGroups;

/** The label of one facet value in the reader's language (codes in the URL, words on the page). */
export function facetValueLabel(field: FacetName, value: string, t: TFunction, lang: Locale): string {
  switch (field) {
    case "county":
      return countyName(value);
    case "occupationGroup":
      return isOccupationGroup(value) ? occupationGroups[value][lang] : value;
    case "kind":
      return t(`kinds.${value}`);
    case "programmeArea":
      return value in programmeAreas ? programmeAreas[value as keyof typeof programmeAreas][lang] : value;
    case "extent":
      return t(`extents.${value}`);
    case "measures":
      return isMeasureCode(value) ? measureLabels[value][lang] : value;
    case "accommodations":
      return t(`accommodationCategories.${value}`);
    case "languages":
      return value === "no" ? t("searchFacets.norwegian") : isLanguageCode(value) ? languageLabels[value][lang] : value;
    case "targetGroups":
      return t(`targetGroups.${value}`);
    case "licences":
      return value;
  }
}

/**
 * The chosen values of the given facets as filters to remove one by one: each links to the same
 * search without that value, back on its first page.
 */
export function removableFilters<F extends FacetName, P extends { [K in F]: readonly string[] } & { page: number }>(
  fields: readonly F[],
  params: P,
  link: (state: P) => string,
  t: TFunction,
  lang: Locale,
): { key: string; text: string; href: string }[] {
  return fields.flatMap((field) =>
    params[field].map((value) => ({
      key: `${field}-${value}`,
      text: t("search.removeFilter", { label: facetValueLabel(field, value, t, lang) }),
      href: link({ ...params, [field]: params[field].filter((v) => v !== value), page: 1 }),
    })),
  );
}
