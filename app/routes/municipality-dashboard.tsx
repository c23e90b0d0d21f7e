import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { loadDashboard } from "~/domain/statistics/dashboard-page.server";
import { db } from "~/lib/db.server";
import { DashboardView, MemberPeriodForm } from "~/ui/dashboard-view";
import { Page } from "~/ui/page";
import type { Route } from "./+types/municipality-dashboard";

async function municipalityOf(request: Request) {
  const viewer = await requireOrgPermission(request, "statistics:read");
  const org = await db().organization.findUniqueOrThrow({ where: { id: viewer.organization.id }, select: { municipalityNumber: true } });
  return org.municipalityNumber;
}

export async function loader({ request }: Route.LoaderArgs) {
  const code = await municipalityOf(request);
  return { code, ...(await loadDashboard(db(), code, new URL(request.url), true)) };
}

export default function MunicipalityDashboard({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const d = loaderData;
  return (
    <Page title={t("dashboard.title", { municipality: d.municipality })} intro={t("dashboard.intro")}>
      <p className="mb-4">
        <Link to={`/statistikk/${d.code}`} className="text-brand-700 underline">
          {t("dashboard.publicLink")}
        </Link>
      </p>
      <DashboardView
        data={d.data}
        county={d.county}
        days={d.days}
        exportHref={`/kommune/statistikk/eksport${d.query}`}
        picker={<MemberPeriodForm params={d.params} days={d.days} />}
        audience="member"
        params={d.params}
      />
    </Page>
  );
}
