import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { countyOf, municipalityName } from "~/domain/municipalities/register";
import { notFound, ok, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { osloToday } from "~/lib/dates";
import { areaSummary, countyArea, dashboardData } from "./dashboard.server";
import { assumptionsOf, dashboardParams, parseDashboardParams, periodOf } from "./dashboard-params";
import { parsePublicPeriod, publicPeriodKey, publicPeriodRange, publicPeriods } from "./public-periods";

/** Orders awarded for tasks in the area: when, how much (ex VAT), and whether to an inclusion company. */
async function awardedOrders(db: Db, codes: string[]) {
  const rows = await db.order.findMany({
    where: { quote: { task: { municipalityNumber: { in: codes } } }, status: { not: "CANCELLED" } },
    select: { awardedAt: true, amountExVatOre: true, company: { select: { kind: true } } },
  });
  return rows.map((o) => ({
    awardedAt: o.awardedAt,
    amountExVatOre: o.amountExVatOre,
    toInclusionCompany: o.company.kind === "INCLUSION_COMPANY",
  }));
}

/** What the member dashboard and its CSV need, from the URL and the municipality's number. */
export async function loadDashboard(db: Db, municipalityNumber: string, url: URL, withCounty: boolean) {
  const params = parseDashboardParams(url);
  const period = periodOf(params);
  const assumptions = assumptionsOf(params);
  const area = countyArea(municipalityNumber);
  const [data, county] = await Promise.all([
    dashboardData(db, { kind: "municipality", code: municipalityNumber }, period, assumptions, {
      audience: "member",
      loadOrders: (codes) => awardedOrders(db, codes),
    }),
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

/**
 * The member dashboard of the actor's own municipality (a member sees that one only), for the page
 * (`withCounty`: with the county comparison) and its CSV.
 */
export async function loadMemberDashboard(
  db: Db,
  actor: Actor,
  url: URL,
  withCounty: boolean,
): Promise<Result<Awaited<ReturnType<typeof loadDashboard>> & { code: string }>> {
  if (!can(actor, "statistics:read")) return notFound();
  const { municipalityNumber } = await db.organization.findUniqueOrThrow({
    where: { id: actor.organizationId },
    select: { municipalityNumber: true },
  });
  return ok({ code: municipalityNumber, ...(await loadDashboard(db, municipalityNumber, url, withCounty)) });
}

/**
 * What the public page and its CSV need: only `periode` is read from the URL (a completed
 * quarter or year, else the last completed quarter), the assumptions are the defaults, and
 * counts of people are published in bands of 5. Nothing else in the URL changes the figures.
 */
export async function loadPublicStatistics(db: Db, municipalityNumber: string, url: URL, today: string = osloToday()) {
  const chosen = parsePublicPeriod(url, today);
  const period = publicPeriodRange(chosen);
  const data = await dashboardData(
    db,
    { kind: "municipality", code: municipalityNumber },
    period,
    assumptionsOf(dashboardParams.parse({})),
    {
      audience: "public",
      loadOrders: (codes) => awardedOrders(db, codes),
    },
  );
  const { quarters, years } = publicPeriods(today);
  const option = (p: (typeof quarters)[number]) => ({ key: publicPeriodKey(p), ...p });
  return {
    municipality: municipalityName(municipalityNumber),
    period: option(chosen),
    periods: { quarters: quarters.map(option), years: years.map(option) },
    days: { fromDay: period.fromDay, toDay: period.toDay },
    data,
  };
}

export type PublicStatistics = Awaited<ReturnType<typeof loadPublicStatistics>>;
