import { data } from "react-router";
import { openingForApi } from "~/domain/openings/api.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/api-opening";

export async function loader({ params }: Route.LoaderArgs) {
  const item = await openingForApi(db(), params.id, appOrigin());
  if (!item.ok) return data({ error: "not found" }, { status: 404 });
  return data(item.value, { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } });
}
