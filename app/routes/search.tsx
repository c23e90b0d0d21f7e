import { useTranslation } from "react-i18next";
import { data, href, Link } from "react-router";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import { FACET_FIELDS, parsePublicSearch, type PublicSearchParams } from "~/domain/openings/public-search-params";
import { noFacets } from "~/domain/search/engine-call.server";
import { searchPublicOpenings } from "~/domain/openings/public-search.server";
import { localeFromPath } from "~/i18n/localized-paths";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { Highlighted } from "~/ui/highlighted";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { facetValueLabel, removableFilters } from "~/ui/search/facet-label";
import { FacetList, FilterSelect, SearchLayout } from "~/ui/search/search-layout";
import { searchHref } from "~/ui/search/search-url";
import { QuickFilters } from "~/ui/youth/quick-filters";
import type { Route } from "./+types/search";

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const params = parsePublicSearch(url);
  const english = localeFromPath(url.pathname) === "en";
  const searched = await searchPublicOpenings(db(), params);
  if (!searched.ok) {
    // The engine did not answer: the page says so (503, try again), with the visitor's query kept.
    return data(
      {
        params,
        result: { total: 0, perPage: 20, facets: noFacets(FACET_FIELDS), hits: [] },
        english,
        unavailable: true,
      },
      { status: 503, headers: { "Retry-After": "30" } },
    );
  }
  const found = searched.value;
  // Only what the list shows travels to the page: descriptions and skills stay on the server.
  const hits = found.hits.map(({ id, doc, highlights }) => ({
    id,
    highlights: { title: highlights.title },
    doc: {
      title: doc.title,
      kind: doc.kind,
      employerName: doc.employerName,
      municipalityName: doc.municipalityName,
      extent: doc.extent,
      hoursPerWeek: doc.hoursPerWeek,
      applicationDeadline: doc.applicationDeadline,
      measures: doc.measures,
    },
  }));
  // The English twin's links stay in English (the path decides the language there).
  return {
    params,
    result: { total: found.total, perPage: found.perPage, facets: found.facets, hits },
    english,
    unavailable: false,
  };
}

const defaults = { q: "", sort: "relevance", page: 1 };

export default function Search({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const { params, result, english, unavailable } = loaderData;
  const base = english ? href("/en/opportunities") : href("/muligheter");
  const openingHref = (id: string) =>
    english ? href("/en/opportunities/:id", { id }) : href("/muligheter/:id", { id });
  const link = (state: PublicSearchParams) => searchHref(base, state, defaults);
  const active = removableFilters(FACET_FIELDS, params, link, t, lang);
  const narrowed = active.length > 0 || params.q !== "";
  return (
    <Page title={t("search.title")} intro={t("search.intro")}>
      {unavailable ? <Notice tone="warning">{t("search.unavailable")}</Notice> : null}
      <QuickFilters base={base} current={params.kind} />
      <SearchLayout
        texts="search"
        query={params.q}
        filtersOpen={active.length > 0}
        filters={
          <>
            {FACET_FIELDS.map((field) => (
              <FacetList
                key={field}
                field={field}
                legend={t(`search.${field}`)}
                buckets={result.facets[field]}
                selected={params[field]}
                label={(v) => facetValueLabel(field, v, t, lang)}
              />
            ))}
            <FilterSelect
              name="sort"
              label={t("search.sort")}
              value={params.sort}
              options={[
                { value: "relevance", label: t("search.sortRelevance") },
                { value: "newest", label: t("search.sortNewest") },
                { value: "deadline", label: t("search.sortDeadline") },
              ]}
            />
          </>
        }
        results={{
          total: result.total,
          active,
          clearHref: narrowed ? searchHref(base, { ...defaults, q: params.q }, defaults) : undefined,
          hits: result.hits,
          hitKey: (hit) => hit.id,
          hit: (hit) => (
            <>
              <h3 className="text-lg font-semibold">
                <Link to={openingHref(hit.id)} className="text-brand-700 underline">
                  <Highlighted parts={hit.highlights.title} fallback={hit.doc.title} />
                </Link>
              </h3>
              <p className="text-sm text-gray-800">
                {t(`kinds.${hit.doc.kind}`)} · {hit.doc.employerName} · {hit.doc.municipalityName} ·{" "}
                {t(`extents.${hit.doc.extent}`)}, {t("search.hours", { hours: hit.doc.hoursPerWeek })}
                {hit.doc.applicationDeadline ? ` · ${t("search.deadline", { date: hit.doc.applicationDeadline })}` : ""}
              </p>
              {hit.doc.measures.length ? (
                <p className="mt-1 text-sm">
                  {hit.doc.measures.map((m) => (isMeasureCode(m) ? measureLabels[m][lang] : m)).join(", ")}
                </p>
              ) : null}
            </>
          ),
          pages: {
            page: params.page,
            pages: Math.max(1, Math.ceil(result.total / result.perPage)),
            hrefFor: (page) => link({ ...params, page }),
          },
        }}
      />
    </Page>
  );
}
