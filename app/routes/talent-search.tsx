import { useTranslation } from "react-i18next";
import { Form, Link, useNavigation } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { languageLabels, isLanguageCode } from "~/domain/candidates/profile-options";
import { parseTalentSearch, TALENT_FACETS, type TalentFacet } from "~/domain/candidates/talent-search-params";
import { searchTalent } from "~/domain/candidates/talent-search.server";
import { measureLabels, isMeasureCode } from "~/domain/measures/measure-codes";
import { municipalityOptions } from "~/domain/municipalities/register";
import { cefrLevels } from "~/domain/openings/accommodations";
import { occupationGroups, occupationLabel, type OccupationGroup } from "~/domain/openings/occupations";
import { countyName } from "~/domain/openings/public-search-params";
import { db } from "~/lib/db.server";
import { Highlighted } from "~/ui/highlighted";
import { Page } from "~/ui/page";
import { Pagination } from "~/ui/pagination";
import type { Route } from "./+types/talent-search";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  await requireOrgPermission(request, "talent:search");
  const params = parseTalentSearch(new URL(request.url));
  return { params, result: await searchTalent(db(), params) };
}

export default function TalentSearch({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const { params, result } = loaderData;
  const navigation = useNavigation();
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const base = "/talentsok";

  const valueLabel = (field: TalentFacet, value: string): string => {
    switch (field) {
      case "county":
        return countyName(value);
      case "occupationGroup":
        return occupationGroups[value as OccupationGroup]?.[lang] ?? value;
      case "languages":
        return value === "no" ? (lang === "en" ? "Norwegian" : "Norsk") : isLanguageCode(value) ? languageLabels[value][lang] : value;
      case "licences":
        return value;
      case "measures":
        return isMeasureCode(value) ? measureLabels[value][lang] : value;
      case "accommodations":
        return t(`accommodationCategories.${value}`);
    }
  };
  const urlWith = (change: (sp: URLSearchParams) => void) => {
    const sp = new URLSearchParams();
    if (params.q) sp.set("q", params.q);
    if (params.municipality) sp.set("municipality", params.municipality);
    if (params.minHours) sp.set("minHours", String(params.minHours));
    if (params.minNorwegian !== "NONE") sp.set("minNorwegian", params.minNorwegian);
    for (const f of TALENT_FACETS) for (const v of params[f]) sp.append(f, v);
    if (params.page > 1) sp.set("page", String(params.page));
    change(sp);
    const qs = sp.toString();
    return qs ? `${base}?${qs}` : base;
  };
  const selectClass = "mt-1 block w-full rounded border-2 border-gray-600 px-2 py-1";

  return (
    <Page title={t("talent.title")} intro={t("talent.intro")}>
      <Form method="get" className="grid gap-8 md:grid-cols-[16rem_1fr]" aria-busy={navigation.state === "loading"}>
        <div className="md:col-start-2">
          <label htmlFor="q" className="block font-semibold">
            {t("talent.query")}
          </label>
          <p id="q-hint" className="text-sm text-gray-700">
            {t("talent.queryHint")}
          </p>
          <div className="mt-1 flex gap-2">
            <input id="q" name="q" type="search" defaultValue={params.q} aria-describedby="q-hint" className="block w-full max-w-md rounded border-2 border-gray-600 px-3 py-2" />
            <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
              {t("talent.submit")}
            </button>
          </div>
        </div>
        <aside aria-label={t("talent.filters")} className="md:row-span-2 md:row-start-1">
          <h2 className="text-xl font-semibold">{t("talent.filters")}</h2>
          <div className="mt-4">
            <label htmlFor="municipality" className="block font-semibold">
              {t("talent.municipality")}
            </label>
            <select id="municipality" name="municipality" defaultValue={params.municipality} className={selectClass}>
              <option value="">{t("talent.anyMunicipality")}</option>
              {municipalityOptions().map((m) => (
                <option key={m.code} value={m.code}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          <div className="mt-4">
            <label htmlFor="minHours" className="block font-semibold">
              {t("talent.minHours")}
            </label>
            <input id="minHours" name="minHours" type="number" min={0} max={60} defaultValue={params.minHours || ""} className={selectClass} />
          </div>
          <div className="mt-4">
            <label htmlFor="minNorwegian" className="block font-semibold">
              {t("talent.minNorwegian")}
            </label>
            <select id="minNorwegian" name="minNorwegian" defaultValue={params.minNorwegian} className={selectClass}>
              <option value="NONE">{t("talent.anyLevel")}</option>
              {cefrLevels
                .filter((c) => c !== "NONE")
                .map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
            </select>
          </div>
          {TALENT_FACETS.map((field) =>
            result.facets[field].length ? (
              <fieldset key={field} className="mt-4">
                <legend className="font-semibold">{t(`talent.${field}`)}</legend>
                <ul className="mt-1 space-y-1">
                  {result.facets[field].slice(0, 12).map((bucket) => {
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
            ) : null,
          )}
          <button type="submit" className="mt-4 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t("talent.apply")}
          </button>
        </aside>
        <section aria-labelledby="results-title" className="md:col-start-2">
          <h2 id="results-title" className="text-xl font-semibold" aria-live="polite">
            {t("talent.results", { count: result.total })}
          </h2>
          {result.total === 0 ? (
            <div className="mt-4">
              <p>{t("talent.none")}</p>
              <p className="mt-2">
                <Link to={base} className="text-brand-700 underline">
                  {t("talent.clearAll")}
                </Link>
              </p>
            </div>
          ) : (
            <ol className="mt-4 space-y-4">
              {result.hits.map((hit) => (
                <li key={hit.id} className="rounded border border-gray-300 p-4">
                  <h3 className="text-lg font-semibold">
                    <Link to={`${base}/${hit.doc.code}`} className="text-brand-700 underline">
                      {t("talent.profileTitle", { code: hit.doc.code })}
                    </Link>
                  </h3>
                  <p>
                    <Highlighted parts={hit.highlights.occupation} fallback={hit.doc.occupationCodes.map((c) => occupationLabel(c, lang)).join(", ")} />
                  </p>
                  <p className="text-sm text-gray-800">
                    {hit.doc.municipalityName} · {t("talent.hours", { hours: hit.doc.hoursPerWeek })} · {t("talent.norwegian", { level: hit.doc.norwegianLevel === "NONE" ? "–" : hit.doc.norwegianLevel })}
                    {hit.doc.earliestStart ? ` · ${t("talent.from", { date: hit.doc.earliestStart })}` : ""} · {hit.doc.companyName}
                  </p>
                  {hit.doc.skills.length ? <p className="mt-1 text-sm">{hit.doc.skills.join(", ")}</p> : null}
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
