import { useTranslation } from "react-i18next";
import { data, href } from "react-router";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { loadPublicStatistics } from "~/domain/statistics/dashboard-page.server";
import { db } from "~/lib/db.server";
import { Page } from "~/ui/page";
import { DashboardView } from "~/ui/statistics/dashboard-view";
import { PublicPeriodForm } from "~/ui/statistics/period-forms";
import type { Route } from "./+types/public-statistics";

/**
 * The public, anonymous version: aggregate figures only, with the default assumptions, for a
 * completed quarter or year (`?periode=`); every other query parameter is ignored.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  if (!isMunicipalityCode(params.kommune)) throw data(null, { status: 404 });
  return { code: params.kommune, ...(await loadPublicStatistics(db(), params.kommune, new URL(request.url))) };
}

export default function PublicStatistics({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const d = loaderData;
  return (
    <Page title={t("dashboard.publicTitle", { municipality: d.municipality })} intro={t("dashboard.intro")}>
      <DashboardView
        data={d.data}
        county={null}
        days={d.days}
        exportHref={`${href("/statistikk/:kommune/eksport", { kommune: d.code })}?periode=${d.period.key}`}
        picker={<PublicPeriodForm period={d.period} periods={d.periods} />}
        audience="public"
        params={null}
      />
    </Page>
  );
}
