import { requireOrgPermission } from "~/auth/require.server";
import { listOrders, ordersCsv } from "~/domain/procurement/procurement.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/orders-export";

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "order:read");
  const orders = await listOrders(db(), { userId: viewer.userId, organizationId: viewer.organization.id });
  return new Response(ordersCsv(orders), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="bestillinger.csv"', "Cache-Control": "no-store" } });
}
