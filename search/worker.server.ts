import type { Db } from "~/lib/db.server";
import { holdLease, releaseLease } from "~/lib/jobs.server";
import { logger } from "~/lib/logger.server";
import { drainSearchOutbox, type DrainResult } from "./outbox.server";
import type { SearchIndex } from "./port";
import { indexFor } from "./registry.server";

/** The role one process at a time holds: applying the search outbox, in order. */
export const OUTBOX_LEASE = "search-outbox";

export type SearchWorker = {
  /** Rows this worker has applied (or failed to apply) since it started. */
  stats: () => DrainResult & { drains: number };
  stop: () => Promise<void>;
};

/**
 * Drains the outbox every few seconds while this process holds the outbox lease; any number of
 * processes may run this, one drains and the others stand by (and take over within `leaseMs`
 * if it stops without giving the lease back). `stop` waits for a drain in progress, then gives
 * the lease back.
 */
export function startSearchWorker(
  db: Db,
  options: {
    intervalMs?: number;
    leaseMs?: number;
    holder?: string;
    indexes?: (name: string) => SearchIndex | undefined;
  } = {},
): SearchWorker {
  const intervalMs = options.intervalMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 30_000;
  let running: Promise<void> | null = null;
  let stopped = false;
  const totals = { drains: 0, applied: 0, failed: 0 };
  const renew = () => holdLease(db, OUTBOX_LEASE, leaseMs, options.holder);
  const tick = () => {
    if (running || stopped) return;
    running = renew()
      .then(async (held) => {
        if (!held) return;
        // Renewed in the background too, so that a long batch (Meilisearch tasks may take up to a
        // minute) does not outlive the lease; once a renewal fails the drain stops before its next write.
        let lost = false;
        const heartbeat = setInterval(
          () =>
            void renew().then(
              (ok) => (lost ||= !ok),
              () => (lost = true),
            ),
          Math.max(10, leaseMs / 3),
        );
        heartbeat.unref();
        try {
          const drained = await drainSearchOutbox(db, options.indexes ?? ((name) => indexFor(db, name)), {
            stillHolder: async () => !lost && (await renew()),
          });
          totals.drains += 1;
          totals.applied += drained.applied;
          totals.failed += drained.failed;
        } finally {
          clearInterval(heartbeat);
        }
      })
      .catch((err: unknown) => logger.error({ err }, "search worker failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    stats: () => ({ ...totals }),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      await releaseLease(db, OUTBOX_LEASE, options.holder).catch((err: unknown) =>
        logger.warn({ err }, "could not release the outbox lease"),
      );
    },
  };
}
