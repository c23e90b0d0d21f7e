import { countyOf, municipalityName } from "~/domain/municipalities/register";
import type { Db } from "~/lib/db.server";
import { areaSummary, countyArea, dashboardData } from "./dashboard.server";
import { assumptionsOf, parseDashboardParams, periodOf } from "./dashboard-params";

/** Orders awarded for tasks in the area: when, how much (ex VAT), and whether to an inclusion company. */
async function awardedOrders(db: Db, codes: string[]) {
  const rows = await db.order.findMany({
    where: { quote: { task: { municipalityNumber: { in: codes } } }, status: { not: "CANCELLED" } },
    select: { awardedAt: true, amountExVatOre: true, company: { select: { kind: true } } },
  });
  return rows.map((o) => ({ awardedAt: o.awardedAt, amountExVatOre: o.amountExVatOre, toInclusionCompany: o.company.kind === "INCLUSION_COMPANY" }));
}

/** What both dashboard pages and their CSV need, from the URL and the municipality's number. */
export async function loadDashboard(db: Db, municipalityNumber: string, url: URL, withCounty: boolean) {
  const params = parseDashboardParams(url);
  const period = periodOf(params);
  const assumptions = assumptionsOf(params);
  const area = countyArea(municipalityNumber);
  const [data, county] = await Promise.all([
    dashboardData(db, { kind: "municipality", code: municipalityNumber }, period, assumptions, (codes) => awardedOrders(db, codes)),
    withCounty && area ? areaSummary(db, area, period) : Promise.resolve(null),
  ]);
  return {
    municipality: municipalityName(municipalityNumber),
    params,
    days: { fromDay: period.fromDay, toDay: period.toDay },
    data,
    county: county ? { name: countyOf(municipalityNumber)?.name ?? "", data: county } : null,
    query: url.search,
  };
}
