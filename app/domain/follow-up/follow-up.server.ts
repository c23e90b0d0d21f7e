import type { Actor } from "~/auth/actor";
import { can } from "~/auth/permissions";
import { auditBy } from "~/domain/audit/audit.server";
import { recordCandidateEvent } from "~/domain/candidates/candidates.server";
import { packageForEmployer, sharesSensitive } from "~/domain/candidates/employer-view";
import { summaryWarnings } from "~/domain/candidates/summary-check";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { addDays, addMonths, dayToStored, osloToday, storedDay } from "~/lib/dates";
import { canRecord, checkInSchedule, checkInState, OPENS_DAYS_BEFORE, type CheckInState } from "./check-in-schedule";
import type { CheckInInput } from "./check-in-schema";
import { currentMilestones, measureMilestones, type Milestone } from "./milestones";

/**
 * Follow-up after a hire: the proposing company's check-ins, and the measure milestones its
 * employer is reminded of. Check-ins are the company's only (their `needs` is free text about the
 * candidate); the employer's reminders come from the package as the employer may see it.
 */

/** A proposal reached "fått jobben" on `hireDay`: its four check-ins, due from that day. */
export async function startFollowUp(db: Db, p: { id: string; companyId: string }, hireDay: string): Promise<void> {
  // A hire moved away and back keeps what was recorded; what was not is planned anew from the new day.
  await db.hireCheckIn.deleteMany({ where: { proposalId: p.id, recordedAt: null } });
  const recorded = new Set(
    (await db.hireCheckIn.findMany({ where: { proposalId: p.id }, select: { month: true } })).map((c) => c.month),
  );
  await db.hireCheckIn.createMany({
    data: checkInSchedule(hireDay)
      .filter((c) => !recorded.has(c.month))
      .map((c) => ({ proposalId: p.id, companyId: p.companyId, month: c.month, dueOn: dayToStored(c.dueOn) })),
  });
}

/** The hire was undone (moved out of "fått jobben"): nothing left to follow up. */
export async function stopFollowUp(db: Db, proposalId: string): Promise<void> {
  await db.hireCheckIn.deleteMany({ where: { proposalId, recordedAt: null } });
}

const stateOf = (c: { dueOn: Date; recordedAt: Date | null; closedAt: Date | null }, today: string): CheckInState =>
  checkInState({ dueOn: storedDay(c.dueOn), recorded: c.recordedAt !== null, closed: c.closedAt !== null }, today);

export type CheckInTask = {
  id: string;
  proposalId: string;
  code: string;
  opening: string;
  employer: string;
  month: number;
  dueOn: string;
  state: CheckInState;
};

const taskSelect = {
  id: true,
  proposalId: true,
  month: true,
  dueOn: true,
  recordedAt: true,
  closedAt: true,
  proposal: {
    select: {
      candidate: { select: { code: true } },
      opening: { select: { title: true, organization: { select: { name: true } } } },
    },
  },
} as const;

type TaskRow = {
  id: string;
  proposalId: string;
  month: number;
  dueOn: Date;
  recordedAt: Date | null;
  closedAt: Date | null;
  proposal: { candidate: { code: string }; opening: { title: string; organization: { name: string } } };
};

const toTask = (c: TaskRow, today: string): CheckInTask => ({
  id: c.id,
  proposalId: c.proposalId,
  code: c.proposal.candidate.code,
  opening: c.proposal.opening.title,
  employer: c.proposal.opening.organization.name,
  month: c.month,
  dueOn: storedDay(c.dueOn),
  state: stateOf(c, today),
});

/**
 * The company's check-ins to do now (due or missed), oldest first: one query. For the home page's
 * task list and the follow-up page; [] for anyone but an inclusion company's members.
 */
export async function checkInsDue(db: Db, actor: Actor, today: string = osloToday()): Promise<CheckInTask[]> {
  if (!can(actor, "followup:record")) return [];
  const rows = await db.hireCheckIn.findMany({
    where: {
      companyId: actor.organizationId,
      recordedAt: null,
      closedAt: null,
      dueOn: { lte: dayToStored(addDays(today, OPENS_DAYS_BEFORE)) },
    },
    select: taskSelect,
    orderBy: [{ dueOn: "asc" }, { month: "asc" }],
  });
  return rows.map((c) => toTask(c, today));
}

/**
 * The follow-up page: what to do now, what comes in the next three months, and what was done in
 * the last year. Missed ones are marked; the admins (followup:oversee) also get their count.
 */
