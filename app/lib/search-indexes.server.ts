import { publishedOpeningsForIndex } from "~/domain/openings/openings.server";
import { OPENINGS_INDEX, openingsIndexSettings } from "~/domain/openings/search-document";
import { registerIndex } from "../../search/registry.server";

/**
 * Importing this module registers every search index of the product (search/registry.server).
 * Candidates add theirs in their own issue.
 */
registerIndex({
  name: OPENINGS_INDEX,
  settings: openingsIndexSettings,
  loadAll: (db) => publishedOpeningsForIndex(db),
  count: (db) => db.opening.count({ where: { status: "PUBLISHED" } }),
});
