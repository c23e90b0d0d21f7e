import type { PeopleCount } from "~/domain/statistics/figures";

/**
 * What "Mine oppgaver" lists: one section per source of work, each with how many items wait and
 * the first few of them. Items carry titles and pseudonym codes only, never a candidate's name:
 * the page is the first thing a member sees, often on a shared screen.
 */
export const SOURCES = [
  "navDecisions",
  "checkIns",
  "measureReminders",
  "agreements",
  "newProposals",
  "meetingRequests",
  "messages",
  "ordersForBuyer",
  "disputes",
  "quotesToEvaluate",
  "inquiries",
  "ordersToDeliver",
  "tasksClosing",
] as const;
export type SourceKey = (typeof SOURCES)[number];

/** One thing to do. `state` is a code the page translates (an order's status, say). */
export type WorkItem = {
  id: string;
  title: string;
  /** A candidate's pseudonym, an organisation's name or a count, by source */
  subtitle: string | null;
  state: string | null;
  /** The Oslo day the item is dated by (received, deadline) */
  day: string | null;
};

export type Section = { source: SourceKey; count: number; items: WorkItem[] };

/** The inclusion companies an employer works with, and the job coach named for it there. */
export type Contact = { company: string; contactPerson: string };

/** The municipality's own figures for the year so far, as the dashboard shows them. */
export type Headline = {
  year: string;
  published: number;
  proposed: PeopleCount;
  hired: PeopleCount;
  medianDaysToHire: number | null;
};

/** How many items of a section are shown; the section's link leads to the rest. */
export const SHOWN_PER_SECTION = 5;
