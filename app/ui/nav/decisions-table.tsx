import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { isMeasureCode, measureLabels } from "~/domain/measures/measure-codes";
import type { NavDecisionView } from "~/domain/nav/approved-package";
import { useLocale } from "~/i18n/use-locale";
import { formatDay } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";

/**
 * NAV's decisions on a proposal's measures, as the employer, the company and NAV see them; an
 * approved measure links to its printable summary for NAV's agreement form.
 */
export function NavDecisionsTable({
  proposalId,
  decisions,
  caption,
}: {
  proposalId: string;
  decisions: readonly NavDecisionView[];
  caption: string;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const day = (d: string | null) => (d ? formatDay(d, lang) : "–");
  return (
    <DataTable
      caption={caption}
      rows={decisions}
      rowKey={(d) => d.measureCode}
      empty={t("navOffice.noDecisions")}
      columns={[
        {
          header: t("proposals.measure"),
          rowHeader: true,
          cell: (d) => (isMeasureCode(d.measureCode) ? measureLabels[d.measureCode][lang] : d.measureCode),
        },
        { header: t("navOffice.outcome"), cell: (d) => <strong>{t(`navOffice.outcomes.${d.outcome}`)}</strong> },
        { header: t("navOffice.percent"), numeric: true, cell: (d) => (d.percent === null ? "–" : `${d.percent} %`) },
        {
          header: t("navOffice.period"),
          cell: (d) => (d.periodFrom ? `${day(d.periodFrom)} – ${day(d.periodTo)}` : "–"),
        },
        { header: t("navOffice.reason"), cell: (d) => d.reason ?? "–" },
        { header: t("navOffice.decidedOn"), cell: (d) => day(d.decidedOn) },
        {
          header: t("navOffice.summary"),
          cell: (d) =>
            d.outcome === "APPROVED" ? (
              <Link
                to={href("/forslag/:id/nav/:tiltak", { id: proposalId, tiltak: d.measureCode })}
                className="text-brand-700 underline"
              >
                {t("navOffice.summaryLink", {
                  measure: isMeasureCode(d.measureCode) ? measureLabels[d.measureCode][lang] : d.measureCode,
                })}
              </Link>
            ) : (
              "–"
            ),
        },
      ]}
    />
  );
}
