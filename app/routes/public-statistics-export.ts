import { data } from "react-router";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { dashboardCsv } from "~/domain/statistics/dashboard-csv.server";
import { loadDashboard } from "~/domain/statistics/dashboard-page.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/public-statistics-export";

export async function loader({ request, params }: Route.LoaderArgs) {
  if (!isMunicipalityCode(params.kommune)) throw data(null, { status: 404 });
  const url = new URL(request.url);
  for (const key of [...url.searchParams.keys()]) if (!["period", "from", "to"].includes(key)) url.searchParams.delete(key);
  const d = await loadDashboard(db(), params.kommune, url, false);
  return new Response(dashboardCsv(d.data, d.days, false), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="statistikk-${params.kommune}-${d.days.fromDay}-${d.days.toDay}.csv"` },
  });
}
