import { useTranslation } from "react-i18next";
import { useLocale } from "~/i18n/use-locale";
import { formatOsloDateTime } from "~/lib/dates";
import { openingFieldLabelKey } from "~/ui/opening-form";

export type OpeningVersionLine = { version: number; at: string; by: string; fields: string[] };

/** The edits made after publishing: which fields, by whom, when. */
export function OpeningHistory({ versions }: { versions: OpeningVersionLine[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!versions.length) return null;
  return (
    <section aria-labelledby="history-title" className="mt-10">
      <h2 id="history-title" className="text-xl font-semibold">
        {t("openings.history")}
      </h2>
      <ol className="mt-2 space-y-1">
        {versions.map((v) => (
          <li key={v.version}>
            {t("openings.historyLine", {
              version: v.version,
              when: formatOsloDateTime(v.at, locale),
              who: v.by,
              fields: v.fields.map((f) => t(openingFieldLabelKey(f))).join(", "),
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
