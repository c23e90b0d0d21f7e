import { useId } from "react";
import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import type { CheckInTask } from "~/domain/follow-up/follow-up.server";
import { formatDay } from "~/lib/dates";
import { useLocale } from "~/i18n/use-locale";
import { DataTable } from "~/ui/data-table";

/** A list of check-ins under a heading; `action` links each to its form. */
export function CheckInTable({
  title,
  rows,
  empty,
  action = false,
}: {
  title: string;
  rows: readonly CheckInTask[];
  empty: string;
  action?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLocale();
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {rows.length ? (
        <DataTable
          caption={title}
          captionHidden
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              header: t("followUp.candidate"),
              rowHeader: true,
              cell: (r) =>
                action ? (
                  <Link to={href("/oppfolging/:id", { id: r.id })} className="text-brand-700 underline">
                    {t("followUp.recordFor", { code: r.code, month: r.month })}
                  </Link>
                ) : (
                  <Link to={href("/forslag/:id", { id: r.proposalId })} className="text-brand-700 underline">
                    {r.code}
                  </Link>
                ),
            },
            { header: t("followUp.opening"), cell: (r) => `${r.opening} (${r.employer})` },
            { header: t("followUp.month"), numeric: true, cell: (r) => r.month },
            { header: t("followUp.dueOn"), cell: (r) => formatDay(r.dueOn, lang) },
            { header: t("followUp.state"), cell: (r) => t(`followUp.states.${r.state}`) },
          ]}
        />
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}
