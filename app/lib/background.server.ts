import { startSearchWorker } from "../../search/worker.server";
import { db } from "./db.server";
import { logger } from "./logger.server";

let started = false;

/** Work that runs beside the web server in the same process: the search outbox worker. */
export function startBackgroundWork(): void {
  if (started || process.env.DISABLE_BACKGROUND_WORK === "1") return;
  started = true;
  startSearchWorker(db());
  logger.info("background work started");
}
