import { closeDb, createDb } from "~/lib/db.server";
import { demoOrganizations, DEMO_PASSWORD, demoUsers } from "../prisma/seed/demo-data";
import { seedDemoData } from "../prisma/seed/seed";

/** `npm run seed`: idempotent demo data, then the logins to try. */
const db = createDb();
try {
  const counts = await seedDemoData(db);
  const orgName = new Map(demoOrganizations.map((o) => [o.key, o.name]));
  console.log(`Demo data: ${counts.organizations} organisations, ${counts.users} users. Password for every demo login: ${DEMO_PASSWORD}`);
  for (const u of demoUsers) {
    const where = u.platformAdmin ? "platform administrator" : u.memberships.map((m) => `${orgName.get(m.org) ?? m.org} (${m.role.toLowerCase()})`).join(", ");
    console.log(`  ${u.email.padEnd(36)} ${where}`);
  }
} finally {
  await closeDb(db);
}
