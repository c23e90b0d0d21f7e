import { applyRetention } from "~/domain/candidates/candidates.server";
import { retryFailedEvents } from "~/domain/payments/webhooks.server";
import { expireOpenings } from "~/domain/openings/openings.server";
import { registeredIndexes, searchEngine } from "#search/registry.server";
import { startSearchWorker } from "#search/worker.server";
import { osloToday } from "./dates";
import { db } from "./db.server";
import { env } from "./env.server";
import { logger } from "./logger.server";
import "./search-indexes.server";

let started = false;
const HOUR = 60 * 60 * 1000;

/** Work beside the web server in the same process: index settings, the outbox worker, expiry, retention. */
export function startBackgroundWork(): void {
  if (started || process.env.DISABLE_BACKGROUND_WORK === "1") return;
  started = true;
  const engine = searchEngine(db());
  for (const entry of registeredIndexes()) {
    engine
      .index(entry.name, entry.settings)
      .applySettings(entry.settings)
      .catch((err: unknown) =>
        logger.warn(
          { err, index: entry.name },
          "could not apply index settings; the outbox keeps writes until the engine answers",
        ),
      );
  }
  startSearchWorker(db());
  const expire = () =>
    expireOpenings(db(), osloToday())
      .then((n) => n && logger.info({ expired: n }, "openings expired"))
      .catch((err: unknown) => logger.error({ err }, "expiring openings failed"));
  void expire();
  setInterval(expire, HOUR).unref();
  // Personal data of idle candidates (docs/privacy.md, rule 6); hourly is plenty for a months-long limit.
  const retention = () =>
    applyRetention(db(), { months: env().CANDIDATE_RETENTION_MONTHS })
      .then((n) => n && logger.info({ candidates: n }, "personal data of idle candidates deleted"))
      .catch((err: unknown) => logger.error({ err }, "candidate retention failed"));
  void retention();
  setInterval(retention, HOUR).unref();
  // Stripe events whose handling failed (not the ones stored as unknown: those need a person).
  const retryStripe = () =>
    retryFailedEvents(db()).catch((err: unknown) => logger.error({ err }, "retrying stripe events failed"));
  setInterval(retryStripe, 5 * 60 * 1000).unref();
  logger.info("background work started");
}
