import { listedCandidateCount, listedCandidatesForIndex } from "~/domain/candidates/candidate-index.server";
import { CANDIDATES_INDEX, candidatesIndexSettings } from "~/domain/candidates/search-document";
import { publishedOpeningsForIndex } from "~/domain/openings/openings.server";
import { OPENINGS_INDEX, openingsIndexSettings } from "~/domain/openings/search-document";
import { registerIndex } from "#search/registry.server";

/** Importing this module registers every search index of the product (search/registry.server). */
registerIndex({
  name: OPENINGS_INDEX,
  settings: openingsIndexSettings,
  loadAll: (db) => publishedOpeningsForIndex(db),
  count: (db) => db.opening.count({ where: { status: "PUBLISHED" } }),
});

/** Anonymised profiles of active candidates with a listing consent in force, nothing else. */
registerIndex({
  name: CANDIDATES_INDEX,
  settings: candidatesIndexSettings,
  loadAll: (db) => listedCandidatesForIndex(db),
  count: listedCandidateCount,
});
