import { useTranslation } from "react-i18next";
import { requirePermission } from "~/auth/require.server";
import { recentEvents } from "~/domain/payments/webhooks.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { Page } from "~/ui/page";
import type { Route } from "./+types/admin-stripe";

export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "payments:admin");
  return { events: (await recentEvents(db())).map((e) => ({ ...e, receivedAt: e.receivedAt.toISOString(), processedAt: e.processedAt?.toISOString() ?? null })) };
}

export default function AdminStripe({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  return (
    <Page title={t("procurement.eventsTitle")}>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-1 pr-3">{t("procurement.eventType")}</th>
            <th scope="col" className="py-1 pr-3">{t("procurement.received")}</th>
            <th scope="col" className="py-1 pr-3">{t("procurement.processed")}</th>
            <th scope="col" className="py-1 pr-3">{t("procurement.attempts")}</th>
            <th scope="col" className="py-1">{t("procurement.error")}</th>
          </tr>
        </thead>
        <tbody>
          {loaderData.events.map((e) => (
            <tr key={e.id} className="border-b border-gray-200">
              <td className="py-1 pr-3">
                {e.type} <span className="text-gray-700">({e.id})</span>
              </td>
              <td className="py-1 pr-3">{formatOsloDateTime(e.receivedAt, i18n.language)}</td>
              <td className="py-1 pr-3">{e.processedAt ? formatOsloDateTime(e.processedAt, i18n.language) : "–"}</td>
              <td className="py-1 pr-3">{e.attempts}</td>
              <td className="py-1">{e.lastError ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
