import { logger } from "~/lib/logger.server";
import { shutdown, startBackgroundWork } from "~/lib/background.server";

/**
 * `npm run worker`: the background work (search outbox, scheduled jobs) as a process of its own,
 * for a deployment whose web processes run with DISABLE_BACKGROUND_WORK=1. Any number may run.
 */
if (process.env.DISABLE_BACKGROUND_WORK === "1") {
  console.error("DISABLE_BACKGROUND_WORK=1 is for the web processes; the worker would do nothing.");
  process.exit(1);
}
startBackgroundWork();
logger.info("worker running");

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "worker stopping");
  shutdown().then(
    () => process.exit(0),
    (err: unknown) => {
      logger.error({ err }, "worker did not stop cleanly");
      process.exit(1);
    },
  );
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// Keeps the process alive: the work's timers do not (they must not hold a web process open).
setInterval(() => undefined, 60 * 60 * 1000);
