import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { advanceIndexGeneration } from "./generation.server";
import type { SearchDoc, SearchIndex } from "./port";

type OutboxWriter = Pick<Db, "searchOutbox">;

export type IndexWrite =
  | { indexName: string; documentId: string; op: "UPSERT"; payload: SearchDoc }
  | { indexName: string; documentId: string; op: "DELETE" };

/**
 * Call inside the same transaction as the record's own write: the index update then exists
 * exactly when the record change does, and an unavailable engine only delays it.
 */
export async function enqueueIndexWrite(tx: OutboxWriter, write: IndexWrite): Promise<void> {
  await tx.searchOutbox.create({
    data: {
      indexName: write.indexName,
      documentId: write.documentId,
      op: write.op,
      payload: write.op === "UPSERT" ? (write.payload as Prisma.InputJsonValue) : undefined,
    },
  });
}

/** 5 s, 10 s, 20 s … capped at 10 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 10 * 60_000);
}

export type DrainResult = { applied: number; failed: number };

/**
 * Applies pending rows in id order. Several writes to one document collapse to the last one.
 * A failing index keeps its rows (attempts, lastError, a later availableAt); others go on.
 * One drainer at a time per database: two draining at once could apply one document's writes
 * out of order. Workers hold the "search-outbox" lease while they drain and renew it before each
 * index's batch (`stillHolder`; search/worker.server.ts).
 */
export async function drainSearchOutbox(
  db: Db,
  indexFor: (name: string) => SearchIndex | undefined,
  options: { batchSize?: number; now?: Date; stillHolder?: () => Promise<boolean> } = {},
): Promise<DrainResult> {
  const now = options.now ?? new Date();
  const rows = await db.searchOutbox.findMany({
    where: { processedAt: null, availableAt: { lte: now } },
    orderBy: { id: "asc" },
    take: options.batchSize ?? 500,
  });
  const result: DrainResult = { applied: 0, failed: 0 };
  const byIndex = new Map<string, typeof rows>();
  for (const row of rows) byIndex.set(row.indexName, [...(byIndex.get(row.indexName) ?? []), row]);

  for (const [indexName, indexRows] of byIndex) {
    const latest = new Map<string, (typeof rows)[number]>();
    for (const row of indexRows) latest.set(row.documentId, row);
    const ids = indexRows.map((r) => r.id);
    const index = indexFor(indexName);
    // A drainer that has lost its lease (it stalled past it and another took over) stops before
    // writing anything more: only the lease holder may apply, or one document's writes could cross.
    if (options.stillHolder && !(await options.stillHolder())) break;
    try {
      if (!index) throw new Error(`no index registered as ${indexName}`);
      const upserts = [...latest.values()].filter((r) => r.op === "UPSERT").map((r) => r.payload as SearchDoc);
      const deletes = [...latest.values()].filter((r) => r.op === "DELETE").map((r) => r.documentId);
      await index.upsert(upserts);
      await index.delete(deletes);
      // Older rows of the same documents that still wait out a backoff are superseded by what was
      // just applied; left pending, their retry would bring an old version back.
      const superseded = [...latest.values()].map((r) => ({ documentId: r.documentId, id: { lt: r.id } }));
      await db.searchOutbox.updateMany({
        where: { processedAt: null, OR: [{ id: { in: ids } }, { indexName, OR: superseded }] },
        data: { processedAt: new Date() },
      });
      // Every instance's result cache for this index is out of date from now on.
      await advanceIndexGeneration(db, indexName);
      result.applied += ids.length;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const attempts = Math.max(...indexRows.map((r) => r.attempts)) + 1;
      await db.searchOutbox.updateMany({
        where: { id: { in: ids } },
        data: {
          attempts,
          lastError: message.slice(0, 1000),
          availableAt: new Date(now.getTime() + backoffMs(attempts)),
        },
      });
      result.failed += ids.length;
      logger.warn(
        { indexName, rows: ids.length, attempts, error: message },
        "search outbox: index write failed, will retry",
      );
    }
  }
  return result;
}

export function pendingOutboxCount(db: Db): Promise<number> {
  return db.searchOutbox.count({ where: { processedAt: null } });
}
