import { actorFor } from "~/auth/actor.server";
import { askForIntroduction } from "~/domain/candidate-page/introductions.server";
import { giveConsentAsCandidate } from "~/domain/candidates/candidates.server";
import { osloToday } from "~/lib/dates";
import type { Db } from "~/lib/db.server";

/**
 * The candidate's own page in the demo (issue 18): two of Bergen Arbeid's listed candidates have
 * confirmed their listing themselves through the link, and Fjordkafé has asked to be introduced to
 * one of them, so the company's page shows both kinds of consent and a request waiting for the
 * candidate. Seeded once: a second run finds the consents given through the link and stops.
 */
export async function seedCandidatePage(db: Db, orgIds: Map<string, string>): Promise<void> {
  const companyId = orgIds.get("bergenarbeid");
  const employerId = orgIds.get("fjordkafe");
  if (!companyId || !employerId) return;
  const done = await db.candidateConsent.count({
    where: { source: "CANDIDATE_LINK", candidate: { organizationId: companyId } },
  });
  if (done) return;
  const listed = await db.candidate.findMany({
    where: { organizationId: companyId, status: "ACTIVE", listingConsentAt: { not: null }, email: { not: null } },
    orderBy: { code: "desc" },
    take: 2,
    select: { id: true, code: true },
  });
  for (const c of listed) await giveConsentAsCandidate(db, c.id, "LISTING", osloToday());
  const employerMember = await db.membership.findFirst({ where: { organizationId: employerId, role: "ADMIN" } });
  const asked = listed[0];
  if (!employerMember || !asked) return;
  const employer = await actorFor(db, employerMember.userId, employerId);
  await askForIntroduction(db, employer, { code: asked.code, ip: "seed" }, "http://localhost:3000");
}
