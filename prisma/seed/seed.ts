import { hashPassword } from "~/auth/password.server";
import type { Db } from "~/lib/db.server";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate, setCandidateStatus } from "~/domain/candidates/candidates.server";
import { sharesSensitive } from "~/domain/candidates/employer-view";
import { getOccupation } from "~/domain/openings/occupations";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal, moveProposal } from "~/domain/proposals/proposals.server";
import { awardQuote, submitQuote } from "~/domain/procurement/procurement.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { DEMO_PASSWORD, demoOrganizations, demoOrgNumber, demoUsers } from "./demo-data";
import { demoCandidates } from "./demo-candidates";
import { demoOpenings } from "./demo-openings";

/** Creates or updates the demo data; running it twice changes nothing the second time. */
export async function seedDemoData(db: Db): Promise<{ organizations: number; users: number; openings: number; candidates: number; proposals: number; orders: number }> {
  const orgIds = new Map<string, string>();
  for (const org of demoOrganizations) {
    const orgNumber = demoOrgNumber(org.key);
    const row = await db.organization.upsert({
      where: { orgNumber },
      create: { kind: org.kind, orgNumber, name: org.name, municipalityNumber: org.municipalityNumber, approved: org.approved, approvedAt: org.approved ? new Date() : null },
      update: { name: org.name, kind: org.kind, municipalityNumber: org.municipalityNumber },
    });
    orgIds.set(org.key, row.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: user.email } });
    const row =
      existing ??
      (await db.user.create({ data: { email: user.email, name: user.name, passwordHash, isPlatformAdmin: user.platformAdmin ?? false } }));
    for (const m of user.memberships) {
      const organizationId = orgIds.get(m.org);
      if (!organizationId) throw new Error(`unknown demo organisation ${m.org}`);
      await db.membership.upsert({
        where: { userId_organizationId: { userId: row.id, organizationId } },
        create: { userId: row.id, organizationId, role: m.role },
        update: { role: m.role },
      });
    }
  }
  const openings = await seedOpenings(db, orgIds);
  const candidates = await seedCandidates(db, orgIds);
  const proposals = await seedProposals(db, orgIds);
  const orders = await seedProcurement(db, orgIds);
  return { organizations: demoOrganizations.length, users: demoUsers.length, openings, candidates, proposals, orders };
}

/** Published through the domain, so the search index receives them through the outbox. */
async function seedOpenings(db: Db, orgIds: Map<string, string>): Promise<number> {
  const list = demoOpenings();
  for (const [i, o] of list.entries()) {
    const organizationId = orgIds.get(o.org);
    if (!organizationId) throw new Error(`unknown demo organisation ${o.org}`);
    if (await db.opening.findFirst({ where: { organizationId, title: o.title }, select: { id: true } })) continue;
    const admin = await db.membership.findFirstOrThrow({ where: { organizationId, role: "ADMIN" }, select: { userId: true } });
    const actor = { userId: admin.userId, organizationId };
    const deadline = new Date(Date.UTC(2027, 0, 10 + (i % 40))).toISOString().slice(0, 10);
    const input = openingSchema.parse({
      kind: o.kind,
      title: o.title,
      description: o.description,
      occupationCode: o.occupationCode,
      municipalityNumber: o.municipalityNumber,
      hoursPerWeek: o.hoursPerWeek,
      extent: o.extent,
      skills: o.skills.join(", "),
      measures: o.measures,
      accommodations: o.accommodations,
      applicationDeadline: o.kind === "JOB" ? deadline : undefined,
      quoteDeadline: o.kind === "TASK" ? deadline : undefined,
      budgetMinNok: o.budgetNok?.[0],
      budgetMaxNok: o.budgetNok?.[1],
      reservedForInclusion: o.reserved ?? false,
    });
    const opening = await createOpening(db, actor, input);
    await publishOpening(db, actor, opening.id);
  }
  return list.length;
}

/** Through the domain like a company member would, so consents, timeline and index are real. */
async function seedCandidates(db: Db, orgIds: Map<string, string>): Promise<number> {
  const list = demoCandidates();
  for (const c of list) {
    const organizationId = orgIds.get(c.org);
    if (!organizationId) throw new Error(`unknown demo organisation ${c.org}`);
    if (await db.candidate.findFirst({ where: { organizationId, fullName: String(c.fields.fullName) }, select: { id: true } })) continue;
    const admin = await db.membership.findFirstOrThrow({ where: { organizationId, role: "ADMIN" }, select: { userId: true } });
    const actor = { userId: admin.userId, organizationId };
    const input = candidateSchema.parse({
      ...c.fields,
      listingConsent: c.listed ? "on" : undefined,
      shareAccommodationsConsent: c.shareAccommodations ? "on" : undefined,
      consentGivenOn: c.listed ? "2026-11-02" : undefined,
      consentMethod: c.listed ? "SIGNED_PAPER" : undefined,
    });
    const created = await createCandidate(db, actor, input);
    if (c.status !== "ACTIVE") await setCandidateStatus(db, actor, created.id, c.status);
  }
  return list.length;
}

/**
 * Bergen Arbeid proposes a candidate from the right field to each of Fjordkafé's openings, so
 * the pipeline, the proposal page and the authorisation matrix have something to show.
 */
