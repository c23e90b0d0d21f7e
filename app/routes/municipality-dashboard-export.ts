import { data } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { dashboardCsv } from "~/domain/statistics/dashboard-csv.server";
import { loadMemberDashboard } from "~/domain/statistics/dashboard-page.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/municipality-dashboard-export";

/** Every figure of the member dashboard as CSV, for the period in the URL. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "statistics:read");
  const dashboard = await loadMemberDashboard(db(), actor, new URL(request.url), false);
  if (!dashboard.ok) throw data(null, { status: 404 });
  const d = dashboard.value;
  return new Response(dashboardCsv(d.data, d.days, true), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="statistikk-${d.code}-${d.days.fromDay}-${d.days.toDay}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
