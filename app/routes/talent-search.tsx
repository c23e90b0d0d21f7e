import { useTranslation } from "react-i18next";
import { data, href } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { parseTalentSearch, TALENT_FACETS, type TalentSearchParams } from "~/domain/candidates/talent-search-params";
import { noFacets } from "~/domain/search/engine-call.server";
import { searchTalent } from "~/domain/candidates/talent-search.server";
import { municipalityOptions } from "~/domain/municipalities/register";
import { cefrLevels } from "~/domain/openings/accommodations";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import { facetValueLabel, removableFilters } from "~/ui/search/facet-label";
import { FacetList, FilterSelect, SearchLayout } from "~/ui/search/search-layout";
import { searchHref } from "~/ui/search/search-url";
import { TalentHit, type TalentHitView } from "~/ui/search/talent-hit";
import type { Route } from "./+types/talent-search";

export async function loader({ request }: Route.LoaderArgs) {
  await requireOrgPermission(request, "talent:search");
  const params = parseTalentSearch(new URL(request.url));
  const searched = await searchTalent(db(), params);
  if (!searched.ok) {
    return data(
      { params, result: { total: 0, perPage: 20, facets: noFacets(TALENT_FACETS), hits: [] }, unavailable: true },
      { status: 503, headers: { "Retry-After": "30" } },
    );
  }
  const found = searched.value;
  // Only what the list shows travels to the page (not the bilingual occupation text, not the reach list).
  const hits = found.hits.map(({ id, doc, highlights }): { id: string } & TalentHitView => ({
    id,
    code: doc.code,
    occupationCodes: doc.occupationCodes,
    occupationMarks: highlights.occupation,
    municipalityName: doc.municipalityName,
    hoursPerWeek: doc.hoursPerWeek,
    norwegianLevel: doc.norwegianLevel,
    earliestStart: doc.earliestStart,
    companyName: doc.companyName,
    skills: doc.skills,
  }));
  return {
    params,
    result: { total: found.total, perPage: found.perPage, facets: found.facets, hits },
    unavailable: false,
  };
}

const defaults = { q: "", municipality: "", minHours: 0, minNorwegian: "NONE", page: 1 };
const link = (state: TalentSearchParams) => searchHref(href("/talentsok"), state, defaults);

export default function TalentSearch({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const { params, result, unavailable } = loaderData;
  return (
    <Page title={t("talent.title")} intro={t("talent.intro")}>
      {unavailable ? <Notice tone="warning">{t("search.unavailable")}</Notice> : null}
      <SearchLayout
        texts="talent"
        query={params.q}
        filters={
          <>
            <FilterSelect
              name="municipality"
              label={t("talent.municipality")}
              value={params.municipality}
              options={[
                { value: "", label: t("talent.anyMunicipality") },
                ...municipalityOptions().map((m) => ({ value: m.code, label: m.label })),
              ]}
            />
            <div className="mt-4">
              <label htmlFor="f-minHours" className="block font-semibold">
                {t("talent.minHours")}
              </label>
              <input
                id="f-minHours"
                name="minHours"
                type="number"
                min={0}
                max={60}
                defaultValue={params.minHours || ""}
                className="mt-1 block w-full rounded border-2 border-gray-600 px-2 py-1"
              />
            </div>
            <FilterSelect
              name="minNorwegian"
              label={t("talent.minNorwegian")}
              value={params.minNorwegian}
              options={cefrLevels.map((c) => ({ value: c, label: c === "NONE" ? t("talent.anyLevel") : c }))}
            />
            {TALENT_FACETS.map((field) => (
              <FacetList
                key={field}
                field={field}
                legend={t(`talent.${field}`)}
                buckets={result.facets[field]}
                selected={params[field]}
                label={(v) => facetValueLabel(field, v, t, lang)}
                limit={12}
              />
            ))}
          </>
        }
        results={{
          total: result.total,
          active: removableFilters(TALENT_FACETS, params, link, t, lang),
          clearHref: href("/talentsok"),
          hits: result.hits,
          hitKey: (hit) => hit.id,
          hit: (hit) => <TalentHit hit={hit} />,
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
