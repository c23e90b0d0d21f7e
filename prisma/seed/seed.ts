import type { Actor } from "~/auth/actor";
import { actorFor } from "~/auth/actor.server";
import { hashPassword } from "~/auth/password.server";
import type { Db } from "~/lib/db.server";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate, setCandidateStatus } from "~/domain/candidates/candidates.server";
import { sharesSensitive } from "~/domain/candidates/employer-view";
import { getOccupation } from "~/domain/openings/occupations";
import { proposalSchema } from "~/domain/proposals/proposal-schema";
import { createProposal, moveProposal } from "~/domain/proposals/proposals.server";
import { applyAccount } from "~/domain/payments/connect.server";
import { stripe, usingTestDouble } from "~/domain/payments/stripe.server";
import { applyCheckoutSession } from "~/domain/payments/webhooks.server";
import {
  awardQuote,
  connectStripe,
  moveOrder,
  startCheckout,
  submitQuote,
} from "~/domain/procurement/procurement.server";
import { declareReservedEligibility } from "~/domain/procurement/serious.server";
import { env } from "~/lib/env.server";
import { osloToday } from "~/lib/dates";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { DEMO_PASSWORD, demoOrganizations, demoOrgNumber, demoUsers } from "./demo-data";
import { demoCandidates } from "./demo-candidates";
import { demoOpenings } from "./demo-openings";
import { seedWorkInProgress } from "./demo-work-in-progress";
import { seedNav } from "./nav";
import { seedAgreements } from "./agreements";
import { seedCandidatePage } from "./candidate-page";
import { seedFollowUp } from "./follow-up";
import { seedPaymentDetails } from "./invoices";
import { seedYouth } from "./youth";

/** How many of each kind of demo record there are after seeding. */
export type SeededCounts = {
  organizations: number;
  users: number;
  openings: number;
  candidates: number;
  proposals: number;
  orders: number;
};

/** Creates or updates the demo data; running it twice changes nothing the second time. */
export async function seedDemoData(db: Db): Promise<SeededCounts> {
  const orgIds = new Map<string, string>();
  for (const org of demoOrganizations) {
    const orgNumber = demoOrgNumber(org.key);
    const row = await db.organization.upsert({
      where: { orgNumber },
      create: {
        kind: org.kind,
        orgNumber,
        name: org.name,
        municipalityNumber: org.municipalityNumber,
        approved: org.approved,
        approvedAt: org.approved ? new Date() : null,
      },
      update: { name: org.name, kind: org.kind, municipalityNumber: org.municipalityNumber },
    });
    orgIds.set(org.key, row.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: user.email } });
    const row =
      existing ??
      (await db.user.create({
        data: { email: user.email, name: user.name, passwordHash, isPlatformAdmin: user.platformAdmin ?? false },
      }));
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
  await seedPaymentDetails(db, orgIds);
  const orders = await seedProcurement(db, orgIds);
  await seedWorkInProgress(db, orgIds);
  await seedNav(db, orgIds);
  await seedAgreements(db, orgIds, (admin) => onboardThroughDouble(db, admin));
  await seedCandidatePage(db, orgIds);
  await seedFollowUp(db, orgIds);
  await seedYouth(db, orgIds);
  return { organizations: demoOrganizations.length, users: demoUsers.length, openings, candidates, proposals, orders };
}

