import type { Prisma } from "~/generated/prisma/client";
import { mailMembers } from "~/domain/notifications/notifications.server";
import { addDays, dayToStored, osloToday, storedDay } from "~/lib/dates";
import type { Db } from "~/lib/db.server";
import { agreementNoticeMail } from "~/lib/mail-templates.server";
import { EXPIRY_NOTICE_DAYS, nearCeiling, percentOf } from "./ceilings";

/**
 * The scheduled job behind the agreements' notices (docs/decisions/0021): when call-offs reach
 * 80 % of the ceiling, and when the end is 90 days off, every member of the municipality and of
 * each supplier is told, in the app and by e-mail for those who want it. Each notice is claimed
 * on the agreement's row before it is sent, so it goes out once however many instances run the
 * job; an extension moves the end, and the expiry notice then comes again for the new end.
 */
export async function notifyAgreementAlerts(db: Db, origin: string, today: string = osloToday()): Promise<number> {
  const todayDate = dayToStored(today);
  const candidates = await db.agreement.findMany({
    where: {
      startsOn: { lte: todayDate },
      endsOn: { gte: todayDate },
      OR: [{ ceilingNotifiedAt: null }, { endsOn: { lte: dayToStored(addDays(today, EXPIRY_NOTICE_DAYS)) } }],
    },
    select: {
      id: true,
      title: true,
      buyerId: true,
      ceilingOre: true,
      endsOn: true,
      ceilingNotifiedAt: true,
      expiryNotifiedFor: true,
      suppliers: { select: { companyId: true } },
    },
  });
  if (!candidates.length) return 0;
  const used = await db.callOff.groupBy({
    by: ["agreementId"],
    where: { agreementId: { in: candidates.map((a) => a.id) }, order: { status: { not: "CANCELLED" } } },
    _sum: { amountExVatOre: true },
  });
  const usedOf = new Map(used.map((u) => [u.agreementId, u._sum.amountExVatOre ?? 0]));
  let sent = 0;
  for (const a of candidates) {
    const usedOre = usedOf.get(a.id) ?? 0;
    const endsOn = storedDay(a.endsOn);
    const parties = [a.buyerId, ...a.suppliers.map((s) => s.companyId)];
    const notice = { agreement: a.title, percent: percentOf(usedOre, a.ceilingOre), endsOn, id: a.id };
    if (!a.ceilingNotifiedAt && nearCeiling(usedOre, a.ceilingOre)) {
      const claimed = await db.agreement.updateMany({
        where: { id: a.id, ceilingNotifiedAt: null },
        data: { ceilingNotifiedAt: new Date() },
      });
      if (claimed.count === 1) {
        await tellParties(db, parties, { ...notice, kind: "ceiling" }, origin);
        sent++;
      }
    }
    const expiryDue = endsOn <= addDays(today, EXPIRY_NOTICE_DAYS) && storedDay(a.expiryNotifiedFor) !== endsOn;
    if (expiryDue) {
      const claimed = await db.agreement.updateMany({
        where: { id: a.id, expiryNotifiedFor: a.expiryNotifiedFor, endsOn: a.endsOn },
        data: { expiryNotifiedFor: a.endsOn },
      });
      if (claimed.count === 1) {
        await tellParties(db, parties, { ...notice, kind: "expiry" }, origin);
        sent++;
      }
    }
  }
  return sent;
}

async function tellParties(
  db: Db,
  organizationIds: readonly string[],
  n: { kind: "ceiling" | "expiry"; agreement: string; percent: number; endsOn: string; id: string },
  origin: string,
): Promise<void> {
  const path = `/avtaler/${n.id}`;
  const members = await db.membership.findMany({
    where: { organizationId: { in: [...organizationIds] } },
    select: { userId: true },
  });
  // The in-app notice has the agreement's title where other notices have the opening's.
  const params = { opening: n.agreement, percent: n.percent, endsOn: n.endsOn } satisfies Prisma.InputJsonValue;
  await db.notification.createMany({
    data: members.map((m) => ({
      userId: m.userId,
      kind: n.kind === "ceiling" ? "agreementCeiling" : "agreementExpiry",
      params,
      link: path,
    })),
  });
  for (const organizationId of organizationIds)
    await mailMembers(db, organizationId, (locale) => agreementNoticeMail(locale, { ...n, link: `${origin}${path}` }));
}
