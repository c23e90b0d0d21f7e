import { useTranslation } from "react-i18next";
import { Form, Link, useNavigation } from "react-router";
import { measureLabels, isMeasureCode } from "~/domain/measures/measure-codes";
import { occupationGroups, type OccupationGroup } from "~/domain/openings/occupations";
import { countyName, FACET_FIELDS, parsePublicSearch, type FacetField } from "~/domain/openings/public-search-params";
import { searchPublicOpenings } from "~/domain/openings/public-search.server";
import { searchBasePath } from "~/i18n/localized-paths";
import { db } from "~/lib/db.server";
import { Highlighted } from "~/ui/highlighted";
import { Page } from "~/ui/page";
import { Pagination } from "~/ui/pagination";
import type { Route } from "./+types/search";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const params = parsePublicSearch(url);
  const found = await searchPublicOpenings(db(), params);
  // Only what the list shows travels to the page: descriptions and skills stay on the server.
  const hits = found.hits.map(({ id, doc, highlights }) => ({
    id,
    highlights: { title: highlights.title },
    doc: { title: doc.title, kind: doc.kind, employerName: doc.employerName, municipalityName: doc.municipalityName, extent: doc.extent, hoursPerWeek: doc.hoursPerWeek, applicationDeadline: doc.applicationDeadline, measures: doc.measures },
  }));
  return { params, result: { total: found.total, perPage: found.perPage, facets: found.facets, hits }, base: searchBasePath(url.pathname) };
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const { params, result, base } = loaderData;
  const navigation = useNavigation();
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));

  const valueLabel = (field: FacetField, value: string): string => {
    switch (field) {
      case "county":
        return countyName(value);
      case "occupationGroup":
        return occupationGroups[value as OccupationGroup]?.[lang] ?? value;
      case "kind":
        return t(`kinds.${value}`);
      case "extent":
        return t(`extents.${value}`);
      case "measures":
        return isMeasureCode(value) ? measureLabels[value][lang] : value;
      case "accommodations":
        return t(`accommodationCategories.${value}`);
    }
  };

  /** The current URL with one change: links keep the whole state (shareable, back button). */
  const urlWith = (change: (sp: URLSearchParams) => void) => {
    const sp = new URLSearchParams();
    if (params.q) sp.set("q", params.q);
    for (const f of FACET_FIELDS) for (const v of params[f]) sp.append(f, v);
    if (params.sort !== "relevance") sp.set("sort", params.sort);
    if (params.page > 1) sp.set("page", String(params.page));
    change(sp);
    const qs = sp.toString();
    return qs ? `${base}?${qs}` : base;
  };
  const active = FACET_FIELDS.flatMap((f) => params[f].map((v) => ({ field: f, value: v })));

  return (
    <Page title={t("search.title")} intro={t("search.intro")}>
      <Form method="get" className="grid gap-8 md:grid-cols-[16rem_1fr]" aria-busy={navigation.state === "loading"}>
        <div className="md:col-start-2">
          <label htmlFor="q" className="block font-semibold">
            {t("search.query")}
          </label>
          <p id="q-hint" className="text-sm text-gray-700">
            {t("search.queryHint")}
          </p>
          <div className="mt-1 flex gap-2">
            <input id="q" name="q" type="search" defaultValue={params.q} aria-describedby="q-hint" className="block w-full max-w-md rounded border-2 border-gray-600 px-3 py-2" />
            <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
              {t("search.submit")}
            </button>
          </div>
        </div>
        <aside aria-label={t("search.filters")} className="md:row-span-2 md:row-start-1">
          <h2 className="text-xl font-semibold">{t("search.filters")}</h2>
          {FACET_FIELDS.map((field) => (
            <fieldset key={field} className="mt-4">
              <legend className="font-semibold">{t(`search.${field}`)}</legend>
              <ul className="mt-1 space-y-1">
                {result.facets[field].map((bucket) => {
                  const id = `f-${field}-${bucket.value}`;
                  return (
                    <li key={bucket.value}>
                      <input id={id} type="checkbox" name={field} value={bucket.value} defaultChecked={params[field].includes(bucket.value)} className="mr-2 h-4 w-4" />
                      <label htmlFor={id}>
                        {valueLabel(field, bucket.value)} <span className="text-gray-700">({bucket.count})</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
          <div className="mt-4">
            <label htmlFor="sort" className="block font-semibold">
              {t("search.sort")}
            </label>
            <select id="sort" name="sort" defaultValue={params.sort} className="mt-1 rounded border-2 border-gray-600 px-2 py-1">
              <option value="relevance">{t("search.sortRelevance")}</option>
              <option value="newest">{t("search.sortNewest")}</option>
              <option value="deadline">{t("search.sortDeadline")}</option>
            </select>
          </div>
          <button type="submit" className="mt-4 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t("search.apply")}
          </button>
        </aside>
        <section aria-labelledby="results-title" className="md:col-start-2">
          <h2 id="results-title" className="text-xl font-semibold" aria-live="polite">
            {t("search.results", { count: result.total })}
          </h2>
          {active.length ? (
            <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("search.filters")}>
              {active.map((a) => (
                <li key={`${a.field}-${a.value}`}>
                  <Link to={urlWith((sp) => { const rest = sp.getAll(a.field).filter((v) => v !== a.value); sp.delete(a.field); rest.forEach((v) => sp.append(a.field, v)); sp.delete("page"); })} className="rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-800 underline">
                    {t("search.removeFilter", { label: valueLabel(a.field, a.value) })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {result.total === 0 ? (
            <div className="mt-4">
              <p>{t("search.none")}</p>
              {active.length || params.q ? (
                <p className="mt-2">
                  {t("search.loosen")}{" "}
                  <Link to={params.q ? `${base}?q=${encodeURIComponent(params.q)}` : base} className="text-brand-700 underline">
                    {t("search.clearAll")}
                  </Link>
                </p>
              ) : null}
            </div>
          ) : (
            <ol className="mt-4 space-y-4">
              {result.hits.map((hit) => (
                <li key={hit.id} className="rounded border border-gray-300 p-4">
                  <h3 className="text-lg font-semibold">
                    <Link to={`${base}/${hit.id}`} className="text-brand-700 underline">
                      <Highlighted parts={hit.highlights.title} fallback={hit.doc.title} />
                    </Link>
                  </h3>
                  <p className="text-sm text-gray-800">
                    {t(`kinds.${hit.doc.kind}`)} · {hit.doc.employerName} · {hit.doc.municipalityName} · {t(`extents.${hit.doc.extent}`)}, {t("search.hours", { hours: hit.doc.hoursPerWeek })}
                    {hit.doc.applicationDeadline ? ` · ${t("search.deadline", { date: hit.doc.applicationDeadline })}` : ""}
                  </p>
                  {hit.doc.measures.length ? <p className="mt-1 text-sm">{hit.doc.measures.map((m) => (isMeasureCode(m) ? measureLabels[m][lang] : m)).join(", ")}</p> : null}
                </li>
              ))}
            </ol>
          )}
          <Pagination page={params.page} pages={pages} hrefFor={(page) => urlWith((sp) => sp.set("page", String(page)))} />
        </section>
      </Form>
    </Page>
  );
}
