import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openingSchema, type OpeningInput } from "~/domain/openings/opening-schema";
import {
  closeOpening,
  createOpening,
  duplicateOpening,
  expireOpenings,
  findOwnOpening,
  publishOpening,
  updateOpening,
} from "~/domain/openings/openings.server";
import { OPENINGS_INDEX, openingsIndexSettings, type OpeningSearchDoc } from "~/domain/openings/search-document";
import { drainSearchOutbox } from "#search/outbox.server";
import { postgresEngine } from "#search/postgres/postgres-index";
import type { SearchIndex } from "#search/port";
import { createTestDb, type TestDb } from "../support/test-db";
import type { Actor } from "~/auth/actor";
import { makeMember, makeOrgAdmin } from "../support/members";

let t: TestDb;
let index: SearchIndex<OpeningSearchDoc>;
let owner: Actor;
let stranger: Actor;

const input = (overrides: Record<string, unknown> = {}): OpeningInput =>
  openingSchema.parse({
    kind: "JOB",
    title: "Renholder i barnehage",
    description: "Daglig renhold av barnehagen vår. Du får en fast mentor de første månedene.",
    occupationCode: "9112",
    municipalityNumber: "4601",
    hoursPerWeek: "20",
    extent: "PART_TIME",
    skills: "renhold, rengjøring",
    measures: ["MENTOR"],
    accommodations: ["WORKING_HOURS"],
    applicationDeadline: "2026-12-31",
    ...overrides,
  });

const drain = () => drainSearchOutbox(t.db, (name) => (name === OPENINGS_INDEX ? index : undefined));

beforeAll(async () => {
  t = await createTestDb();
  index = postgresEngine(t.db).index<OpeningSearchDoc>(OPENINGS_INDEX, openingsIndexSettings);
  await index.applySettings(openingsIndexSettings);
  const makeOrg = (seed: number, name: string) =>
    makeOrgAdmin(t.db, seed, { kind: "EMPLOYER", name, email: `boss${seed}@x.no`, personName: "Boss" });
  owner = await makeOrg(11, "Fjordkafé AS");
  stranger = await makeOrg(12, "Annen Bedrift AS");
});
afterAll(() => t.close());

