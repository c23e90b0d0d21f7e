import { useTranslation } from "react-i18next";
import { href, Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { documentsForOrders } from "~/domain/invoicing/documents.server";
import { listOrders } from "~/domain/procurement/procurement.server";
import { formatNok } from "~/i18n/format";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { DataTable } from "~/ui/data-table";
import { DocumentLinks } from "~/ui/invoicing/documents-section";
import { Page } from "~/ui/page";
import type { Route } from "./+types/orders";

/** The orders the organisation buys or delivers, newest first, and their history as CSV. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "order:read");
  const orders = await listOrders(db(), actor);
  const documents = await documentsForOrders(
    db(),
    actor,
    orders.map((o) => o.id),
  );
  return {
    orders: orders.map((o) => ({
      documents: documents.get(o.id) ?? [],
      id: o.id,
      task: o.quote.task.title,
      buyer: o.buyer.name,
      company: o.company.name,
      status: o.status,
      totalOre: o.totalOre,
    })),
  };
}

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("procurement.ordersTitle")}>
      <p className="mb-4">
        <a href={href("/bestillinger/eksport")} className="text-brand-700 underline">
          {t("procurement.ordersCsv")}
        </a>
      </p>
      <DataTable
        caption={t("procurement.ordersTitle")}
        captionHidden
        rows={loaderData.orders}
        rowKey={(o) => o.id}
        empty={t("procurement.noOrders")}
        columns={[
          {
            header: t("openings.task"),
            rowHeader: true,
            cell: (o) => (
              <Link to={href("/bestillinger/:id", { id: o.id })} className="text-brand-700 underline">
                {o.task}
              </Link>
            ),
          },
          { header: t("procurement.buyer"), cell: (o) => o.buyer },
          { header: t("procurement.supplier"), cell: (o) => o.company },
          { header: t("procurement.status"), cell: (o) => t(`procurement.orderStatuses.${o.status}`) },
          { header: t("procurement.total"), numeric: true, cell: (o) => formatNok(o.totalOre, locale) },
          {
            header: t("invoices.column"),
            cell: (o) => (
              <ul className="space-y-1">
                {o.documents.map((d) => (
                  <li key={d.id}>
                    <DocumentLinks d={d} />
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Page>
  );
}
