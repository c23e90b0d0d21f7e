import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { loadDashboard } from "~/domain/statistics/dashboard-page.server";
import { db } from "~/lib/db.server";
import { DashboardView } from "~/ui/dashboard-view";
import { Page } from "~/ui/page";
import type { Route } from "./+types/public-statistics";

/** The public, anonymous version: aggregate figures only, with the default assumptions. */
export async function loader({ request, params }: Route.LoaderArgs) {
  if (!isMunicipalityCode(params.kommune)) throw data(null, { status: 404 });
  const url = new URL(request.url);
  for (const key of [...url.searchParams.keys()]) if (!["period", "from", "to"].includes(key)) url.searchParams.delete(key);
  return { code: params.kommune, ...(await loadDashboard(db(), params.kommune, url, false)) };
}

export default function PublicStatistics({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const d = loaderData;
  return (
    <Page title={t("dashboard.publicTitle", { municipality: d.municipality })} intro={t("dashboard.intro")}>
      <DashboardView data={d.data} county={null} params={d.params} days={d.days} exportHref={`/statistikk/${d.code}/eksport${d.query}`} editable={false} />
    </Page>
  );
}
