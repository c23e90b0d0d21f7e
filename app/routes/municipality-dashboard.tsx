import { useTranslation } from "react-i18next";
import { data, href, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { loadMemberDashboard } from "~/domain/statistics/dashboard-page.server";
import { db } from "~/lib/db.server";
import { Page } from "~/ui/page";
import { DashboardView } from "~/ui/statistics/dashboard-view";
import { MemberPeriodForm } from "~/ui/statistics/period-forms";
import { memberYouthFigures } from "~/domain/statistics/youth.server";
import { YouthSection } from "~/ui/statistics/youth-section";
import type { Route } from "./+types/municipality-dashboard";

/** The member dashboard of the municipality the member works for, any period, with the county beside it. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "statistics:read");
  const dashboard = await loadMemberDashboard(db(), actor, new URL(request.url), true);
  if (!dashboard.ok) throw data(null, { status: 404 });
  const youth = await memberYouthFigures(db(), actor, dashboard.value.code, dashboard.value.days);
  if (!youth.ok) throw data(null, { status: 404 });
  return { ...dashboard.value, youth: youth.value };
}

export default function MunicipalityDashboard({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t("dashboard.title", { municipality: d.municipality })} intro={t("dashboard.intro")}>
      <p className="mb-4">
        <Link to={href("/statistikk/:kommune", { kommune: d.code })} className="text-brand-700 underline">
          {t("dashboard.publicLink")}
        </Link>
      </p>
      <DashboardView
        data={d.data}
        county={d.county}
        days={d.days}
        exportHref={`${href("/kommune/statistikk/eksport")}${d.query}`}
        picker={<MemberPeriodForm params={d.params} days={d.days} />}
        audience="member"
        params={d.params}
      />
      <YouthSection figures={d.youth} />
    </Page>
  );
}
