import type { Actor } from "~/auth/actor";
import { actorFor } from "~/auth/actor.server";
import { addMessage, requestMeeting } from "~/domain/proposals/proposals.server";
import { submitQuote } from "~/domain/procurement/procurement.server";
import type { Db } from "~/lib/db.server";
import { addDays, dayToStored, osloToday } from "~/lib/dates";

const ORIGIN = "http://localhost:3000";

async function adminOf(db: Db, organizationId: string): Promise<Actor> {
  const admin = await db.membership.findFirstOrThrow({
    where: { organizationId, role: "ADMIN" },
    select: { userId: true },
  });
  return actorFor(db, admin.userId, organizationId);
}

/**
 * Work that waits for someone, so that every demo login's "Mine oppgaver" has something to show:
 * a meeting Fjordkafé asked for, a message from Bergen Arbeid, Fjordkafé's question about a
 * candidate, and a Bergen task with a quote in and its deadline ten days from the day of seeding.
 * Each step looks first whether it was done, so seeding twice changes nothing.
 */
export async function seedWorkInProgress(db: Db, orgIds: Map<string, string>): Promise<void> {
  const [employerId, companyId, otherCompanyId, bergenId] = ["fjordkafe", "bergenarbeid", "vestbro", "bergen"].map(
    (k) => orgIds.get(k) ?? "",
  );
  const employer = await adminOf(db, employerId ?? "");
  const company = await adminOf(db, companyId ?? "");
  const proposals = await db.proposal.findMany({
    where: { companyId, opening: { organizationId: employerId } },
    orderBy: { opening: { title: "asc" } },
    select: { id: true, stage: true, meetingRequestedAt: true, _count: { select: { messages: true } } },
  });
  const shortlisted = proposals.find((p) => p.stage === "SHORTLISTED");
  if (shortlisted && !proposals.some((p) => p.meetingRequestedAt))
    await requestMeeting(db, employer, shortlisted.id, ORIGIN);
  const fresh = proposals.find((p) => p.stage === "PROPOSED");
  if (fresh && !proposals.some((p) => p._count.messages > 0))
    await addMessage(db, company, fresh.id, "Kandidaten kan begynne med fire timer om dagen. Passer det?", ORIGIN);

  if (!(await db.candidateInquiry.findFirst({ where: { fromOrganizationId: employerId } }))) {
    const listed = await db.candidate.findFirst({
      where: { organizationId: companyId, status: "ACTIVE", listingConsentAt: { not: null } },
      orderBy: { code: "desc" },
      select: { id: true },
    });
    // Straight to the table: the domain's inquiry also mails and rate-limits, which seeding needs neither of.
    if (listed)
      await db.candidateInquiry.create({
        data: {
          candidateId: listed.id,
          fromOrganizationId: employerId ?? "",
          fromUserId: employer.userId,
          message: "Kan kandidaten jobbe enkelte lørdager?",
        },
      });
  }

  const task = await db.opening.findFirst({
    where: {
      organizationId: bergenId,
      kind: "TASK",
      status: "PUBLISHED",
      reservedForInclusion: true,
      quotes: { none: {} },
    },
    orderBy: { title: "desc" },
    select: { id: true },
  });
  if (task) {
    await db.opening.update({
      where: { id: task.id },
      data: { quoteDeadline: dayToStored(addDays(osloToday(), 10)) },
    });
    await submitQuote(db, await adminOf(db, otherCompanyId ?? ""), task.id, {
      priceExVatOre: 120_000_00,
      deliveryPlan: "Fast team med arbeidsleder og to deltakere i tiltak.",
      teamSize: 3,
      participantsInMeasure: 2,
      startDate: addDays(osloToday(), 30),
    });
  }
}
