import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { listNavCases } from "~/domain/nav/nav.server";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { Page } from "~/ui/page";
import type { Route } from "./+types/nav-cases";

/** A NAV office's cases: the proposals it was invited into, with how many measures are decided. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "nav:decide");
  return { cases: await listNavCases(db(), actor) };
}

export default function NavCases({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("navOffice.casesTitle")} intro={t("navOffice.casesIntro")}>
      <DataTable
        caption={t("navOffice.casesTitle")}
        captionHidden
        rows={loaderData.cases}
        rowKey={(c) => c.proposalId}
        empty={t("navOffice.noCases")}
        columns={[
          {
            header: t("navOffice.participant"),
            rowHeader: true,
            cell: (c) => (
              <Link to={href("/nav/saker/:id", { id: c.proposalId })} className="text-brand-700 underline">
                {t("navOffice.caseLink", { code: c.code, opening: c.openingTitle })}
              </Link>
            ),
          },
          { header: t("navOffice.employer"), cell: (c) => c.employerName },
          { header: t("navOffice.company"), cell: (c) => c.companyName },
          { header: t("navOffice.invitedAt"), cell: (c) => formatOsloDateTime(c.invitedAt, locale) },
          {
            header: t("navOffice.progress"),
            cell: (c) =>
              c.decided >= c.measures
                ? t("navOffice.allDecided")
                : t("navOffice.decidedOf", { decided: c.decided, of: c.measures }),
          },
        ]}
      />
    </Page>
  );
}
