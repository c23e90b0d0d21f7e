import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { agreementsNeedingAttention } from "~/domain/agreements/agreements.server";
import { checkInsDue, measureRemindersFor } from "~/domain/follow-up/follow-up.server";
import { navDecisionsWaiting } from "~/domain/nav/nav.server";
import { areaSummary } from "~/domain/statistics/dashboard.server";
import { dashboardParams, periodOf } from "~/domain/statistics/dashboard-params";
import type { Db } from "~/lib/db.server";
import { osloToday, storedDay } from "~/lib/dates";
import {
  SHOWN_PER_SECTION,
  SOURCES,
  type Contact,
  type Headline,
  type Section,
  type SourceKey,
  type WorkItem,
} from "./items";
import * as sources from "./sources.server";

export type Worklist = {
  sections: Section[];
  contacts: Contact[];
  headline: Headline | null;
};

/**
 * What needs the actor's organisation now. Which sources apply follows from the permission table,
 * not from the organisation's kind: a municipality that both posts jobs and buys services gets the
 * sections of both, and a new role gets its sections by being granted the actions.
 * Sections with nothing waiting are left out; the order is the order of SOURCES.
 */
export async function worklist(db: Db, actor: Actor, today: string = osloToday()): Promise<Worklist> {
  const org = actor.organizationId;
  const wanted: Promise<Section>[] = [];
  // The party an organisation is in its proposals: employers and municipalities own openings,
  // inclusion companies propose; no role is both.
  const side = can(actor, "proposal:manage") ? "employer" : can(actor, "proposal:create") ? "company" : null;
  if (side === "employer") wanted.push(sources.newProposals(db, org));
  if (side) wanted.push(sources.meetingRequests(db, org, side), sources.messages(db, org, side));
  if (can(actor, "quote:award")) wanted.push(sources.ordersForBuyer(db, org), sources.quotesToEvaluate(db, org));
  if (can(actor, "order:cancel")) wanted.push(sources.disputes(db, org));
  if (can(actor, "candidate:manage")) wanted.push(sources.inquiries(db, org));
  if (can(actor, "quote:create")) {
    wanted.push(
      sources.ordersToDeliver(db, org),
      sources.tasksClosing(db, org, { today, mayQuoteReserved: can(actor, "quote:reserved") }),
    );
  }
  // Sources whose own module lists them (one query each); each list is cut to a section here.
  if (can(actor, "nav:decide"))
    wanted.push(
      listed("navDecisions", navDecisionsWaiting(db, actor), (c) => ({
        id: c.proposalId,
        title: c.openingTitle,
        subtitle: c.code,
        state: String(c.waiting),
        day: storedDay(c.invitedAt),
      })),
    );
  if (can(actor, "followup:record"))
    wanted.push(
      listed("checkIns", checkInsDue(db, actor, today), (c) => ({
        id: c.id,
        title: c.opening,
        subtitle: c.code,
        state: `${c.state}:${c.month}`,
        day: c.dueOn,
      })),
    );
  if (can(actor, "proposal:manage"))
    wanted.push(
      listed("measureReminders", measureRemindersFor(db, actor, today), (m) => ({
        id: m.proposalId,
        title: m.opening,
        subtitle: m.code,
        state: m.kind,
        day: m.date,
      })),
    );
  if (can(actor, "agreement:read"))
    wanted.push(
      listed(
        "agreements",
        agreementsNeedingAttention(db, actor, today).then((a) => a.items),
        (a) => ({
          id: a.id,
          title: a.title,
          subtitle: String(a.percent),
          state: a.nearCeiling ? "ceiling" : "expiry",
          day: a.endsOn,
        }),
      ),
    );
  const [sections, contacts, headline] = await Promise.all([
    Promise.all(wanted),
    can(actor, "proposal:manage") ? sources.contacts(db, org) : Promise.resolve([]),
    can(actor, "statistics:read") ? headlineFor(db, org, today) : Promise.resolve(null),
  ]);
  const waiting = sections
    .filter((s) => s.count > 0)
    .sort((a, b) => SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source));
  return { sections: waiting, contacts, headline };
}

/** A whole list from another module as a section: its length is the count, its first items shown. */
async function listed<T>(source: SourceKey, rows: Promise<T[]>, item: (row: T) => WorkItem): Promise<Section> {
  const all = await rows;
  return { source, count: all.length, items: all.slice(0, SHOWN_PER_SECTION).map(item) };
}

/** The dashboard's first figures for the municipality, this calendar year so far. */
async function headlineFor(db: Db, organizationId: string, today: string): Promise<Headline> {
  const { municipalityNumber } = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { municipalityNumber: true },
  });
  const period = periodOf(dashboardParams.parse({ period: "year" }), today);
  const summary = await areaSummary(db, { kind: "municipality", code: municipalityNumber }, period);
  return { year: today.slice(0, 4), ...summary };
}
