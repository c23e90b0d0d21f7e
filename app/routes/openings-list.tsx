import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { municipalityName } from "~/domain/municipalities/register";
import { listOrganizationOpenings } from "~/domain/openings/openings.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { Page } from "~/ui/page";
import type { Route } from "./+types/openings-list";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "opening:list");
  const rows = await listOrganizationOpenings(db(), viewer.organization.id);
  return {
    openings: rows.map((o) => ({
      id: o.id,
      title: o.title,
      kind: o.kind,
      status: o.status,
      municipality: municipalityName(o.municipalityNumber),
      updatedAt: o.updatedAt.toISOString(),
    })),
  };
}

export default function OpeningsList({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("openings.myTitle")}>
      <p className="mb-6">
        <Link to="/stillinger/ny" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("openings.new")}
        </Link>
      </p>
      {loaderData.openings.length === 0 ? (
        <p>{t("openings.none")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-4">{t("openings.title")}</th>
              <th scope="col" className="py-2 pr-4">{t("openings.kind")}</th>
              <th scope="col" className="py-2 pr-4">{t("openings.municipality")}</th>
              <th scope="col" className="py-2 pr-4">{t("openings.status")}</th>
              <th scope="col" className="py-2">{t("admin.when")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.openings.map((o) => (
              <tr key={o.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">
                  <Link to={`/stillinger/${o.id}`} className="text-brand-700 underline">
                    {o.title}
                  </Link>
                </td>
                <td className="py-2 pr-4">{t(`kinds.${o.kind}`)}</td>
                <td className="py-2 pr-4">{o.municipality}</td>
                <td className="py-2 pr-4">{t(`statuses.${o.status}`)}</td>
                <td className="py-2">{formatOsloDateTime(o.updatedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
