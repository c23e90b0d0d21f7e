import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import type { CheckInState } from "~/domain/follow-up/check-in-schedule";
import type { Milestone } from "~/domain/follow-up/milestones";
import { measureLabels } from "~/domain/measures/measure-codes";
import { useLocale } from "~/i18n/use-locale";
import { formatDay } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";

/**
 * The employer's side of a hire: the dates its measures ask something of it (step-down, end,
 * refund claims), computed by the measure catalogue. The ones that stand now are marked.
 */
export function MilestonesSection({
  milestones,
  current,
}: {
  milestones: readonly Milestone[];
  current: readonly string[];
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  if (!milestones.length) return null;
  const now = new Set(current);
  const text = (m: Milestone) => {
    const measure = measureLabels[m.measure][lang];
    if (m.kind === "stepDown")
      return t("followUp.milestone.stepDown", { measure, from: m.fromPercent, to: m.toPercent });
    if (m.kind === "end") return t("followUp.milestone.end", { measure });
    return t("followUp.milestone.refundClaim", {
      measure,
      from: formatDay(m.periodFrom, lang),
      to: formatDay(m.periodTo, lang),
    });
  };
  const standing = milestones.filter((m) => now.has(m.key));
  return (
    <section aria-labelledby="milestones-title" className="mt-8">
      <h2 id="milestones-title" className="text-xl font-semibold">
        {t("followUp.milestonesTitle")}
      </h2>
      <p className="mb-2 text-sm">{t("followUp.milestonesIntro")}</p>
      {standing.length ? (
        <ul className="mb-3 space-y-1 rounded border-2 border-amber-700 bg-amber-50 p-3" aria-label={t("followUp.now")}>
          {standing.map((m) => (
            <li key={m.key}>
              <strong>{formatDay(m.date, lang)}:</strong> {text(m)}
            </li>
          ))}
        </ul>
      ) : null}
      <DataTable
        caption={t("followUp.milestonesTitle")}
        captionHidden
        rows={milestones}
        rowKey={(m) => m.key}
        columns={[
          { header: t("followUp.date"), rowHeader: true, cell: (m) => formatDay(m.date, lang) },
          { header: t("followUp.what"), cell: (m) => text(m) },
        ]}
      />
    </section>
  );
}

/** The company's side of a hire: its check-ins, each linked to its form. The employer never sees this. */
export function CheckInsSection({
  checkIns,
}: {
  checkIns: readonly { id: string; month: number; dueOn: string; state: CheckInState }[];
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  if (!checkIns.length) return null;
  return (
    <section aria-labelledby="checkins-title" className="mt-8">
      <h2 id="checkins-title" className="mb-2 text-xl font-semibold">
        {t("followUp.checkInsTitle")}
      </h2>
      <DataTable
        caption={t("followUp.checkInsTitle")}
        captionHidden
        rows={checkIns}
        rowKey={(c) => c.id}
        columns={[
          {
            header: t("followUp.month"),
            rowHeader: true,
            cell: (c) => (
              <Link to={href("/oppfolging/:id", { id: c.id })} className="text-brand-700 underline">
                {t("followUp.afterMonths", { month: c.month })}
              </Link>
            ),
          },
          { header: t("followUp.dueOn"), cell: (c) => formatDay(c.dueOn, lang) },
          { header: t("followUp.state"), cell: (c) => t(`followUp.states.${c.state}`) },
        ]}
      />
    </section>
  );
}
