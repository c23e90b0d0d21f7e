import { useTranslation } from "react-i18next";
import type { Match } from "~/domain/matching/score";
import { useLocale } from "~/i18n/use-locale";

/** A match's score as a meter, each factor with its reason, and the fixes for a near miss. */
export function MatchExplanation({ match, id }: { match: Match; id: string }) {
  const { t } = useTranslation();
  const lang = useLocale();
  return (
    <div>
      <p className="flex items-center gap-3">
        <span id={`${id}-score`} className="font-semibold">
          {t("matching.score", { score: match.score })}
        </span>
        <meter
          aria-labelledby={`${id}-score`}
          min={0}
          max={100}
          low={50}
          high={80}
          optimum={100}
          value={match.score}
          className="h-3 w-40"
        />
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer text-brand-800 underline">{t("matching.why")}</summary>
        <ul className="mt-1 list-disc pl-6 text-sm">
          {match.factors.map((f) => (
            <li key={f.key}>
              <strong>{t(`matching.factors.${f.key}`)}</strong> ({Math.round(f.score * f.weight)}/{f.weight}):{" "}
              {f.reason[lang]}
            </li>
          ))}
        </ul>
      </details>
      {match.fixes.length ? (
        <div className="mt-2 rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-sm">
          <p className="font-semibold">{t("matching.fixes")}</p>
          <ul className="list-disc pl-6">
            {match.fixes.map((f) => (
              <li key={f.key}>{f.text[lang]}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
