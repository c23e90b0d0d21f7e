import cliProgress from "cli-progress";
import { closeDb, createDb } from "~/lib/db.server";
import "~/lib/search-indexes.server";
import { registeredIndexes, searchEngine } from "#search/registry.server";

/**
 * `npm run search:reindex`: rebuilds every registered index from the database, with a progress
 * bar on stderr and one JSON summary line on stdout.
 */
const db = createDb();
const started = Date.now();
const summary: Record<string, number> = {};
const engine = searchEngine(db);
try {
  const indexes = registeredIndexes();
  if (!indexes.length) console.error("No search indexes are registered yet; nothing to rebuild.");
  for (const entry of indexes) {
    const index = engine.index(entry.name, entry.settings);
    await index.applySettings(entry.settings);
    await index.clear();
    const bar = new cliProgress.SingleBar(
      { format: `${entry.name} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(await entry.count(db), 0);
    let done = 0;
    for await (const batch of entry.loadAll(db)) {
      await index.upsert(batch);
      done += batch.length;
      bar.update(done);
    }
    bar.stop();
    summary[entry.name] = done;
  }
  console.log(JSON.stringify({ reindex: "ok", engine: engine.name, indexes: summary, ms: Date.now() - started }));
} catch (err) {
  console.error(err);
  // Still one JSON line, so automation reads the outcome the same way and sees how far it got.
  const error = err instanceof Error ? err.message : String(err);
  console.log(
    JSON.stringify({ reindex: "failed", engine: engine.name, indexes: summary, error, ms: Date.now() - started }),
  );
  process.exitCode = 1;
} finally {
  await closeDb(db);
}
