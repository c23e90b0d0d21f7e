import type { Db } from "~/lib/db.server";
import type { CandidateLanguage } from "./profile-options";
import { toCandidateSearchDoc } from "./search-document";

const listed = { status: "ACTIVE", listingConsentAt: { not: null }, personalDataDeletedAt: null } as const;

/** Every listed candidate, in batches, for `npm run search:reindex`. */
export async function* listedCandidatesForIndex(db: Db, batchSize = 500) {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.candidate.findMany({
      where: listed,
      include: { organization: { select: { name: true } } },
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (!rows.length) return;
    yield rows.map((c) => toCandidateSearchDoc({ ...c, languages: c.languages as CandidateLanguage[] }));
    cursor = rows.at(-1)?.id;
  }
}

export const listedCandidateCount = (db: Db) => db.candidate.count({ where: listed });
