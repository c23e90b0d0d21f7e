import { useTranslation } from "react-i18next";
import type { RecordedCheckIn } from "~/domain/follow-up/follow-up.server";
import { useLocale } from "~/i18n/use-locale";
import { formatDay } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";

/** The hire's check-ins as the company recorded them (its own eyes only: the needs are about the person). */
export function CheckInHistory({ rows }: { rows: readonly (RecordedCheckIn & { id: string })[] }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const yesNo = (v: boolean | null) => (v === null ? "–" : v ? t("followUp.yes") : t("followUp.no"));
  return (
    <section aria-labelledby="history-title" className="mt-10">
      <h2 id="history-title" className="mb-2 text-xl font-semibold">
        {t("followUp.history")}
      </h2>
      <DataTable
        caption={t("followUp.history")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: t("followUp.month"), rowHeader: true, cell: (r) => t("followUp.afterMonths", { month: r.month }) },
          { header: t("followUp.dueOn"), cell: (r) => formatDay(r.dueOn, lang) },
          { header: t("followUp.state"), cell: (r) => t(`followUp.states.${r.state}`) },
          { header: t("followUp.stillEmployedShort"), cell: (r) => yesNo(r.stillEmployed) },
          { header: t("followUp.hoursShort"), numeric: true, cell: (r) => r.hoursPerWeek ?? "–" },
          { header: t("followUp.measureShort"), cell: (r) => yesNo(r.measureRunning) },
          { header: t("followUp.needsShort"), cell: (r) => r.needs || "–" },
        ]}
      />
    </section>
  );
}
