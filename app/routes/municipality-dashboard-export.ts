import { requireOrgPermission } from "~/auth/require.server";
import { dashboardCsv } from "~/domain/statistics/dashboard-csv.server";
import { loadDashboard } from "~/domain/statistics/dashboard-page.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/municipality-dashboard-export";

/** Every figure of the member dashboard as CSV, for the period in the URL. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "statistics:read");
  const org = await db().organization.findUniqueOrThrow({ where: { id: viewer.organization.id }, select: { municipalityNumber: true } });
  const d = await loadDashboard(db(), org.municipalityNumber, new URL(request.url), false);
  return new Response(dashboardCsv(d.data, d.days, true), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="statistikk-${org.municipalityNumber}-${d.days.fromDay}-${d.days.toDay}.csv"`, "Cache-Control": "no-store" },
  });
}
