import { atomFeed } from "~/domain/openings/atom";
import { latestPublishedOpenings } from "~/domain/openings/public-search.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";

export async function loader() {
  const entries = await latestPublishedOpenings(db());
  return new Response(atomFeed(entries, appOrigin()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
