import { useTranslation } from "react-i18next";
import type { DisputeView } from "~/domain/procurement/cancellation.server";
import { useLocale } from "~/i18n/use-locale";
import { formatOsloDateTime } from "~/lib/dates";

/** A request to cancel as it went: who asked, why, the other party's answer, the platform's decision, the refund. */
export function DisputeStory({ d }: { d: DisputeView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (iso: string) => formatOsloDateTime(iso, locale);
  return (
    <>
      <p>
        {t("procurement.disputeOpenedBy", {
          name: d.openedBy,
          side: t(`procurement.sides.${d.openedBySide}`),
          date: when(d.openedAt),
        })}
      </p>
      <p>{t("procurement.awardedReason", { reason: d.reason })}</p>
      {d.answeredAt ? (
        <p>
          {t("procurement.disputeAnsweredBy", {
            name: d.answeredBy ?? "",
            date: when(d.answeredAt),
            reason: d.answerReason ?? "",
          })}
        </p>
      ) : null}
      {d.decidedAt ? (
        <p>
          {t("procurement.disputeDecidedBy", {
            name: d.decidedBy ?? "",
            date: when(d.decidedAt),
            reason: d.decisionReason ?? "",
          })}
        </p>
      ) : null}
      {d.refunded ? <p>{t("procurement.disputeRefunded")}</p> : null}
    </>
  );
}

/** Every request to cancel an order, oldest first, for both parties. */
export function DisputeList({ disputes }: { disputes: readonly DisputeView[] }) {
  const { t } = useTranslation();
  if (!disputes.length) return null;
  return (
    <section aria-labelledby="disputes-title" className="mb-6 max-w-xl">
      <h2 id="disputes-title" className="text-xl font-semibold">
        {t("procurement.disputesTitle")}
      </h2>
      <ul className="mt-2 space-y-3">
        {disputes.map((d) => (
          <li key={d.id} className="rounded border border-gray-300 p-3">
            <p className="font-semibold">{t(`procurement.disputeStatuses.${d.status}`)}</p>
            <DisputeStory d={d} />
          </li>
        ))}
      </ul>
    </section>
  );
}