/** Published through the domain, so the search index receives them through the outbox. */
async function seedOpenings(db: Db, orgIds: Map<string, string>): Promise<number> {
  const list = demoOpenings();
  for (const [i, o] of list.entries()) {
    const organizationId = orgIds.get(o.org);
    if (!organizationId) throw new Error(`unknown demo organisation ${o.org}`);
    if (await db.opening.findFirst({ where: { organizationId, title: o.title }, select: { id: true } })) continue;
    const admin = await db.membership.findFirstOrThrow({
      where: { organizationId, role: "ADMIN" },
      select: { userId: true },
    });
    const actor = await actorFor(db, admin.userId, organizationId);
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
    if (
      await db.candidate.findFirst({
        where: { organizationId, fullName: String(c.fields.fullName) },
        select: { id: true },
      })
    )
      continue;
    const admin = await db.membership.findFirstOrThrow({
      where: { organizationId, role: "ADMIN" },
      select: { userId: true },
    });
    const actor = await actorFor(db, admin.userId, organizationId);
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
  const companyAdmin = await db.membership.findFirstOrThrow({
    where: { organizationId: companyId, role: "ADMIN" },
    select: { userId: true, user: { select: { name: true } } },
  });
  const employerAdmin = await db.membership.findFirstOrThrow({
    where: { organizationId: employerId, role: "ADMIN" },
    select: { userId: true },
  });
  const companyActor = await actorFor(db, companyAdmin.userId, companyId);
  const employerActor = await actorFor(db, employerAdmin.userId, employerId);
  const candidates = await db.candidate.findMany({
    where: { organizationId: companyId, status: "ACTIVE", listingConsentAt: { not: null } },
    orderBy: { code: "asc" },
  });
  const openings = await db.opening.findMany({
    where: { organizationId: employerId, status: "PUBLISHED" },
    orderBy: { title: "asc" },
  });
  let n = 0;
  for (const [i, o] of openings.entries()) {
    const group = getOccupation(o.occupationCode)?.group;
    const c =
      candidates.find((x) => x.occupationCodes.some((code) => getOccupation(code)?.group === group)) ??
      candidates[i % candidates.length];
    if (!c) continue;
    n++;
    if (
      await db.proposal.findUnique({
        where: { openingId_candidateId: { openingId: o.id, candidateId: c.id } },
        select: { id: true },
      })
    )
      continue;
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
    const created = await createProposal(db, companyActor, c.id, o.id, input, "http://localhost:3000");
    if (!created.ok && created.reason === "needsSharingConsent")
      throw new Error("demo proposal refused: sensitive data without the consent to share it");
    if (created.ok && i % 2 === 1)
      await moveProposal(db, employerActor, created.value.id, "SHORTLISTED", undefined, "http://localhost:3000");
  }
  return n;
}

/**
 * Two inclusion companies ready to be paid (documents, a reserved-contract declaration, a Stripe account onboarded
 * through the test double), quotes on the first tasks, one order in delivery and one paid by card.
 * Accounts and the payment are made through the double the demo and the e2e server start before
 * seeding, so that everything the app later asks Stripe about (a refund of the paid order, a new
 * onboarding link) is known there. Without the double (STRIPE_API_BASE unset) no Stripe account
 * is made, so no award can go through and no orders are seeded.
 */
async function seedProcurement(db: Db, orgIds: Map<string, string>): Promise<number> {
  const suppliers = ["bergenarbeid", "vestbro"].map((k) => orgIds.get(k) ?? "");
  const adminOf = async (organizationId: string) => {
    const admin = await db.membership.findFirstOrThrow({
      where: { organizationId, role: "ADMIN" },
      select: { userId: true },
    });
    return actorFor(db, admin.userId, organizationId);
  };
  for (const [i, companyId] of suppliers.entries()) {
    if (!(await db.supplierDocument.findFirst({ where: { companyId } }))) {
      const issuedOn = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
      await db.supplierDocument.createMany({
        data: [
          { companyId, kind: "TAX_CERTIFICATE", reference: `SKE-${2026_000 + i}`, issuedOn },
          { companyId, kind: "HMS_DECLARATION", reference: `HMS-${i + 1}`, issuedOn },
          {
            companyId,
            kind: "TILTAKSARRANGOR_APPROVAL",
            reference: `NAV-TA-${i + 1}`,
            issuedOn: new Date("2024-01-01T00:00:00Z"),
          },
        ],
      });
    }
    // Reserved contracts take quotes only from companies with a current declaration (docs/decisions/0016).
    if (!(await db.reservedContractDeclaration.findFirst({ where: { companyId } }))) {
      const today = osloToday();
      const declared = await declareReservedEligibility(db, await adminOf(companyId), {
        mainPurposeIntegration: true,
        staffSharePercent: 55 + i * 10,
        declaredOn: today,
        evidenceReference: `Årsrapport 2025 (styrets erklæring)`,
        evidenceIssuedOn: today,
      });
      if (!declared.ok) throw new Error(`demo declaration refused: ${declared.reason}`);
    }
    if (usingTestDouble() && !(await db.stripeAccount.findUnique({ where: { organizationId: companyId } })))
      await onboardThroughDouble(db, await adminOf(companyId));
  }
  const tasks = await db.opening.findMany({
    where: { organizationId: orgIds.get("bergen"), kind: "TASK", status: "PUBLISHED", reservedForInclusion: true },
    orderBy: { title: "asc" },
    take: 2,
  });
  for (const [i, task] of tasks.entries()) {
    if (await db.quote.findFirst({ where: { taskId: task.id } })) continue;
    const buyer = await adminOf(task.organizationId);
    const quoteIds: string[] = [];
    for (const [k, companyId] of suppliers.entries()) {
      const q = await submitQuote(db, await adminOf(companyId), task.id, {
        priceExVatOre: (task.budgetMinOre ?? 100_000_00) + k * 10_000_00,
        deliveryPlan: "Fast team med arbeidsleder og deltakere i tiltak, oppstart etter avtale.",
        teamSize: 4 + k,
        participantsInMeasure: 3,
        startDate: "2027-01-04",
      });
      if (q.ok) quoteIds.push(q.value.id);
    }
    const winner = quoteIds[i % quoteIds.length];
    if (!winner) continue;
    const award = await awardQuote(db, buyer, winner, "Best pris og plan for opplæring av deltakere.", DEMO_ORIGIN);
    if (!award.ok) continue;
    const { orderId } = award.value;
    const company = await adminOf(
      (await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { companyId: true } })).companyId,
    );
    if (i === 0) {
      await moveOrder(db, company, orderId, "start", DEMO_ORIGIN);
      continue;
    }
    await moveOrder(db, company, orderId, "deliver", DEMO_ORIGIN);
    await moveOrder(db, buyer, orderId, "accept", DEMO_ORIGIN);
    await payThroughDouble(db, buyer, orderId);
  }
  return db.order.count();
}

