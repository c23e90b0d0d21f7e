import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Form, Link, useNavigation } from "react-router";
import { Pagination } from "~/ui/pagination";

/**
 * The frame of a search page (public openings, anonymised talent): one GET form, so the state
 * lives in the URL and the page works without JavaScript. The query box stands above the
 * results. The filters come after the results in the page (a phone shows a result in its first
 * screen) inside a disclosure that works without JavaScript; from 768 px wide they stand in a
 * column beside the results, always open (app.css).
 */
export type SearchResults<Hit> = {
  total: number;
  /** The chosen filters, each a link that removes it */
  active: readonly ActiveFilter[];
  /** Where "clear all filters" leads when nothing was found; no link when there is nothing to clear */
  clearHref?: string;
  hits: readonly Hit[];
  hitKey: (hit: Hit) => string;
  hit: (hit: Hit) => ReactNode;
  pages: { page: number; pages: number; hrefFor: (page: number) => string };
};

export function SearchLayout<Hit>({
  texts,
  query,
  filters,
  results,
  filtersOpen = false,
}: {
  /** The i18n namespace of the page's words: both pages name the same parts */
  texts: "search" | "talent";
  query: string;
  /** The filters besides the query: selects and facet lists */
  filters: ReactNode;
  results: SearchResults<Hit>;
  /** Open the disclosure on a phone too (the visitor has chosen filters and should see them) */
  filtersOpen?: boolean;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const text = (key: string, options?: Record<string, unknown>) => t(`${texts}.${key}`, options);
  return (
    <Form method="get" className="grid gap-8 md:grid-cols-[16rem_1fr]" aria-busy={navigation.state === "loading"}>
      <div className="md:col-start-2">
        <label htmlFor="q" className="block font-semibold">
          {text("query")}
        </label>
        <p id="q-hint" className="text-sm text-gray-700">
          {text("queryHint")}
        </p>
        <div className="mt-1 flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            aria-describedby="q-hint"
            className="block w-full max-w-md rounded border-2 border-gray-600 px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {text("submit")}
          </button>
        </div>
      </div>
      <section aria-labelledby="results-title" className="md:col-start-2">
        <h2 id="results-title" className="text-xl font-semibold" aria-live="polite">
          {text("results", { count: results.total })}
        </h2>
        <ActiveFilters label={text("filters")} filters={results.active} />
        {results.hits.length === 0 ? (
          <EmptyHint
            message={text("none")}
            loosen={texts === "search" ? text("loosen") : undefined}
            clear={results.clearHref ? { href: results.clearHref, label: text("clearAll") } : undefined}
          />
        ) : (
          <ol className="mt-4 space-y-4">
            {results.hits.map((hit) => (
              <li key={results.hitKey(hit)} className="rounded border border-gray-300 p-4">
                {results.hit(hit)}
              </li>
            ))}
          </ol>
        )}
        <Pagination {...results.pages} />
      </section>
      <aside aria-label={text("filters")} className="md:col-start-1 md:row-span-2 md:row-start-1">
        <details className="filters-disclosure" open={filtersOpen}>
          <summary className="cursor-pointer rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800">
            {t("youth.filtersToggle")}
          </summary>
          <h2 className="mt-4 text-xl font-semibold md:mt-0">{text("filters")}</h2>
          {filters}
          <button
            type="submit"
            className="mt-4 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {text("apply")}
          </button>
        </details>
      </aside>
    </Form>
  );
}

export type Bucket = { value: string; count: number };

/**
 * One facet as checkboxes with their counts (a facet with no values is left out). `limit` keeps
 * long facets short; a value the visitor chose stays in the list even past the limit.
 */
export function FacetList({
  field,
  legend,
  buckets,
  selected,
  label,
  limit,
}: {
  field: string;
  legend: string;
  buckets: readonly Bucket[];
  selected: readonly string[];
  label: (value: string) => string;
  limit?: number;
}) {
  const shown = limit === undefined ? buckets : buckets.filter((b, i) => i < limit || selected.includes(b.value));
  if (!shown.length) return null;
  return (
    <fieldset className="mt-4">
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-1 space-y-1">
        {shown.map((bucket) => {
          const id = `f-${field}-${bucket.value}`;
          return (
            <li key={bucket.value}>
              <input
                id={id}
                type="checkbox"
                name={field}
                value={bucket.value}
                defaultChecked={selected.includes(bucket.value)}
                className="mr-2 h-4 w-4"
              />
              <label htmlFor={id}>
                {label(bucket.value)} <span className="text-gray-700">({bucket.count})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** A one-value filter of a search form as a select (sort order, municipality, level). */
export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="mt-4">
      <label htmlFor={`f-${name}`} className="block font-semibold">
        {label}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={value}
        className="mt-1 block w-full rounded border-2 border-gray-600 px-2 py-1"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export type ActiveFilter = { key: string; text: string; href: string };

/** The chosen filters as links that remove one each (the rest of the search is kept). */
function ActiveFilters({ label, filters }: { label: string; filters: readonly ActiveFilter[] }) {
  if (!filters.length) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label={label}>
      {filters.map((f) => (
        <li key={f.key}>
          <Link to={f.href} className="rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-800 underline">
            {f.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** No hits: says so, and offers a way back to a wider search when the visitor narrowed it. */
function EmptyHint({
  message,
  loosen,
  clear,
}: {
  message: string;
  loosen?: string;
  clear?: { href: string; label: string };
}) {
  return (
    <div className="mt-4">
      <p>{message}</p>
      {clear ? (
        <p className="mt-2">
          {loosen ? `${loosen} ` : null}
          <Link to={clear.href} className="text-brand-700 underline">
            {clear.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