export async function followUpOverview(db: Db, actor: Actor, today: string = osloToday()) {
  if (!can(actor, "followup:record")) return notFound();
  const [due, upcoming, done] = await Promise.all([
    checkInsDue(db, actor, today),
    db.hireCheckIn.findMany({
      where: {
        companyId: actor.organizationId,
        recordedAt: null,
        closedAt: null,
        dueOn: { gt: dayToStored(addDays(today, OPENS_DAYS_BEFORE)), lte: dayToStored(addMonths(today, 3)) },
      },
      select: taskSelect,
      orderBy: [{ dueOn: "asc" }, { month: "asc" }],
    }),
    db.hireCheckIn.findMany({
      where: { companyId: actor.organizationId, recordedAt: { gte: dayToStored(addMonths(today, -12)) } },
      select: taskSelect,
      orderBy: { recordedAt: "desc" },
      take: 100,
    }),
  ]);
  return ok({
    due,
    upcoming: upcoming.map((c) => toTask(c, today)),
    done: done.map((c) => toTask(c, today)),
    missed: can(actor, "followup:oversee") ? due.filter((c) => c.state === "missed").length : null,
  });
}

export type RecordedCheckIn = {
  month: number;
  dueOn: string;
  state: CheckInState;
  stillEmployed: boolean | null;
  hoursPerWeek: number | null;
  measureRunning: boolean | null;
  needs: string;
  recordedAt: string | null;
};

/** One check-in and the others of the same hire, for the company's form. Anyone else: not found. */
export async function getCheckIn(db: Db, actor: Actor, id: string, today: string = osloToday()) {
  const c = await db.hireCheckIn.findUnique({
    where: { id },
    select: {
      ...taskSelect,
      companyId: true,
      proposal: {
        select: {
          ...taskSelect.proposal.select,
          outcomeDate: true,
          candidateId: true,
          opening: { select: { title: true, hoursPerWeek: true, organization: { select: { name: true } } } },
          checkIns: { orderBy: { month: "asc" } },
        },
      },
    },
  });
  if (!c || !can(actor, "followup:record", { organizationId: c.companyId })) return notFound();
  return ok({
    task: toTask(c, today),
    canRecord: canRecord(stateOf(c, today)),
    candidateId: c.proposal.candidateId,
    hireDay: storedDay(c.proposal.outcomeDate),
    openingHours: c.proposal.opening.hoursPerWeek,
    history: c.proposal.checkIns.map((h): RecordedCheckIn & { id: string } => ({
      id: h.id,
      month: h.month,
      dueOn: storedDay(h.dueOn),
      state: stateOf(h, today),
      stillEmployed: h.stillEmployed,
      hoursPerWeek: h.hoursPerWeek,
      measureRunning: h.measureRunning,
      needs: h.needs,
      recordedAt: h.recordedAt?.toISOString() ?? null,
    })),
  });
}

/**
 * The company records a check-in. The needs are free text about the candidate: checked for health
 * words and names like every free text (docs/privacy.md rule 3), kept from the employer. A check-in
 * that says the job ended closes the later ones (they count as not retained in the statistics).
 */
export async function recordCheckIn(
  db: Db,
  actor: Actor,
  id: string,
  input: CheckInInput,
  today: string = osloToday(),
): Promise<Result<{ proposalId: string }, "checkInNotOpen" | "checkInNotOpenAnyMore" | "needsNoHealthOrNames">> {
  const c = await db.hireCheckIn.findUnique({
    where: { id },
    select: {
      id: true,
      companyId: true,
      proposalId: true,
      month: true,
      dueOn: true,
      recordedAt: true,
      closedAt: true,
      proposal: { select: { candidateId: true, candidate: { select: { fullName: true } } } },
    },
  });
  if (!c || !can(actor, "followup:record", { organizationId: c.companyId })) return notFound();
  const state = stateOf(c, today);
  if (state === "upcoming") return refuse("checkInNotOpen");
  if (!canRecord(state)) return refuse("checkInNotOpenAnyMore");
  const needs = input.needs.trim();
  if (summaryWarnings(needs, c.proposal.candidate.fullName ?? "").length)
    return refuse("needsNoHealthOrNames", { field: "needs" });
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.hireCheckIn.update({
      where: { id },
      data: {
        recordedAt: now,
        recordedById: actor.userId,
        stillEmployed: input.stillEmployed,
        hoursPerWeek: input.stillEmployed ? (input.hoursPerWeek ?? null) : null,
        measureRunning: input.stillEmployed ? input.measureRunning : false,
        needs,
      },
    });
    if (!input.stillEmployed)
      await tx.hireCheckIn.updateMany({
        where: { proposalId: c.proposalId, month: { gt: c.month }, recordedAt: null },
        data: { closedAt: now, stillEmployed: false },
      });
  });
  // The company's own follow-up keeps the candidate's data from the retention job's idle clock.
  await recordCandidateEvent(db, c.proposal.candidateId, "followup.checkIn", actor.userId, {
    month: c.month,
    stillEmployed: input.stillEmployed,
  });
  await auditBy(db, actor, {
    action: "followup.checkIn",
    entityType: "Proposal",
    entityId: c.proposalId,
    metadata: { month: c.month },
  });
  return ok({ proposalId: c.proposalId });
}

