import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { municipalityName } from "~/domain/municipalities/register";
import { listOrganizationOpenings } from "~/domain/openings/openings.server";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { linkButtonClass } from "~/ui/form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/openings-list";

export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "opening:list");
  const rows = await listOrganizationOpenings(db(), actor);
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
        <Link to={href("/stillinger/ny")} className={linkButtonClass}>
          {t("openings.new")}
        </Link>
      </p>
      <DataTable
        caption={t("openings.myTitle")}
        captionHidden
        rows={loaderData.openings}
        rowKey={(o) => o.id}
        empty={t("openings.none")}
        columns={[
          {
            header: t("openings.title"),
            rowHeader: true,
            cell: (o) => (
              <Link to={href("/stillinger/:id", { id: o.id })} className="text-brand-700 underline">
                {o.title}
              </Link>
            ),
          },
          { header: t("openings.kind"), cell: (o) => t(`kinds.${o.kind}`) },
          { header: t("openings.municipality"), cell: (o) => o.municipality },
          { header: t("openings.status"), cell: (o) => t(`statuses.${o.status}`) },
          { header: t("admin.when"), cell: (o) => formatOsloDateTime(o.updatedAt, locale) },
        ]}
      />
    </Page>
  );
}
