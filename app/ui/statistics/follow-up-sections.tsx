import { useTranslation } from "react-i18next";
import type { NetSaving, RetentionRow } from "~/domain/statistics/follow-up-figures";
import { peopleText, type PeopleCount } from "~/domain/statistics/figures";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { DataTable } from "~/ui/data-table";
import { Figure } from "./figure";

const valueOf = (c: PeopleCount) => ("suppressed" in c ? null : "value" in c ? c.value : c.from);

/** Retention at 6 and 12 months: counts as every other count of people, the share for members only. */
export function RetentionSection({ rows, audience }: { rows: readonly RetentionRow[]; audience: "member" | "public" }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const pct = (share: number | null) =>
    share === null ? t("retention.shareHidden") : `${Math.round(share * 100).toLocaleString(lang)} %`;
  return (
    <section aria-labelledby="retention-title" className="mt-8 max-w-2xl">
      <h2 id="retention-title" className="text-xl font-semibold">
        {t("retention.title")}
      </h2>
      <p className="mb-2 mt-1">{t("retention.intro")}</p>
      {audience === "public" ? <p className="mb-2">{t("retention.publicNote")}</p> : null}
      <DataTable
        caption={t("retention.tableCaption")}
        captionHidden
        rows={rows}
        rowKey={(r) => String(r.months)}
        columns={[
          { header: t("retention.mark"), rowHeader: true, cell: (r) => t("retention.months", { months: r.months }) },
          { header: t("retention.reached"), numeric: true, cell: (r) => peopleText(r.reached) },
          { header: t("retention.retained"), numeric: true, cell: (r) => peopleText(r.retained) },
          { header: t("retention.unknown"), numeric: true, cell: (r) => peopleText(r.unknown) },
          ...(audience === "member"
            ? [{ header: t("retention.share"), numeric: true, cell: (r: RetentionRow) => pct(r.share) }]
            : []),
        ]}
      />
    </section>
  );
}

/** The municipality's own hires as an employer, apart from every other employer's. */
export function HiresByEmployerFigure({ counts }: { counts: { municipality: PeopleCount; others: PeopleCount } }) {
  const { t } = useTranslation();
  return (
    <Figure
      title={t("ownHires.title")}
      head={[t("ownHires.title"), t("dashboard.count")]}
      rows={[
        {
          label: t("ownHires.municipality"),
          value: valueOf(counts.municipality),
          display: peopleText(counts.municipality),
        },
        { label: t("ownHires.others"), value: valueOf(counts.others), display: peopleText(counts.others) },
      ]}
    />
  );
}

/** The net saving with its formula: gross per payer, the state's subsidies, and what is left. */
export function NetSavingSection({ net, months }: { net: NetSaving | null; months: number }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const nok = (ore: number) => formatNok(ore, lang);
  if (!net)
    return (
      <section aria-labelledby="net-title" className="mt-8 max-w-2xl">
        <h2 id="net-title" className="text-xl font-semibold">
          {t("netSaving.title")}
        </h2>
        <p className="mt-1">{t("netSaving.publicNote")}</p>
      </section>
    );
  const rows = [
    { key: "municipality", label: t("netSaving.municipality"), ...net.municipality },
    { key: "state", label: t("netSaving.state"), ...net.state },
    { key: "total", label: t("netSaving.total"), ...net.total },
  ];
  return (
    <section aria-labelledby="net-title" className="mt-8 max-w-2xl">
      <h2 id="net-title" className="text-xl font-semibold">
        {t("netSaving.title")}
      </h2>
      <p className="mb-2 mt-1">{t("netSaving.formula", { months })}</p>
      <DataTable
        caption={t("netSaving.caption")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: t("netSaving.payer"), rowHeader: true, cell: (r) => r.label },
          { header: t("netSaving.gross"), numeric: true, cell: (r) => nok(r.grossOre) },
          { header: t("netSaving.subsidies"), numeric: true, cell: (r) => `− ${nok(r.subsidiesOre)}` },
          { header: t("netSaving.net"), numeric: true, cell: (r) => nok(r.netOre) },
        ]}
      />
      {net.notEstimated ? (
        <p className="mt-2 text-sm">{t("netSaving.notEstimated", { count: net.notEstimated })}</p>
      ) : null}
    </section>
  );
}