/** The check-ins of one proposal, for the company's side of its page (the employer never gets them). */
export async function proposalCheckIns(db: Db, actor: Actor, proposalId: string, today: string = osloToday()) {
  if (!can(actor, "followup:record")) return [];
  const rows = await db.hireCheckIn.findMany({
    where: { proposalId, companyId: actor.organizationId },
    orderBy: { month: "asc" },
    select: {
      id: true,
      companyId: true,
      month: true,
      dueOn: true,
      recordedAt: true,
      closedAt: true,
      stillEmployed: true,
    },
  });
  return rows.map((c) => ({
    id: c.id,
    month: c.month,
    dueOn: storedDay(c.dueOn),
    state: stateOf(c, today),
    stillEmployed: c.stillEmployed,
  }));
}

export type MeasureReminder = Milestone & { proposalId: string; code: string; opening: string };

/** A hire's milestones with the package as the employer may see it (sensitive measures only with consent). */
export function employerMilestones(p: {
  measures: PackageMeasureInput[];
  hireDay: string | null;
  shares: boolean;
}): Milestone[] {
  if (!p.hireDay) return [];
  return measureMilestones(packageForEmployer(p.measures, p.shares), p.hireDay);
}

/** Hires whose measures can still have a milestone: the longest measure with steps runs 24 months. */
const REMINDER_HORIZON_MONTHS = 26;

const hireSelect = {
  id: true,
  measures: true,
  outcomeDate: true,
  opening: { select: { title: true, organizationId: true } },
  candidate: { select: { code: true, accommodationConsentAt: true } },
} as const;

/**
 * The employer's measure reminders that stand today (step-downs and ends two weeks ahead, refund
 * claims from the day they can be sent), over every hire of its openings: one query. [] for anyone
 * who runs no openings.
 */
export async function measureRemindersFor(
  db: Db,
  actor: Actor,
  today: string = osloToday(),
): Promise<MeasureReminder[]> {
  if (!can(actor, "proposal:manage")) return [];
  const hires = await db.proposal.findMany({
    where: {
      stage: "HIRED",
      opening: { organizationId: actor.organizationId },
      outcomeDate: { gte: dayToStored(addMonths(today, -REMINDER_HORIZON_MONTHS)) },
    },
    select: hireSelect,
  });
  return hires
    .flatMap((h) =>
      currentMilestones(
        employerMilestones({
          measures: h.measures as PackageMeasureInput[],
          hireDay: storedDay(h.outcomeDate),
          shares: sharesSensitive(h.candidate),
        }),
        today,
      ).map((m) => ({ ...m, proposalId: h.id, code: h.candidate.code, opening: h.opening.title })),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Every hire's milestones that stand today, with the employer to tell: for the scheduled job. */
export async function standingMilestones(db: Db, today: string): Promise<(MeasureReminder & { employerId: string })[]> {
  const hires = await db.proposal.findMany({
    where: { stage: "HIRED", outcomeDate: { gte: dayToStored(addMonths(today, -REMINDER_HORIZON_MONTHS)) } },
    select: hireSelect,
  });
  return hires.flatMap((h) =>
    currentMilestones(
      employerMilestones({
        measures: h.measures as PackageMeasureInput[],
        hireDay: storedDay(h.outcomeDate),
        shares: sharesSensitive(h.candidate),
      }),
      today,
    ).map((m) => ({
      ...m,
      proposalId: h.id,
      code: h.candidate.code,
      opening: h.opening.title,
      employerId: h.opening.organizationId,
    })),
  );
}
