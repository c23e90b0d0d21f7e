import { hashPassword } from "~/auth/password.server";
import type { Db } from "~/lib/db.server";
import { candidateSchema } from "~/domain/candidates/candidate-schema";
import { createCandidate, setCandidateStatus } from "~/domain/candidates/candidates.server";
import { openingSchema } from "~/domain/openings/opening-schema";
import { createOpening, publishOpening } from "~/domain/openings/openings.server";
import { DEMO_PASSWORD, demoOrganizations, demoOrgNumber, demoUsers } from "./demo-data";
import { demoCandidates } from "./demo-candidates";
import { demoOpenings } from "./demo-openings";

/** Creates or updates the demo data; running it twice changes nothing the second time. */
export async function seedDemoData(db: Db): Promise<{ organizations: number; users: number; openings: number; candidates: number }> {
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
  return { organizations: demoOrganizations.length, users: demoUsers.length, openings, candidates };
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
