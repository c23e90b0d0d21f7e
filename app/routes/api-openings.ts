import { data } from "react-router";
import { listOpeningsForApi, parseApiListParams } from "~/domain/openings/api.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/api-openings";

export async function loader({ request }: Route.LoaderArgs) {
  const parsed = parseApiListParams(new URL(request.url));
  if (!parsed.success) return data({ error: "invalid query", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, { status: 400 });
  return data(await listOpeningsForApi(db(), parsed.data, appOrigin()), { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } });
}
