import { useTranslation } from "react-i18next";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { DefinitionList } from "~/ui/definition-list";

export type OrderAmounts = {
  status: string;
  buyer: string;
  company: string;
  amountExVatOre: number;
  vatOre: number;
  totalOre: number;
  platformFeeOre: number;
};

/** Who buys from whom, the status, and how the amount is split between VAT, the platform and the supplier. */
export function OrderFacts({ o }: { o: OrderAmounts }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nok = (ore: number) => formatNok(ore, locale);
  return (
    <div className="mb-6">
      <DefinitionList
        layout="columns"
        items={[
          { term: t("procurement.status"), details: t(`procurement.orderStatuses.${o.status}`) },
          { term: t("procurement.buyer"), details: o.buyer },
          { term: t("procurement.supplier"), details: o.company },
          { term: t("procurement.exVat"), details: nok(o.amountExVatOre) },
          { term: t("procurement.vat"), details: nok(o.vatOre) },
          { term: t("procurement.total"), details: nok(o.totalOre) },
          { term: t("procurement.fee"), details: nok(o.platformFeeOre) },
          { term: t("procurement.toCompany"), details: nok(o.totalOre - o.platformFeeOre) },
        ]}
      />
    </div>
  );
}
