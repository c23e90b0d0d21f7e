import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Previous / "page n of m" / next, as links that keep the rest of the search in the URL. */
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("search.pagination")} className="mt-6 flex items-center gap-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className="text-brand-700 underline">
          {t("search.previous")}
        </Link>
      ) : null}
      <span>{t("search.page", { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} className="text-brand-700 underline">
          {t("search.next")}
        </Link>
      ) : null}
    </nav>
  );
}
