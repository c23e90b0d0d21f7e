import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import type { Highlight } from "#search/port";
import { occupationLabel } from "~/domain/openings/occupations";
import { useLocale } from "~/i18n/use-locale";
import { Highlighted, highlightTerms } from "~/ui/highlighted";

/** What a talent-search hit shows: the anonymised profile's list facts, nothing more. */
export type TalentHitView = {
  code: string;
  occupationCodes: string[];
  /** The engine's marks in the indexed occupation text (both languages, for matching) */
  occupationMarks: Highlight | undefined;
  municipalityName: string;
  hoursPerWeek: number;
  norwegianLevel: string;
  earliestStart: string | null;
  companyName: string;
  skills: string[];
};

/**
 * One anonymised profile in the talent search. Occupations are named from their codes in the
 * reader's language: the index holds both languages so that either finds the profile, and its
 * highlight would show them run together.
 */
export function TalentHit({ hit }: { hit: TalentHitView }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const occupations = hit.occupationCodes.map((c) => occupationLabel(c, lang)).join(", ");
  return (
    <>
      <h3 className="text-lg font-semibold">
        <Link to={href("/talentsok/:code", { code: hit.code })} className="text-brand-700 underline">
          {t("talent.profileTitle", { code: hit.code })}
        </Link>
      </h3>
      <p>
        <Highlighted parts={highlightTerms(occupations, hit.occupationMarks)} fallback={occupations} />
      </p>
      <p className="text-sm text-gray-800">
        {hit.municipalityName} · {t("talent.hours", { hours: hit.hoursPerWeek })} ·{" "}
        {t("talent.norwegian", { level: hit.norwegianLevel === "NONE" ? "–" : hit.norwegianLevel })}
        {hit.earliestStart ? ` · ${t("talent.from", { date: hit.earliestStart })}` : ""} · {hit.companyName}
      </p>
      {hit.skills.length ? <p className="mt-1 text-sm">{hit.skills.join(", ")}</p> : null}
    </>
  );
}
