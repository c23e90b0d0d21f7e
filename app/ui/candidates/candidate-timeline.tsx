import { useTranslation } from "react-i18next";
import type { TimelineEntry } from "~/domain/candidates/candidates.server";
import { useLocale } from "~/i18n/use-locale";
import { formatOsloDateTime } from "~/lib/dates";

/** What happened to the candidate, newest first, with who did it (a colleague, never the candidate). */
export function CandidateTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="timeline-title" className="mt-8">
      <h2 id="timeline-title" className="text-xl font-semibold">
        {t("candidates.timeline")}
      </h2>
      {entries.length === 0 ? <p>{t("candidates.noTimeline")}</p> : null}
      <ol className="mt-2 space-y-1">
        {entries.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <time dateTime={e.at}>{formatOsloDateTime(e.at, locale)}</time>:{" "}
            {t(`candidates.events.${e.type.replaceAll(".", "_")}`, {
              defaultValue: e.type,
              from:
                e.type === "status"
                  ? t(`candidateStatuses.${String(e.metadata.from)}`)
                  : typeof e.metadata.from === "string"
                    ? e.metadata.from
                    : "",
              to: e.type === "status" ? t(`candidateStatuses.${String(e.metadata.to)}`) : "",
              kind: e.metadata.kind ? t(`consentKinds.${String(e.metadata.kind)}`) : "",
            })}
            {e.actor
              ? ` (${e.actor})`
              : e.metadata.source === "CANDIDATE_LINK"
                ? ` (${t("candidatePage.sources.CANDIDATE_LINK")})`
                : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
