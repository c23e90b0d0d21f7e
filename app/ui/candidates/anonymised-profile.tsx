import { useTranslation } from "react-i18next";
import { isLanguageCode, languageLabels } from "~/domain/candidates/profile-options";
import type { CandidateSearchDoc } from "~/domain/candidates/search-document";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { occupationLabel } from "~/domain/openings/occupations";
import { useLocale } from "~/i18n/use-locale";
import { DefinitionList } from "~/ui/definition-list";

/**
 * The anonymised profile as an employer sees it. The talent search's profile page and the
 * candidate's own preview both render this one component, so what the candidate is shown is
 * exactly what an employer gets.
 */
export function AnonymisedProfile({ profile: p }: { profile: CandidateSearchDoc }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const none = t("talent.none_");
  return (
    <DefinitionList
      items={[
        { term: t("talent.company"), details: p.companyName },
        {
          term: t("talent.occupations"),
          details: p.occupationCodes.map((c) => occupationLabel(c, lang)).join(", "),
        },
        { term: t("talent.skills"), details: p.skills.join(", ") || none },
        { term: t("talent.summary"), details: p.summary || none, multiline: true },
        { term: t("talent.place"), details: p.municipalityName },
        { term: t("talent.reach"), details: t("talent.reachCount", { count: p.reachMunicipalities.length }) },
        {
          term: t("talent.availability"),
          details: `${t("talent.hours", { hours: p.hoursPerWeek })}${p.earliestStart ? `, ${t("talent.from", { date: p.earliestStart })}` : ""}`,
        },
        {
          term: t("talent.languagesLabel"),
          details: [
            t("talent.norwegian", { level: p.norwegianLevel === "NONE" ? "–" : p.norwegianLevel }),
            ...p.languages.filter((l) => l !== "no").map((l) => (isLanguageCode(l) ? languageLabels[l][lang] : l)),
          ].join(", "),
        },
        { term: t("talent.licencesLabel"), details: p.licences.join(", ") || none },
        {
          term: t("talent.measuresLabel"),
          details: p.measures.map((m) => (isMeasureCode(m) ? measureLabels[m][lang] : m)).join(", ") || none,
        },
        ...(p.targetGroups.length
          ? [
              {
                term: t("talent.targetGroups"),
                details: p.targetGroups.map((g) => t(`targetGroups.${g}`)).join(", "),
              },
            ]
          : []),
        ...(p.accommodations.length
          ? [
              {
                term: t("talent.accommodationsLabel"),
                details: p.accommodations.map((a) => t(`accommodationCategories.${a}`)).join(", "),
              },
            ]
          : []),
      ]}
    />
  );
}
