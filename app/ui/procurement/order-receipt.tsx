import { useTranslation } from "react-i18next";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { formatOsloDateTime } from "~/lib/dates";

export type ReceiptData = {
  status: string;
  totalOre: number;
  vatOre: number;
  paidAt: string | null;
  refundedAt: string | null;
  paymentRef: string | null;
};

/** The receipt of a paid order, and its refund when it was cancelled afterwards. */
export function OrderReceipt({ o }: { o: ReceiptData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nok = (ore: number) => formatNok(ore, locale);
  if (o.status !== "PAID" && !o.refundedAt) return null;
  return (
    <section aria-labelledby="receipt-title" className="mb-6 max-w-xl rounded border-2 border-green-700 p-4">
      <h2 id="receipt-title" className="text-xl font-semibold">
        {t("procurement.receipt")}
      </h2>
      {o.paidAt ? <p>{t("procurement.paidAt", { date: formatOsloDateTime(o.paidAt, locale) })}</p> : null}
      <p>
        {t("procurement.total")}: {nok(o.totalOre)} ({t("procurement.vat")} {nok(o.vatOre)})
      </p>
      {o.paymentRef ? (
        <p>
          {t("procurement.paymentRef")}: {o.paymentRef}
        </p>
      ) : null}
      {o.refundedAt ? <p>{t("procurement.refunded", { date: formatOsloDateTime(o.refundedAt, locale) })}</p> : null}
    </section>
  );
}
