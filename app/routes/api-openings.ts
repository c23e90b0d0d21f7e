import { data } from "react-router";
import { listOpeningsForApi, parseApiListParams } from "~/domain/openings/api.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/api-openings";

export async function loader({ request }: Route.LoaderArgs) {
  const parsed = parseApiListParams(new URL(request.url));
  if (!parsed.success)
    return data(
      {
        error: "invalid query",
        issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      },
      { status: 400 },
    );
  const listed = await listOpeningsForApi(db(), parsed.data, appOrigin());
  // The search engine did not answer: say so, and when to try again (nothing is cached).
  if (!listed.ok)
    return data(
      { error: "search unavailable, try again shortly" },
      { status: 503, headers: { "Retry-After": "30", "Access-Control-Allow-Origin": "*" } },
    );
  return data(listed.value, { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } });
}
