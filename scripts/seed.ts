import { usingTestDouble } from "~/domain/payments/stripe.server";
import { closeDb, createDb } from "~/lib/db.server";
import "~/lib/search-indexes.server";
import { drainSearchOutbox } from "#search/outbox.server";
import { indexFor, registeredIndexes, searchEngine } from "#search/registry.server";
import { demoOrganizations, DEMO_PASSWORD, demoUsers } from "../prisma/seed/demo-data";
import { seedDemoData } from "../prisma/seed/seed";

/** `npm run seed`: idempotent demo data, then the logins to try. */
const db = createDb();
try {
  const counts = await seedDemoData(db);
  // Fill the search index now, so the first visitor finds what was seeded.
  for (const entry of registeredIndexes())
    await searchEngine(db).index(entry.name, entry.settings).applySettings(entry.settings);
  let drained;
  do drained = await drainSearchOutbox(db, (name) => indexFor(db, name));
  while (drained.applied > 0);
  const orgName = new Map(demoOrganizations.map((o) => [o.key, o.name]));
  console.log(
    `Demo data: ${counts.organizations} organisations, ${counts.users} users, ${counts.openings} openings, ${counts.candidates} candidates, ${counts.proposals} proposals, ${counts.orders} orders. Password for every demo login: ${DEMO_PASSWORD}`,
  );
  if (!usingTestDouble())
    console.log(
      "No Stripe test double (STRIPE_API_BASE unset): no Stripe accounts or orders were seeded. `npm run demo` starts the double first.",
    );
  for (const u of demoUsers) {
    const where = u.platformAdmin
      ? "platform administrator"
      : u.memberships.map((m) => `${orgName.get(m.org) ?? m.org} (${m.role.toLowerCase()})`).join(", ");
    console.log(`  ${u.email.padEnd(36)} ${where}`);
  }
} finally {
  await closeDb(db);
}
