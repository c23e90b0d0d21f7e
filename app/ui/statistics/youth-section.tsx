import { useTranslation } from "react-i18next";
import { peopleText } from "~/domain/statistics/figures";
import type { YouthFigures } from "~/domain/statistics/youth.server";
import { DataTable } from "~/ui/data-table";

/** The dashboard's 0–24 section: four figures, people counts suppressed under 5. */
export function YouthSection({ figures }: { figures: YouthFigures }) {
  const { t } = useTranslation();
  const rows = [
    { key: "proposed", value: peopleText(figures.proposed) },
    { key: "hired", value: peopleText(figures.hired) },
    { key: "apprenticeshipsStarted", value: peopleText(figures.apprenticeshipsStarted) },
    { key: "summerJobs", value: String(figures.summerJobs) },
  ] as const;
  return (
    <section aria-labelledby="youth-title" className="mt-10">
      <h2 id="youth-title" className="text-2xl font-semibold">
        {t("youth.dashboard.title")}
      </h2>
      <p className="mb-3 mt-1 max-w-3xl">{t("youth.dashboard.intro")}</p>
      <DataTable
        caption={t("youth.dashboard.caption")}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: t("youth.dashboard.figure"), cell: (r) => t(`youth.dashboard.${r.key}`), rowHeader: true },
          { header: t("youth.dashboard.value"), cell: (r) => r.value, numeric: true },
        ]}
      />
    </section>
  );
}
