import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { listOrders } from "~/domain/procurement/procurement.server";
import { db } from "~/lib/db.server";
import { formatNok } from "~/i18n/format";
import { Page } from "~/ui/page";
import type { Route } from "./+types/orders";
import { useLocale } from "~/i18n/use-locale";

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "order:read");
  const orders = await listOrders(db(), { userId: viewer.userId, organizationId: viewer.organization.id });
  return { orders: orders.map((o) => ({ id: o.id, task: o.quote.task.title, buyer: o.buyer.name, company: o.company.name, status: o.status, totalOre: o.totalOre })) };
}

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page title={t("procurement.ordersTitle")}>
      <p className="mb-4">
        <a href="/bestillinger/eksport" className="text-brand-700 underline">
          {t("procurement.ordersCsv")}
        </a>
      </p>
      {loaderData.orders.length === 0 ? (
        <p>{t("procurement.noOrders")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-1 pr-3">{t("openings.task")}</th>
              <th scope="col" className="py-1 pr-3">{t("procurement.buyer")}</th>
              <th scope="col" className="py-1 pr-3">{t("procurement.supplier")}</th>
              <th scope="col" className="py-1 pr-3">{t("procurement.status")}</th>
              <th scope="col" className="py-1 text-right">{t("procurement.total")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.orders.map((o) => (
              <tr key={o.id} className="border-b border-gray-200">
                <td className="py-1 pr-3">
                  <Link to={`/bestillinger/${o.id}`} className="text-brand-700 underline">
                    {o.task}
                  </Link>
                </td>
                <td className="py-1 pr-3">{o.buyer}</td>
                <td className="py-1 pr-3">{o.company}</td>
                <td className="py-1 pr-3">{t(`procurement.orderStatuses.${o.status}`)}</td>
                <td className="py-1 text-right">{formatNok(o.totalOre, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
