import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { z } from "zod";
import { requireOrgPermission } from "~/auth/require.server";
import { can } from "~/auth/permissions";
import { listOwnCandidates } from "~/domain/candidates/candidates.server";
import { candidateStatuses } from "~/domain/candidates/profile-options";
import { municipalityName } from "~/domain/municipalities/register";
import { isOccupationCode, occupationLabel, occupations } from "~/domain/openings/occupations";
import { searchParamsRecord } from "~/domain/openings/public-search-params";
import { db } from "~/lib/db.server";
import { Notice } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/candidates-list";
import { useLocale } from "~/i18n/use-locale";

const filtersSchema = z.object({
  status: z.enum(candidateStatuses).optional().catch(undefined),
  occupationCode: z
    .string()
    .optional()
    .transform((v) => (v && isOccupationCode(v) ? v : undefined)),
  listed: z.enum(["yes", "no"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

/**
 * The filters are posted, not put in the URL: the search box takes names, and the privacy rules
 * keep personal data out of URLs (history, logs, referrers). Status and occupation go along.
 */
async function list(request: Request, raw: Record<string, FormDataEntryValue | string | string[]>) {
  const { actor, ...viewer } = await requireOrgPermission(request, "candidate:manage");
  const filters = filtersSchema.parse(raw);
  const rows = await listOwnCandidates(db(), actor, filters);
  return {
    filters,
    canAudit: can(viewer, "candidate:audit"),
    erased: new URL(request.url).searchParams.get("melding") === "slettet",
    candidates: rows.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.fullName,
      status: c.status,
      occupationCodes: c.occupationCodes,
      municipality: municipalityName(c.municipalityNumber),
      hours: c.hoursPerWeek,
      listed: Boolean(c.listingConsentAt) && c.status === "ACTIVE",
    })),
  };
}

export async function loader({ request }: Route.LoaderArgs) {
  const { q: _q, ...fromUrl } = searchParamsRecord(new URL(request.url));
  return list(request, fromUrl);
}

export async function action({ request }: Route.ActionArgs) {
  return list(request, Object.fromEntries(await request.formData()));
}

export default function CandidatesList({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const view = actionData ?? loaderData;
  const { filters, candidates } = view;
  return (
    <Page title={t("candidates.title")} intro={t("candidates.intro")}>
      {loaderData.erased ? <Notice tone="success">{t("candidates.erased")}</Notice> : null}
      <p className="mb-6 flex flex-wrap gap-4">
        <Link to="/kandidater/ny" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("candidates.new")}
        </Link>
        <Link to="/kandidater/henvendelser" className="self-center text-brand-700 underline">
          {t("candidates.inquiriesLink")}
        </Link>
        {loaderData.canAudit ? (
          <Link to="/kandidater/logg" className="self-center text-brand-700 underline">
            {t("candidates.auditLink")}
          </Link>
        ) : null}
      </p>
      <Form method="post" className="mb-6 flex flex-wrap items-end gap-4" aria-label={t("candidates.filters")}>
        <div>
          <label htmlFor="f-q" className="block font-semibold">
            {t("candidates.filterQuery")}
          </label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} className="mt-1 rounded border-2 border-gray-600 px-2 py-1" />
        </div>
        <div>
          <label htmlFor="f-status" className="block font-semibold">
            {t("candidates.filterStatus")}
          </label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""} className="mt-1 rounded border-2 border-gray-600 px-2 py-1">
            <option value="">{t("candidates.filterAll")}</option>
            {candidateStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`candidateStatuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-occupation" className="block font-semibold">
            {t("candidates.filterOccupation")}
          </label>
          <select id="f-occupation" name="occupationCode" defaultValue={filters.occupationCode ?? ""} className="mt-1 max-w-xs rounded border-2 border-gray-600 px-2 py-1">
            <option value="">{t("candidates.filterListedAny")}</option>
            {occupations.map((o) => (
              <option key={o.code} value={o.code}>
                {o[lang]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-listed" className="block font-semibold">
            {t("candidates.filterListed")}
          </label>
          <select id="f-listed" name="listed" defaultValue={filters.listed ?? ""} className="mt-1 rounded border-2 border-gray-600 px-2 py-1">
            <option value="">{t("candidates.filterListedAny")}</option>
            <option value="yes">{t("candidates.filterListedYes")}</option>
            <option value="no">{t("candidates.filterListedNo")}</option>
          </select>
        </div>
        <button type="submit" className="rounded border-2 border-brand-700 px-4 py-1 font-semibold text-brand-800 hover:bg-brand-50">
          {t("candidates.filterApply")}
        </button>
      </Form>
      {candidates.length === 0 ? (
        <p>{t("candidates.none")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-4">{t("candidates.colCode")}</th>
              <th scope="col" className="py-2 pr-4">{t("candidates.colName")}</th>
              <th scope="col" className="py-2 pr-4">{t("candidates.colOccupations")}</th>
              <th scope="col" className="py-2 pr-4">{t("candidates.colMunicipality")}</th>
              <th scope="col" className="py-2 pr-4">{t("candidates.colHours")}</th>
              <th scope="col" className="py-2 pr-4">{t("candidates.colListed")}</th>
              <th scope="col" className="py-2">{t("candidates.colStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">
                  <Link to={`/kandidater/${c.id}`} className="text-brand-700 underline">
                    {c.code}
                  </Link>
                </td>
                <td className="py-2 pr-4">{c.name ?? t("candidates.deleted")}</td>
                <td className="py-2 pr-4">{c.occupationCodes.map((code) => occupationLabel(code, lang)).join(", ")}</td>
                <td className="py-2 pr-4">{c.municipality}</td>
                <td className="py-2 pr-4">{c.hours}</td>
                <td className="py-2 pr-4">{c.listed ? t("candidates.yes") : t("candidates.no")}</td>
                <td className="py-2">{t(`candidateStatuses.${c.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
