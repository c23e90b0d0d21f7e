import { notifyAgreementAlerts } from "~/domain/agreements/agreement-alerts.server";
import { applyRetention } from "~/domain/candidates/candidates.server";
import { issueMissingInvoices } from "~/domain/invoicing/issue.server";
import { drainPeppolOutbox } from "~/domain/invoicing/peppol-outbox.server";
import { retryFailedEvents } from "~/domain/payments/webhooks.server";
import { expireOpenings } from "~/domain/openings/openings.server";
import { sendCheckInReminders, sendMeasureReminders } from "~/domain/follow-up/reminders.server";
import { applyWorkerRetention, notifyExpiredCards } from "~/domain/procurement/serious.server";
import { registeredIndexes, searchEngine } from "#search/registry.server";
import { startSearchWorker, type SearchWorker } from "#search/worker.server";
import { osloToday } from "./dates";
import { closeProcessDb, db } from "./db.server";
import { appOrigin, env } from "./env.server";
import { claimTick } from "./jobs.server";
import { logger } from "./logger.server";
import "./search-indexes.server";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/**
 * The scheduled jobs. Every process that runs background work checks each minute, and a job runs
 * when its interval has passed since its last run anywhere (claimTick): once per interval across
 * all instances and workers.
 */
const SCHEDULE: { name: string; every: number; run: () => Promise<unknown> }[] = [
  {
    name: "expire-openings",
    every: HOUR,
    run: async () => {
      const n = await expireOpenings(db(), osloToday());
      if (n) logger.info({ expired: n }, "openings expired");
    },
  },
  {
    // Personal data of idle candidates (docs/privacy.md, rule 6); hourly is plenty for a months-long limit.
    name: "candidate-retention",
    every: HOUR,
    run: async () => {
      const n = await applyRetention(db(), { months: env().CANDIDATE_RETENTION_MONTHS });
      if (n) logger.info({ candidates: n }, "personal data of idle candidates deleted");
    },
  },
  {
    // HMS cards that expired during delivery: both sides are told once per card (docs/decisions/0016).
    name: "hms-card-expiry",
    every: HOUR,
    run: async () => {
      const n = await notifyExpiredCards(db(), appOrigin());
      if (n) logger.info({ cards: n }, "expired HMS cards notified");
    },
  },
  {
    // Assigned workers' names and cards, kept only as long as their order needs them.
    name: "worker-retention",
    every: HOUR,
    run: async () => {
      const n = await applyWorkerRetention(db());
      if (n) logger.info({ workers: n }, "assigned workers deleted after the order's retention");
    },
  },
  {
    // Agreements at 80 % of their ceiling or 90 days from their end: both sides are told once.
    name: "agreement-alerts",
    every: HOUR,
    run: async () => {
      const n = await notifyAgreementAlerts(db(), appOrigin());
      if (n) logger.info({ notices: n }, "agreement notices sent");
    },
  },
  {
    // Follow-up after hire: check-ins that open or are missed, and measure milestones, each told once.
    name: "follow-up-reminders",
    every: HOUR,
    run: async () => {
      const checkIns = await sendCheckInReminders(db(), appOrigin());
      const milestones = await sendMeasureReminders(db(), appOrigin());
      if (checkIns || milestones) logger.info({ checkIns, milestones }, "follow-up reminders sent");
    },
  },
  {
    // Stripe events whose handling failed (not the ones stored as unknown: those need a person).
    name: "stripe-retries",
    every: 5 * MINUTE,
    run: () => retryFailedEvents(db()),
  },
  {
    // EHF invoices and credit notes to the Peppol access point; each row is claimed before it is sent.
    name: "peppol-outbox",
    every: MINUTE,
    run: async () => {
      const issued = await issueMissingInvoices(db());
      const n = await drainPeppolOutbox(db());
      if (issued || n.sent || n.failed) logger.info({ issued, ...n }, "peppol outbox drained");
    },
  },
];

type Running = { worker: SearchWorker; timer: NodeJS.Timeout; jobs: Set<Promise<void>> };
let running: Running | null = null;

async function runDue(jobs: Set<Promise<void>>): Promise<void> {
  for (const job of SCHEDULE) {
    const work = claimTick(db(), job.name, job.every)
      .then(async (mine) => {
        if (mine) await job.run();
      })
      .catch((err: unknown) => logger.error({ err, job: job.name }, "scheduled job failed"));
    jobs.add(work);
    void work.finally(() => jobs.delete(work));
    await work;
  }
}

/**
 * Background work: index settings, the outbox worker and the scheduled jobs. Runs in the web
 * process (unless DISABLE_BACKGROUND_WORK=1) or on its own (`npm run worker`); any number of
 * either may run against one database.
 */
export function startBackgroundWork(): void {
  if (running || process.env.DISABLE_BACKGROUND_WORK === "1") return;
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
  const jobs = new Set<Promise<void>>();
  const timer = setInterval(() => void runDue(jobs), MINUTE);
  timer.unref();
  running = { worker: startSearchWorker(db()), timer, jobs };
  void runDue(jobs);
  logger.info("background work started");
}

/** Stops taking new work, waits for what is under way, and gives the outbox lease back. */
export async function stopBackgroundWork(): Promise<void> {
  if (!running) return;
  const { worker, timer, jobs } = running;
  running = null;
  clearInterval(timer);
  await Promise.allSettled([...jobs]);
  await worker.stop();
  logger.info("background work stopped");
}

/** What a process does when it is told to stop: no new background work, the running work finished, the database closed. */
export async function shutdown(): Promise<void> {
  await stopBackgroundWork();
  await closeProcessDb();
}
