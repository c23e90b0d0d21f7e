import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OpeningKindValue } from "~/domain/openings/opening-kinds";
import { searchHref } from "~/ui/search/search-url";

/** One-tap searches for young people: the kinds as links, so they work without JavaScript. */
export const QUICK_FILTERS: readonly {
  key: "quickSummer" | "quickApprentice" | "quickPlacement";
  kinds: OpeningKindValue[];
}[] = [
  { key: "quickSummer", kinds: ["SUMMER_JOB"] },
  { key: "quickApprentice", kinds: ["APPRENTICESHIP", "TRAINING_CANDIDATE"] },
  { key: "quickPlacement", kinds: ["WORK_PLACEMENT"] },
];

export const quickFilterHref = (base: string, kinds: readonly string[]) => searchHref(base, { kind: kinds }, {});

export function QuickFilters({ base, current }: { base: string; current: readonly string[] }) {
  const { t } = useTranslation();
  const same = (kinds: readonly string[]) => kinds.length === current.length && kinds.every((k) => current.includes(k));
  return (
    <nav aria-label={t("youth.quickFilters")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {QUICK_FILTERS.map((q) => (
          <li key={q.key}>
            <Link
              to={quickFilterHref(base, q.kinds)}
              aria-current={same(q.kinds) ? "page" : undefined}
              className="inline-block rounded-full border-2 border-brand-700 px-4 py-1 font-semibold text-brand-800 underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {t(`youth.${q.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
