import { hashPassword } from "~/auth/password.server";
import type { Db } from "~/lib/db.server";
import { DEMO_PASSWORD, demoOrganizations, demoOrgNumber, demoUsers } from "./demo-data";

/** Creates or updates the demo data; running it twice changes nothing the second time. */
export async function seedDemoData(db: Db): Promise<{ organizations: number; users: number }> {
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
  return { organizations: demoOrganizations.length, users: demoUsers.length };
}
