import type { Prisma } from "~/generated/prisma/client";
import { defaultLocale, isLocale, translate, type Locale } from "~/i18n/i18n";
import { measureLabels } from "~/domain/measures/measure-codes";
import type { Db } from "~/lib/db.server";
import { addDays, dayToStored, osloToday } from "~/lib/dates";
import { sendMail } from "~/lib/mail.server";
import { followUpMail } from "~/lib/mail-templates.server";
import { MISSED_AFTER_DAYS, OPENS_DAYS_BEFORE } from "./check-in-schedule";
import { standingMilestones, type MeasureReminder } from "./follow-up.server";

/**
 * The scheduled follow-up notices, each told once (the row is marked before the mail goes: a
 * failing mail is not worth a second notice every minute):
 * - a check-in that opens: to the company's members;
 * - a check-in missed: to the company's admins;
 * - a measure milestone that stands: to the employer's members.
 * Notices name the pseudonym and the opening, never the person or the needs.
 */
export type FollowUpNoticeKind =
  "checkInDue" | "checkInMissed" | "milestoneStepDown" | "milestoneEnd" | "milestoneRefundClaim";

type Params = Record<string, string>;

async function tell(
  db: Db,
  organizationId: string,
  kind: FollowUpNoticeKind,
  params: Params,
  path: string,
  origin: string,
  onlyAdmins = false,
  candidateId?: string,
): Promise<void> {
  const members = await db.membership.findMany({
    where: { organizationId, ...(onlyAdmins ? { role: "ADMIN" } : {}) },
    select: { userId: true, user: { select: { email: true, locale: true, emailNotifications: true } } },
  });
  await db.notification.createMany({
    data: members.map((m) => ({ userId: m.userId, kind, params: params satisfies Prisma.InputJsonValue, link: path })),
  });
  for (const m of members) {
    if (!m.user.emailNotifications) continue;
    const locale: Locale = isLocale(m.user.locale) ? m.user.locale : defaultLocale;
    const line = translate(locale, `notifications.kinds.${kind}`, params);
    await sendMail(db, m.user.email, followUpMail(locale, { line, link: `${origin}${path}` }), { candidateId });
  }
}

export async function sendCheckInReminders(db: Db, origin: string, today: string = osloToday()): Promise<number> {
  const select = {
    id: true,
    companyId: true,
    month: true,
    proposalId: true,
    proposal: {
      select: { candidateId: true, candidate: { select: { code: true } }, opening: { select: { title: true } } },
    },
  } as const;
  const open = { recordedAt: null, closedAt: null } as const;
  const [opened, missed] = await Promise.all([
    db.hireCheckIn.findMany({
      where: { ...open, reminderSentAt: null, dueOn: { lte: dayToStored(addDays(today, OPENS_DAYS_BEFORE)) } },
      select,
    }),
    db.hireCheckIn.findMany({
      where: { ...open, missedNotifiedAt: null, dueOn: { lt: dayToStored(addDays(today, -MISSED_AFTER_DAYS)) } },
      select,
    }),
  ]);
  for (const c of opened) {
    await db.hireCheckIn.update({ where: { id: c.id }, data: { reminderSentAt: new Date() } });
    const params = { code: c.proposal.candidate.code, opening: c.proposal.opening.title, month: String(c.month) };
    await tell(db, c.companyId, "checkInDue", params, `/oppfolging/${c.id}`, origin, false, c.proposal.candidateId);
  }
  for (const c of missed) {
    await db.hireCheckIn.update({ where: { id: c.id }, data: { missedNotifiedAt: new Date() } });
    const params = { code: c.proposal.candidate.code, opening: c.proposal.opening.title, month: String(c.month) };
    await tell(db, c.companyId, "checkInMissed", params, `/oppfolging/${c.id}`, origin, true, c.proposal.candidateId);
  }
  return opened.length + missed.length;
}

const milestoneKind = (m: MeasureReminder): FollowUpNoticeKind =>
  m.kind === "stepDown" ? "milestoneStepDown" : m.kind === "end" ? "milestoneEnd" : "milestoneRefundClaim";

const milestoneParams = (m: MeasureReminder): Params => ({
  code: m.code,
  opening: m.opening,
  // Each language's text picks its own label (the notice is rendered in the reader's language).
  measureNb: measureLabels[m.measure].nb,
  measureEn: measureLabels[m.measure].en,
  date: m.date,
  ...(m.kind === "stepDown" ? { from: String(m.fromPercent), to: String(m.toPercent) } : {}),
  ...(m.kind === "refundClaim" ? { from: m.periodFrom, to: m.periodTo } : {}),
});

export async function sendMeasureReminders(db: Db, origin: string, today: string = osloToday()): Promise<number> {
  const standing = await standingMilestones(db, today);
  if (!standing.length) return 0;
  const sent = await db.measureReminderSent.findMany({
    where: { proposalId: { in: [...new Set(standing.map((m) => m.proposalId))] } },
    select: { proposalId: true, key: true },
  });
  const told = new Set(sent.map((s) => `${s.proposalId} ${s.key}`));
  let n = 0;
  for (const m of standing) {
    if (told.has(`${m.proposalId} ${m.key}`)) continue;
    // The unique key makes a second process's attempt fail here instead of telling twice.
    const marked = await db.measureReminderSent
      .create({ data: { proposalId: m.proposalId, key: m.key } })
      .then(() => true)
      .catch(() => false);
    if (!marked) continue;
    await tell(db, m.employerId, milestoneKind(m), milestoneParams(m), `/forslag/${m.proposalId}`, origin);
    n++;
  }
  return n;
}
