import { atomFeed } from "~/domain/openings/atom";
import { latestPublishedOpenings } from "~/domain/openings/public-search.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/openings-feed";

export async function loader({ request }: Route.LoaderArgs) {
  const entries = await latestPublishedOpenings(db());
  return new Response(atomFeed(entries, appOrigin(request)), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
