import type { Db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { drainSearchOutbox } from "./outbox.server";
import { indexFor } from "./registry.server";

/** Drains the outbox every few seconds beside the web server; returns a stop function. */
export function startSearchWorker(db: Db, intervalMs = 2_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    drainSearchOutbox(db, (name) => indexFor(db, name))
      .catch((err: unknown) => logger.error({ err }, "search worker failed"))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
