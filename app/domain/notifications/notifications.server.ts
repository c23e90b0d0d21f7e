import type { Prisma } from "~/generated/prisma/client";
import { defaultLocale, isLocale, type Locale } from "~/i18n/i18n";
import type { Db } from "~/lib/db.server";
import { sendMail, type MailAbout } from "~/lib/mail.server";
import { proposalNoticeMail, type LocalizedMail, type ProposalNotice } from "~/lib/mail-templates.server";

/** One mail to each member of an organisation who keeps e-mail notifications on, each in their own language. */
export async function mailMembers(
  db: Db,
  organizationId: string,
  mail: LocalizedMail,
  about: MailAbout = {},
): Promise<void> {
  const members = await db.membership.findMany({
    where: { organizationId, user: { emailNotifications: true } },
    select: { user: { select: { email: true, locale: true } } },
  });
  for (const m of members)
    await sendMail(db, m.user.email, mail(isLocale(m.user.locale) ? m.user.locale : defaultLocale), about);
}

/**
 * Tells every member of an organisation: always in the app, by e-mail for those who want it.
 * Params hold the candidate's pseudonym and the opening's title, never personal data.
 */
export async function notifyOrganization(
  db: Db,
  organizationId: string,
  notice: { kind: ProposalNotice["kind"]; code: string; opening: string; path: string },
  origin: string,
): Promise<void> {
  const members = await db.membership.findMany({ where: { organizationId }, select: { userId: true } });
  const params = { code: notice.code, opening: notice.opening } satisfies Prisma.InputJsonValue;
  await db.notification.createMany({
    data: members.map((m) => ({ userId: m.userId, kind: notice.kind, params, link: notice.path })),
  });
  // The notice is about the candidate behind the pseudonym: its stored mail goes with their data.
  const candidate = await db.candidate.findUnique({ where: { code: notice.code }, select: { id: true } });
  await mailMembers(
    db,
    organizationId,
    (locale) =>
      proposalNoticeMail(locale, {
        kind: notice.kind,
        code: notice.code,
        opening: notice.opening,
        link: `${origin}${notice.path}`,
      }),
    { candidateId: candidate?.id },
  );
}

/**
 * An in-app notice to every member of an organisation, of any kind with its own params (codes,
 * dates, organisation names: never personal data). The words are `notifications.kinds.<kind>`.
 */
export async function notifyMembers(
  db: Db,
  organizationId: string,
  notice: { kind: string; params: Record<string, string>; path: string },
): Promise<void> {
  const members = await db.membership.findMany({ where: { organizationId }, select: { userId: true } });
  await db.notification.createMany({
    data: members.map((m) => ({ userId: m.userId, kind: notice.kind, params: notice.params, link: notice.path })),
  });
}

export async function listNotifications(db: Db, userId: string, take = 50) {
  const rows = await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    // Codes, titles, days and percentages (follow-up notices carry more than the pseudonym and title).
    params: n.params as { code?: string; opening?: string } & Record<string, string>,
    link: n.link,
    read: Boolean(n.readAt),
    at: n.createdAt.toISOString(),
  }));
}

export function unreadCount(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function markAllRead(db: Db, userId: string): Promise<void> {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}

export async function setEmailNotifications(db: Db, userId: string, on: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { emailNotifications: on } });
}

/** The language the person's mail is written in, kept from their last choice in the app. */
export async function setPreferredLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

export async function emailNotificationsOn(db: Db, userId: string): Promise<boolean> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailNotifications: true } }))
    .emailNotifications;
}
