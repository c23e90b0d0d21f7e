import { requireOrgPermission } from "~/auth/require.server";
import { listOrders, ordersCsv } from "~/domain/procurement/procurement.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/orders-export";

export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "order:read");
  return new Response(ordersCsv(await listOrders(db(), actor)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="bestillinger.csv"',
      "Cache-Control": "no-store",
    },
  });
}