async function seedProposals(db: Db, orgIds: Map<string, string>): Promise<number> {
  const companyId = orgIds.get("bergenarbeid");
  const employerId = orgIds.get("fjordkafe");
  if (!companyId || !employerId) throw new Error("demo organisations missing");
  const companyAdmin = await db.membership.findFirstOrThrow({ where: { organizationId: companyId, role: "ADMIN" }, select: { userId: true, user: { select: { name: true } } } });
  const employerAdmin = await db.membership.findFirstOrThrow({ where: { organizationId: employerId, role: "ADMIN" }, select: { userId: true } });
  const candidates = await db.candidate.findMany({ where: { organizationId: companyId, status: "ACTIVE", listingConsentAt: { not: null } }, orderBy: { code: "asc" } });
  const openings = await db.opening.findMany({ where: { organizationId: employerId, status: "PUBLISHED" }, orderBy: { title: "asc" } });
  let n = 0;
  for (const [i, o] of openings.entries()) {
    const group = getOccupation(o.occupationCode)?.group;
    const c = candidates.find((x) => x.occupationCodes.some((code) => getOccupation(code)?.group === group)) ?? candidates[i % candidates.length];
    if (!c) continue;
    n++;
    if (await db.proposal.findUnique({ where: { openingId_candidateId: { openingId: o.id, candidateId: c.id } }, select: { id: true } })) continue;
    // IPS and the candidate's needs go to the employer only with the consent to share them.
    const shares = sharesSensitive(c);
    const input = proposalSchema.parse({
      wageSubsidy: "MIDLERTIDIG_LONNSTILSKUDD",
      subsidyPercent: "40",
      subsidyMonths: "6",
      otherMeasures: shares ? ["IPS_JOBBSTOTTE"] : [],
      followUpFrequency: "WEEKLY",
      contactPerson: companyAdmin.user.name,
      accommodations: shares ? c.accommodations : [],
      monthlyWageNok: String(Math.round((o.hoursPerWeek * 52 * 200) / 12 / 100) * 100),
      employerTaxZone: "1",
      message: "Kandidaten har relevant erfaring og ønsker en gradvis oppstart. Vi følger opp hver uke.",
    });
    const created = await createProposal(db, { userId: companyAdmin.userId, organizationId: companyId }, c.id, o.id, input, "http://localhost:3000");
    if (!created.ok && created.error === "sharingConsent") throw new Error("demo proposal refused: sensitive data without the consent to share it");
    if (created.ok && i % 2 === 1) await moveProposal(db, { userId: employerAdmin.userId, organizationId: employerId }, created.id, "SHORTLISTED", undefined, "http://localhost:3000");
  }
  return n;
}

/**
 * Two inclusion companies ready to be paid (documents, staff share, a Stripe account marked as
 * onboarded), quotes on the first tasks, one order in delivery and one paid. The paid one is set
 * directly: the demo database is seeded before any Stripe double runs.
 */
async function seedProcurement(db: Db, orgIds: Map<string, string>): Promise<number> {
  const suppliers = ["bergenarbeid", "vestbro"].map((k) => orgIds.get(k) ?? "");
  for (const [i, companyId] of suppliers.entries()) {
    await db.organization.update({ where: { id: companyId }, data: { staffInMeasurePercent: 55 + i * 10 } });
    if (!(await db.supplierDocument.findFirst({ where: { companyId } }))) {
      const issuedOn = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
      await db.supplierDocument.createMany({
        data: [
          { companyId, kind: "TAX_CERTIFICATE", reference: `SKE-${2026_000 + i}`, issuedOn },
          { companyId, kind: "HMS_DECLARATION", reference: `HMS-${i + 1}`, issuedOn },
          { companyId, kind: "TILTAKSARRANGOR_APPROVAL", reference: `NAV-TA-${i + 1}`, issuedOn: new Date("2024-01-01T00:00:00Z") },
        ],
      });
    }
    await db.stripeAccount.upsert({ where: { organizationId: companyId }, create: { organizationId: companyId, stripeAccountId: `acct_demo_${i + 1}`, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true }, update: {} });
  }
  const tasks = await db.opening.findMany({ where: { organizationId: orgIds.get("bergen"), kind: "TASK", status: "PUBLISHED", reservedForInclusion: true }, orderBy: { title: "asc" }, take: 2 });
  for (const [i, task] of tasks.entries()) {
    if (await db.quote.findFirst({ where: { taskId: task.id } })) continue;
    const buyerAdmin = await db.membership.findFirstOrThrow({ where: { organizationId: task.organizationId, role: "ADMIN" }, select: { userId: true } });
    const quoteIds: string[] = [];
    for (const [k, companyId] of suppliers.entries()) {
      const admin = await db.membership.findFirstOrThrow({ where: { organizationId: companyId, role: "ADMIN" }, select: { userId: true } });
      const q = await submitQuote(db, { userId: admin.userId, organizationId: companyId }, task.id, {
        priceExVatOre: (task.budgetMinOre ?? 100_000_00) + k * 10_000_00,
        deliveryPlan: "Fast team med arbeidsleder og deltakere i tiltak, oppstart etter avtale.",
        teamSize: 4 + k,
        participantsInMeasure: 3,
        startDate: "2027-01-04",
      });
      if (q.ok) quoteIds.push(q.id);
    }
    const winner = quoteIds[i % quoteIds.length];
    if (!winner) continue;
    const award = await awardQuote(db, { userId: buyerAdmin.userId, organizationId: task.organizationId }, winner, "Best pris og plan for opplæring av deltakere.", "http://localhost:3000");
    if (!award.ok) continue;
    const now = new Date();
    await db.order.update({
      where: { id: award.orderId },
      data:
        i === 0
          ? { status: "IN_DELIVERY", deliveryStartedAt: now }
          : { status: "PAID", deliveryStartedAt: now, deliveredAt: now, acceptedAt: now, paidAt: now, paymentMethod: "CHECKOUT", stripePaymentIntentId: "pi_demo_paid_1" },
    });
  }
  return db.order.count();
}
