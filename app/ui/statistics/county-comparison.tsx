import { useTranslation } from "react-i18next";
import type { AreaSummary, DashboardData } from "~/domain/statistics/dashboard.server";
import { peopleText } from "~/domain/statistics/figures";
import { DataTable } from "~/ui/data-table";

/** The municipality's main figures beside its county's (members only). */
export function CountyComparison({
  data,
  county,
}: {
  data: DashboardData;
  county: { name: string; data: AreaSummary };
}) {
  const { t } = useTranslation();
  const stage = (s: "PROPOSED" | "HIRED") => peopleText(data.funnel.find((f) => f.stage === s)?.count ?? { value: 0 });
  const rows = [
    {
      key: "published",
      label: t("dashboard.published"),
      here: String(data.openings.published),
      county: String(county.data.published),
    },
    {
      key: "proposed",
      label: t("dashboard.funnelStages.PROPOSED"),
      here: stage("PROPOSED"),
      county: peopleText(county.data.proposed),
    },
    {
      key: "hired",
      label: t("dashboard.funnelStages.HIRED"),
      here: stage("HIRED"),
      county: peopleText(county.data.hired),
    },
    {
      key: "median",
      label: t("dashboard.medianDays"),
      here: String(data.medianDaysToHire ?? "< 5"),
      county: String(county.data.medianDaysToHire ?? "< 5"),
    },
  ];
  return (
    <section aria-labelledby="county-title" className="mt-8 max-w-2xl">
      <h2 id="county-title" className="mb-2 text-xl font-semibold">
        {t("dashboard.comparison")}
      </h2>
      <DataTable
        caption={t("dashboard.comparison")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: t("dashboard.figure"), rowHeader: true, cell: (r) => r.label },
          { header: t("dashboard.municipalityCol"), numeric: true, cell: (r) => r.here },
          { header: t("dashboard.countyCol", { county: county.name }), numeric: true, cell: (r) => r.county },
        ]}
      />
    </section>
  );
}