const DEMO_ORIGIN = "http://localhost:3000";

/** The double's control endpoints stand in for a person finishing Stripe's hosted pages. */
async function doubleControl(path: string): Promise<void> {
  const res = await fetch(`${env().STRIPE_API_BASE ?? ""}/__double/${path}`, { method: "POST" });
  if (!res.ok) throw new Error(`Stripe test double: ${path} answered ${res.status}`);
}

/** Onboarding as the supplier page does it, finished at once; the app is not running yet, so its account is read back here. */
async function onboardThroughDouble(db: Db, admin: Actor): Promise<void> {
  const link = await connectStripe(db, admin, DEMO_ORIGIN);
  if (!link.ok) throw new Error(`Stripe test double: ${JSON.stringify(link)}`);
  const { stripeAccountId } = await db.stripeAccount.findUniqueOrThrow({
    where: { organizationId: admin.organizationId },
  });
  await doubleControl(`enable-payouts/${stripeAccountId}`);
  await applyAccount(db, await stripe().accounts.retrieve(stripeAccountId));
}

/** A card payment through Checkout; the webhook has no app to reach yet, so the session is applied as the webhook would. */
async function payThroughDouble(db: Db, buyer: Actor, orderId: string): Promise<void> {
  const checkout = await startCheckout(db, buyer, orderId, DEMO_ORIGIN);
  if (!checkout.ok) throw new Error(`Stripe test double: ${JSON.stringify(checkout)}`);
  const { stripeCheckoutSessionId } = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { stripeCheckoutSessionId: true },
  });
  await doubleControl(`complete-checkout/${stripeCheckoutSessionId ?? ""}?deliveries=0`);
  const outcome = await applyCheckoutSession(db, stripeCheckoutSessionId ?? "");
  if (outcome.error) throw new Error(`demo payment not applied: ${outcome.error}`);
}
