import type { Actor } from "~/auth/actor";
import { actorFor } from "~/auth/actor.server";
import { decisionIntent } from "~/domain/nav/decision-schema";
import { inviteNavOffice, recordNavDecision } from "~/domain/nav/nav.server";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal } from "~/domain/proposals/proposals.server";
import type { Db } from "~/lib/db.server";
import { addDays, osloToday } from "~/lib/dates";

/** A proposal Bergen Arbeid has not yet invited NAV into (to a job of Bergen kommune), so its invitation form shows. */
async function seedUninvitedProposal(db: Db, orgIds: Map<string, string>, company: Actor): Promise<void> {
  const municipalityId = orgIds.get("bergen");
  if (!municipalityId) throw new Error("demo organisation bergen missing");
  const opening = await db.opening.findFirst({
    where: { organizationId: municipalityId, kind: "JOB", status: "PUBLISHED", municipalityNumber: "4601" },
    orderBy: { title: "asc" },
    select: { id: true, hoursPerWeek: true, proposals: { select: { id: true } } },
  });
  if (!opening || opening.proposals.length) return;
  const candidate = await db.candidate.findFirst({
    where: { organizationId: company.organizationId, status: "ACTIVE", listingConsentAt: { not: null } },
    orderBy: { code: "desc" },
    select: { id: true },
  });
  if (!candidate) return;
  const input = proposalSchema.parse({
    wageSubsidy: "MIDLERTIDIG_LONNSTILSKUDD",
    subsidyPercent: "40",
    subsidyMonths: "6",
    otherMeasures: [],
    followUpFrequency: "BIWEEKLY",
    contactPerson: "Anne Dahl",
    accommodations: [],
    monthlyWageNok: String(Math.round((opening.hoursPerWeek * 52 * 210) / 12 / 100) * 100),
    employerTaxZone: "1",
    message: "Kandidaten ønsker en gradvis oppstart med tett oppfølging de første månedene.",
  });
  const created = await createProposal(db, company, candidate.id, opening.id, input, "http://localhost:3000");
  if (!created.ok && created.reason !== "alreadyProposed") throw new Error(`demo proposal refused: ${created.reason}`);
}

const served: Record<string, string[]> = { navbergen: ["4601", "4627"], navtrondheim: ["5001", "5031"] };

/**
 * Bergen Arbeid invites NAV Bergenhus into its proposals to Fjordkafé, and NAV decides on most
 * of them: lønnstilskudd approved at 40 % or a lower rate, one declined, some still waiting, so
 * every page has something to show. Through the domain, as the people would.
 */
export async function seedNav(db: Db, orgIds: Map<string, string>): Promise<void> {
  for (const [key, municipalities] of Object.entries(served)) {
    const navOfficeId = orgIds.get(key);
    if (!navOfficeId) throw new Error(`unknown demo organisation ${key}`);
    await db.navOfficeMunicipality.createMany({
      data: municipalities.map((municipalityNumber) => ({ navOfficeId, municipalityNumber })),
      skipDuplicates: true,
    });
  }
  const companyId = orgIds.get("bergenarbeid");
  const employerId = orgIds.get("fjordkafe");
  const navBergen = orgIds.get("navbergen");
  if (!companyId || !employerId || !navBergen) throw new Error("demo organisations missing");
  const memberOf = async (organizationId: string, role: "ADMIN" | "MEMBER") => {
    const m = await db.membership.findFirstOrThrow({ where: { organizationId, role }, select: { userId: true } });
    return actorFor(db, m.userId, organizationId);
  };
  const company = await memberOf(companyId, "ADMIN");
  const nav = await memberOf(navBergen, "MEMBER");
  const proposals = await db.proposal.findMany({
    where: { companyId, opening: { organizationId: employerId }, navCase: null },
    orderBy: [{ opening: { title: "asc" } }, { createdAt: "asc" }],
    select: { id: true, measures: true },
  });
  await seedUninvitedProposal(db, orgIds, company);
  // Once NAV Bergenhus has its cases they stay as they are: proposals that later seed steps add
  // (hires for the follow-up) stay without NAV, so seeding again changes nothing.
  if (await db.navCase.findFirst({ where: { navOfficeId: navBergen }, select: { id: true } })) return;
  const today = osloToday();
  for (const [i, p] of proposals.entries()) {
    const measures = p.measures as PackageMeasureInput[];
    if (!measures.length) continue;
    const invited = await inviteNavOffice(db, company, p.id, navBergen, "http://localhost:3000");
    if (!invited.ok) throw new Error(`demo NAV invitation refused: ${invited.reason}`);
    // The first case waits for NAV (the e2e test and the home page decide on it); the rest are decided.
    if (i % 4 === 0) continue;
    for (const m of measures) {
      const declined = i % 4 === 3 && m.code === "MIDLERTIDIG_LONNSTILSKUDD";
      const decision = decisionIntent.parse({
        intent: "decide",
        measureCode: m.code,
        outcome: declined ? "DECLINED" : "APPROVED",
        percent: m.code === "MIDLERTIDIG_LONNSTILSKUDD" ? String(i % 4 === 2 ? 30 : 40) : undefined,
        periodFrom: declined ? undefined : addDays(today, 14),
        periodTo: declined ? undefined : addDays(today, 14 + 181),
        reason: declined ? "Arbeidsgiveren har ikke dokumentert behovet for tilskudd i denne stillingen." : undefined,
        decidedOn: addDays(today, -i),
      });
      const decided = await recordNavDecision(db, nav, p.id, decision, "http://localhost:3000");
      if (!decided.ok) throw new Error(`demo NAV decision refused: ${decided.reason}`);
    }
  }
}
