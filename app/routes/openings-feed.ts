import { atomFeed } from "~/domain/openings/atom";
import { latestPublishedOpenings } from "~/domain/openings/public-search.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { isOpeningKind } from "~/domain/openings/opening-kinds";
import type { Route } from "./+types/openings-feed";

export async function loader({ request }: Route.LoaderArgs) {
  const kinds = new URL(request.url).searchParams.getAll("kind").filter(isOpeningKind);
  const entries = await latestPublishedOpenings(db(), 50, kinds);
  return new Response(atomFeed(entries, appOrigin()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
