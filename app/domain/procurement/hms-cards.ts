import { addMonthsToDay } from "./serious-dates";

/**
 * HMS cards per assigned worker on cleaning and building tasks. A card counts up to and including
 * its expiry day. Only name, card number and expiry are kept (a card also shows a photo and a
 * birth date: the platform needs neither), and only as long as the order needs them.
 *
 * Sources (checked 2026-12-02): forskrift om offentlig godkjenning av renholdsvirksomheter og om kjøp
 * av renholdstjenester (FOR-2012-05-08-1087) §§ 11–12 (cards valid two years, carried at work);
 * forskrift om HMS-kort på bygge- og anleggsplasser (FOR-2005-12-21-1695); arbeidstilsynet.no/hms/hms-kort-renhold.
 */
export type Worker = { name: string; cardNumber: string; cardExpiresOn: string };

export type CardProblem = { name: string; cardExpiresOn: string };

/** The workers whose card is not valid on `today`. */
export function workersWithoutValidCard<W extends Worker>(workers: readonly W[], today: string): W[] {
  return workers.filter((w) => w.cardExpiresOn < today);
}

/**
 * Why award or start must wait on a task that needs HMS cards: no worker named yet, or the named
 * workers whose card has expired. Null when nothing stands in the way.
 */
export function hmsCardBlocker(
  needed: boolean,
  workers: readonly Worker[],
  today: string,
): { reason: "hmsNoWorkers" } | { reason: "hmsCardExpired"; workers: string } | null {
  if (!needed) return null;
  if (!workers.length) return { reason: "hmsNoWorkers" };
  const lacking = workersWithoutValidCard(workers, today);
  return lacking.length
    ? { reason: "hmsCardExpired", workers: lacking.map((w) => `${w.name} (${w.cardExpiresOn})`).join(", ") }
    : null;
}

/**
 * How long the workers' names and cards are kept after the order has ended (paid or cancelled):
 * long enough for a control or a dispute about the delivery, no longer. Quotes that were not
 * awarded or were withdrawn lose theirs at once.
 */
export const WORKER_RETENTION_MONTHS = 3;

/** The day before which an ended order's workers are deleted. */
export const workerRetentionCutoff = (today: string): string => addMonthsToDay(today, -WORKER_RETENTION_MONTHS);