describe("openings", () => {
  it("a draft is not searchable; published, it is found by a misspelled word", async () => {
    const opening = await createOpening(t.db, owner, input());
    await drain();
    expect((await index.search({ q: "renhold" })).total).toBe(0);

    await publishOpening(t.db, owner, opening.id);
    await drain();
    const hits = await index.search({ q: "renhld" });
    expect(hits.hits.map((h) => h.id)).toEqual([opening.id]);
    expect(hits.hits[0]?.doc).toMatchObject({
      employerName: "Fjordkafé AS",
      municipalityName: "Bergen",
      countyCode: "46",
      occupationGroup: "CLEANING",
    });
    // Public facts only: nobody's id, name or address is in the document.
    expect(Object.keys(hits.hits[0]?.doc ?? {})).not.toContain("createdById");
  });

  it("facets narrow: occupation group, county, measures", async () => {
    const kitchen = await createOpening(
      t.db,
      owner,
      input({
        title: "Kjøkkenassistent i kantine",
        occupationCode: "9412",
        municipalityNumber: "5001",
        measures: ["ARBEIDSTRENING"],
        skills: "oppvask",
      }),
    );
    await publishOpening(t.db, owner, kitchen.id);
    await drain();
    const all = await index.search({ facets: ["occupationGroup", "countyCode", "measures"] });
    expect(all.total).toBe(2);
    expect(all.facets.countyCode).toEqual([
      { value: "46", count: 1 },
      { value: "50", count: 1 },
    ]);
    const inTrondelag = await index.search({
      filters: [{ field: "countyCode", op: "eq", value: "50" }],
      facets: ["occupationGroup"],
    });
    expect(inTrondelag.hits.map((h) => h.doc.title)).toEqual(["Kjøkkenassistent i kantine"]);
    expect(inTrondelag.facets.occupationGroup).toEqual([{ value: "FOOD", count: 1 }]);
  });

  it("editing a published opening keeps a version and updates the index", async () => {
    const opening = await createOpening(t.db, owner, input({ title: "Vaktmester på skole", occupationCode: "5153" }));
    await publishOpening(t.db, owner, opening.id);
    await updateOpening(
      t.db,
      owner,
      opening.id,
      input({ title: "Vaktmester på ungdomsskole", occupationCode: "5153", hoursPerWeek: "30" }),
    );
    await drain();
    const versions = await t.db.openingVersion.findMany({ where: { openingId: opening.id } });
    expect(versions).toHaveLength(1);
    expect(Object.keys(versions[0]?.changes as object).sort()).toEqual(["hoursPerWeek", "title"]);
    expect((await index.search({ q: "ungdomsskole" })).hits.map((h) => h.id)).toEqual([opening.id]);
  });

  it("closing removes it from search", async () => {
    const before = await index.search({ q: "renhld" });
    const closed = before.hits[0]!.id;
    await closeOpening(t.db, owner, closed);
    await drain();
    const after = await index.search({ q: "renhld" });
    expect(after.total).toBe(before.total - 1);
    expect(after.hits.map((h) => h.id)).not.toContain(closed);
  });

  it("another organisation can neither see nor change it", async () => {
    const opening = await createOpening(t.db, owner, input({ title: "Lagermedarbeider" }));
    const notFound = { ok: false, reason: "notFound" };
    expect(await findOwnOpening(t.db, stranger, opening.id)).toEqual(notFound);
    expect(await updateOpening(t.db, stranger, opening.id, input({ title: "Kapret" }))).toEqual(notFound);
    expect(await publishOpening(t.db, stranger, opening.id)).toEqual(notFound);
    expect(await closeOpening(t.db, stranger, opening.id)).toEqual(notFound);
    expect(await duplicateOpening(t.db, stranger, opening.id)).toEqual(notFound);
    expect((await t.db.opening.findUniqueOrThrow({ where: { id: opening.id } })).title).toBe("Lagermedarbeider");
    // A colleague of the owner (a member, not an admin) manages it like the one who posted it.
    const colleague = await makeMember(t.db, owner.organizationId, { email: "kollega11@x.no", role: "MEMBER" });
    expect(await findOwnOpening(t.db, colleague, opening.id)).toMatchObject({ ok: true, value: { id: opening.id } });
  });

  it("expires published openings after their deadline (Oslo date) and unlists them", async () => {
    const opening = await createOpening(
      t.db,
      owner,
      input({ title: "Sommerjobb som gartner", occupationCode: "6113", applicationDeadline: "2026-06-01" }),
    );
    await publishOpening(t.db, owner, opening.id);
    await drain();
    expect((await index.search({ q: "gartner" })).total).toBe(1);
    expect(await expireOpenings(t.db, "2026-06-01")).toBe(0);
    expect(await expireOpenings(t.db, "2026-06-02")).toBe(1);
    await drain();
    expect((await t.db.opening.findUniqueOrThrow({ where: { id: opening.id } })).status).toBe("EXPIRED");
    expect((await index.search({ q: "gartner" })).total).toBe(0);
  });

  it("duplicates as a new draft", async () => {
    const opening = await createOpening(t.db, owner, input({ title: "Butikkmedarbeider", occupationCode: "5223" }));
    await publishOpening(t.db, owner, opening.id);
    const copy = await duplicateOpening(t.db, owner, opening.id);
    expect(copy).toMatchObject({
      ok: true,
      value: { status: "DRAFT", title: "Butikkmedarbeider (kopi)", occupationCode: "5223", publishedAt: null },
    });
  });

  it("stores task budgets in øre", async () => {
    const task = await createOpening(
      t.db,
      owner,
      input({
        kind: "TASK",
        title: "Vask av kontorlokaler",
        budgetMinNok: "40000",
        budgetMaxNok: "60000",
        reservedForInclusion: "on",
      }),
    );
    expect(task).toMatchObject({ budgetMinOre: 4_000_000, budgetMaxOre: 6_000_000, reservedForInclusion: true });
  });
});
