import { data } from "react-router";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { dashboardCsv } from "~/domain/statistics/dashboard-csv.server";
import { loadPublicStatistics } from "~/domain/statistics/dashboard-page.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/public-statistics-export";

/** The public figures as CSV: the same period rule and the same bands as the public page. */
export async function loader({ request, params }: Route.LoaderArgs) {
  if (!isMunicipalityCode(params.kommune)) throw data(null, { status: 404 });
  const d = await loadPublicStatistics(db(), params.kommune, new URL(request.url));
  return new Response(dashboardCsv(d.data, d.days, false), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="statistikk-${params.kommune}-${d.period.key}.csv"`,
    },
  });
}
