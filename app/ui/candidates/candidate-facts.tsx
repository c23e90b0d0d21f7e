import { useTranslation } from "react-i18next";
import { languageLabels, type CandidateLanguage } from "~/domain/candidates/profile-options";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { occupationLabel } from "~/domain/openings/occupations";
import { useLocale } from "~/i18n/use-locale";
import { DefinitionList } from "~/ui/definition-list";

export type CandidateFactsData = {
  fullName: string | null;
  birthYear: number | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  occupationCodes: string[];
  skills: string[];
  summary: string;
  municipality: string;
  hoursPerWeek: number;
  norwegianLevel: string;
  languages: CandidateLanguage[];
  measures: string[];
};

/** The personal part (only the owning company sees it) and the profile part, side by side. */
export function CandidateFacts({ c }: { c: CandidateFactsData }) {
  const { t } = useTranslation();
  const lang = useLocale();
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="personal-title">
        <h2 id="personal-title" className="text-xl font-semibold">
          {t("candidates.personal")}
        </h2>
        <p className="mb-2 text-sm text-gray-700">{t("candidates.personalHint")}</p>
        <DefinitionList
          items={[
            { term: t("candidates.fullName"), details: c.fullName },
            { term: t("candidates.birthYear"), details: c.birthYear },
            { term: t("candidates.phone"), details: c.phone },
            { term: t("candidates.email"), details: c.email },
            { term: t("candidates.notes"), details: c.notes, multiline: true },
          ]}
        />
      </section>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title" className="text-xl font-semibold">
          {t("candidates.profile")}
        </h2>
        <DefinitionList
          items={[
            {
              term: t("candidates.occupations"),
              details: c.occupationCodes.map((code) => occupationLabel(code, lang)).join(", "),
            },
            { term: t("candidates.skills"), details: c.skills.join(", ") },
            { term: t("candidates.summary"), details: c.summary, multiline: true },
            { term: t("candidates.municipality"), details: c.municipality },
            { term: t("candidates.hoursPerWeek"), details: c.hoursPerWeek },
            {
              term: t("candidates.languagesTitle"),
              details: [
                t("talent.norwegian", { level: c.norwegianLevel }),
                ...c.languages.map((l) => `${languageLabels[l.code][lang]} ${l.level}`),
              ].join(", "),
            },
            {
              term: t("candidates.measures"),
              details: c.measures.map((m) => (isMeasureCode(m) ? measureLabels[m][lang] : m)).join(", "),
            },
          ]}
        />
      </section>
    </div>
  );
}
