import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "~/auth/actor.server";
import { listNavCases, navDecisionsWaiting, navSideOfProposal } from "~/domain/nav/nav.server";
import "~/lib/search-indexes.server";
import { seedDemoData } from "../../prisma/seed/seed";
import { createTestDb, type TestDb } from "../support/test-db";

/** The demo shows NAV at work: cases decided (approved and declined), cases waiting, and one not yet invited. */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db);
}, 600_000);
afterAll(() => t.close());

const actorOf = async (email: string) => {
  const m = await t.db.membership.findFirstOrThrow({
    where: { user: { email } },
    select: { userId: true, organizationId: true },
  });
  return actorFor(t.db, m.userId, m.organizationId);
};

describe("NAV in the demo data", () => {
  it("gives NAV Bergenhus decided and waiting cases, and NAV Trondheim none of them", async () => {
    const nav = await actorOf("jon.nav@nav.no");
    const cases = await listNavCases(t.db, nav);
    expect(cases.length).toBeGreaterThanOrEqual(5);
    expect(cases.some((c) => c.decided === c.measures)).toBe(true);
    const waiting = await navDecisionsWaiting(t.db, nav);
    expect(waiting.length).toBeGreaterThanOrEqual(1);
    const outcomes = await t.db.navDecision.groupBy({ by: ["outcome"], _count: true });
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["APPROVED", "DECLINED"]);
    expect(await listNavCases(t.db, await actorOf("turid.nav@nav.no"))).toEqual([]);
    // Seeding again changes nothing.
    await seedDemoData(t.db);
    expect((await listNavCases(t.db, nav)).length).toBe(cases.length);
  }, 600_000);

  it("leaves one proposal of Bergen Arbeid uninvited, offering it NAV Bergenhus", async () => {
    const company = await actorOf("anne@bergenarbeid.no");
    const open = await t.db.proposal.findFirstOrThrow({
      where: { companyId: company.organizationId, navCase: null },
      select: { id: true },
    });
    const side = await navSideOfProposal(t.db, company, open.id);
    expect(side.ok && side.value.offices.map((o) => o.name)).toEqual(["NAV Bergenhus"]);
  });
});
