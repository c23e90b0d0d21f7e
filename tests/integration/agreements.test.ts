import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { notifyAgreementAlerts } from "~/domain/agreements/agreement-alerts.server";
import type { AgreementInput } from "~/domain/agreements/agreement-schema";
import {
  agreementsNeedingAttention,
  callOff,
  createAgreement,
  extendAgreement,
  getAgreement,
  listAgreements,
  recordOwnership,
  setSupplierContact,
} from "~/domain/agreements/agreements.server";
import { cancelOrder } from "~/domain/procurement/cancellation.server";
import { listOrders, moveOrder } from "~/domain/procurement/procurement.server";
import { addDays, osloToday } from "~/lib/dates";
import { makeMember, makeOrgAdmin } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let bergen: Actor;
let bergenMember: Actor;
let oslo: Actor;
let declared: Actor;
let declared2: Actor;
let undeclared: Actor;
let owned: Actor;
let unpaid: Actor;
let employer: Actor;
const ORIGIN = "http://localhost";
const today = osloToday();

const input = (over: Partial<AgreementInput> = {}): AgreementInput => ({
  title: "Arbeidstrening i parkdriften",
  legalBasis: "RESERVED_COMPETITION",
  companyIds: [declared.organizationId],
  ceilingNok: 100_000,
  startsOn: addDays(today, -30),
  endsOn: addDays(today, 365),
  optionsLeft: 1,
  optionMonths: 12,
  buyerContactName: "Kari Nordmann",
  buyerContactEmail: "kari@bergen.kommune.no",
  service: "Arbeidstrening med oppfølging",
  unit: "PARTICIPANT_MONTH",
  priceNok: 10_000,
  ...over,
});

async function withPayouts(actor: Actor, id: string) {
  await t.db.stripeAccount.create({
    data: { organizationId: actor.organizationId, stripeAccountId: `acct_${id}`, payoutsEnabled: true },
  });
}

async function made(over: Partial<AgreementInput> = {}) {
  const r = await createAgreement(t.db, bergen, input(over));
  if (!r.ok) throw new Error(`agreement refused: ${r.reason}`);
  const view = await getAgreement(t.db, bergen, r.value.id);
  if (!view.ok) throw new Error("agreement not found");
  return view.value;
}

beforeAll(async () => {
  t = await createTestDb();
  bergen = await makeOrgAdmin(t.db, 201, { kind: "MUNICIPALITY", name: "Bergen kommune", email: "a201@x.no" });
  bergenMember = await makeMember(t.db, bergen.organizationId, { email: "m201@x.no", role: "MEMBER" });
  oslo = await makeOrgAdmin(t.db, 202, { kind: "MUNICIPALITY", name: "Oslo kommune", email: "a202@x.no" });
  declared = await makeOrgAdmin(t.db, 203, {
    kind: "INCLUSION_COMPANY",
    name: "Bergen Arbeid AS",
    staffInMeasurePercent: 55,
    email: "a203@x.no",
  });
  declared2 = await makeOrgAdmin(t.db, 204, {
    kind: "INCLUSION_COMPANY",
    name: "Vestbro AS",
    staffInMeasurePercent: 40,
    email: "a204@x.no",
  });
  undeclared = await makeOrgAdmin(t.db, 205, { kind: "INCLUSION_COMPANY", name: "Uerklært AS", email: "a205@x.no" });
  owned = await makeOrgAdmin(t.db, 206, { kind: "INCLUSION_COMPANY", name: "Bergen Vekst AS", email: "a206@x.no" });
  unpaid = await makeOrgAdmin(t.db, 207, {
    kind: "INCLUSION_COMPANY",
    name: "Uten Utbetaling AS",
    staffInMeasurePercent: 35,
    email: "a207@x.no",
  });
  employer = await makeOrgAdmin(t.db, 208, { kind: "EMPLOYER", name: "Fjordkafé AS", email: "a208@x.no" });
  await withPayouts(declared, "declared");
  await withPayouts(declared2, "declared2");
  await withPayouts(owned, "owned");
});
afterAll(() => t.close());

describe("making an agreement on a legal basis", () => {
  it("a reserved competition takes only companies with a current declaration", async () => {
    const refused = await createAgreement(t.db, bergen, input({ companyIds: [undeclared.organizationId] }));
    expect(refused).toMatchObject({ ok: false, reason: "reservedNoDeclaration", field: "companyIds" });
    const ok = await createAgreement(
      t.db,
      bergen,
      input({ companyIds: [declared.organizationId, declared2.organizationId] }),
    );
    expect(ok.ok).toBe(true);
  });

  it("an in-house award needs the municipality's recorded ownership, and keeps the share", async () => {
    const before = await createAgreement(
      t.db,
      bergen,
      input({ legalBasis: "IN_HOUSE", companyIds: [owned.organizationId] }),
    );
    expect(before).toMatchObject({ ok: false, reason: "agreementNotOwner" });
    // Plain members do not record ownership; another municipality cannot claim a company already owned.
    expect(await recordOwnership(t.db, bergenMember, owned.organizationId, 100)).toMatchObject({ reason: "notFound" });
    expect((await recordOwnership(t.db, bergen, owned.organizationId, 100)).ok).toBe(true);
    expect(await recordOwnership(t.db, oslo, owned.organizationId, 50)).toMatchObject({
      reason: "ownershipOtherOwner",
    });
    const view = await made({ legalBasis: "IN_HOUSE", companyIds: [owned.organizationId], title: "Egenregi" });
    expect(view.supplierRows[0]?.ownershipPercent).toBe(100);
    const org = await t.db.organization.findUniqueOrThrow({ where: { id: owned.organizationId } });
    expect(org).toMatchObject({ ownerId: bergen.organizationId, ownerSharePercent: 100 });
  });

  it("only municipalities make agreements, and only with approved inclusion companies", async () => {
    expect(await createAgreement(t.db, declared, input())).toMatchObject({ reason: "notFound" });
    expect(await createAgreement(t.db, bergen, input({ companyIds: [employer.organizationId] }))).toMatchObject({
      reason: "agreementCompanyInvalid",
    });
  });
});

describe("call-offs", () => {
  it("become awarded orders at the agreement's price that run through the order lifecycle", async () => {
    const a = await made();
    const price = a.prices[0];
    const supplier = a.supplierRows[0];
    if (!price || !supplier) throw new Error("no price or supplier");
    const r = await callOff(
      t.db,
      bergenMember,
      a.id,
      { title: "Vår i parken", supplierId: supplier.id, priceId: price.id, quantity: 3 },
      ORIGIN,
    );
    if (!r.ok) throw new Error(r.reason);
    const order = await t.db.order.findUniqueOrThrow({
      where: { id: r.value.orderId },
      include: { quote: { include: { task: true } } },
    });
    expect(order).toMatchObject({
      status: "AWARDED",
      amountExVatOre: 30_000_00,
      vatOre: 7_500_00,
      companyId: declared.organizationId,
    });
    expect(order.awardReason).toContain("FOA § 16-9");
    // The task behind it is never published: no competition, nothing in the search.
    expect(order.quote.task).toMatchObject({ status: "CLOSED", publishedAt: null, title: "Vår i parken" });
    expect((await listOrders(t.db, declared)).map((o) => o.id)).toContain(order.id);
    expect((await moveOrder(t.db, declared, order.id, "deliver", ORIGIN)).ok).toBe(true);
    expect((await moveOrder(t.db, bergen, order.id, "accept", ORIGIN)).ok).toBe(true);
    const view = await getAgreement(t.db, bergen, a.id);
    if (!view.ok) throw new Error("gone");
    expect(view.value).toMatchObject({ usedOre: 30_000_00, percent: 30, remainingOre: 70_000_00 });
    expect(view.value.callOffs[0]).toMatchObject({ status: "ACCEPTED", quantity: 3 });
    expect(view.value.quarters.at(0)?.cumulativeOre ?? 0).toBeLessThanOrEqual(30_000_00);
    expect(view.value.quarters.at(-1)?.cumulativeOre).toBe(30_000_00);
  });

  it("cannot go over the ceiling; a cancelled call-off no longer counts", async () => {
    const a = await made({ title: "Tak" });
    const [price, supplier] = [a.prices[0], a.supplierRows[0]];
    if (!price || !supplier) throw new Error("no price or supplier");
    const first = await callOff(
      t.db,
      bergen,
      a.id,
      { title: "Stor", supplierId: supplier.id, priceId: price.id, quantity: 8 },
      ORIGIN,
    );
    if (!first.ok) throw new Error(first.reason);
    const over = await callOff(
      t.db,
      bergen,
      a.id,
      { title: "For mye", supplierId: supplier.id, priceId: price.id, quantity: 3 },
      ORIGIN,
    );
    expect(over).toMatchObject({
      ok: false,
      reason: "callOffOverCeiling",
      field: "quantity",
      detail: { left: "20000" },
    });
    expect((await cancelOrder(t.db, bergen, first.value.orderId, "Feil mengde bestilt.", ORIGIN)).ok).toBe(true);
    const again = await callOff(
      t.db,
      bergen,
      a.id,
      { title: "Nå går det", supplierId: supplier.id, priceId: price.id, quantity: 10 },
      ORIGIN,
    );
    expect(again.ok).toBe(true);
  });

  it("two call-offs at once cannot both pass the ceiling", async () => {
    const a = await made({ title: "Samtidig" });
    const [price, supplier] = [a.prices[0], a.supplierRows[0]];
    if (!price || !supplier) throw new Error("no price or supplier");
    const one = { supplierId: supplier.id, priceId: price.id, quantity: 6 };
    const results = await Promise.all([
      callOff(t.db, bergen, a.id, { ...one, title: "En" }, ORIGIN),
      callOff(t.db, bergenMember, a.id, { ...one, title: "To" }, ORIGIN),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.db.callOff.count({ where: { agreementId: a.id } })).toBe(1);
  });

  it("are refused outside the period and for a supplier that cannot be paid", async () => {
    const future = await made({ title: "Fremtid", startsOn: addDays(today, 10), endsOn: addDays(today, 100) });
    const [price, supplier] = [future.prices[0], future.supplierRows[0]];
    if (!price || !supplier) throw new Error("no price or supplier");
    expect(
      await callOff(
        t.db,
        bergen,
        future.id,
        { title: "For tidlig", supplierId: supplier.id, priceId: price.id, quantity: 1 },
        ORIGIN,
      ),
    ).toMatchObject({ reason: "agreementNotInForce" });
    const noPay = await made({ title: "Uten betaling", companyIds: [unpaid.organizationId] });
    const [p2, s2] = [noPay.prices[0], noPay.supplierRows[0]];
    if (!p2 || !s2) throw new Error("no price or supplier");
    expect(
      await callOff(
        t.db,
        bergen,
        noPay.id,
        { title: "Ikke betalbar", supplierId: s2.id, priceId: p2.id, quantity: 1 },
        ORIGIN,
      ),
    ).toMatchObject({ reason: "callOffPayoutsNotEnabled", field: "supplierId" });
  });
});

describe("who sees what", () => {
  it("another municipality and a company outside the agreement get not found; a supplier only its own call-offs", async () => {
    const a = await made({ title: "Delt avtale", companyIds: [declared.organizationId, declared2.organizationId] });
    const price = a.prices[0];
    const [s1, s2] = a.supplierRows;
    if (!price || !s1 || !s2) throw new Error("no price or suppliers");
    await callOff(
      t.db,
      bergen,
      a.id,
      { title: "Til den første", supplierId: s1.id, priceId: price.id, quantity: 1 },
      ORIGIN,
    );
    await callOff(
      t.db,
      bergen,
      a.id,
      { title: "Til den andre", supplierId: s2.id, priceId: price.id, quantity: 2 },
      ORIGIN,
    );
    expect(await getAgreement(t.db, oslo, a.id)).toMatchObject({ reason: "notFound" });
    expect(await getAgreement(t.db, undeclared, a.id)).toMatchObject({ reason: "notFound" });
    expect(await getAgreement(t.db, employer, a.id)).toMatchObject({ reason: "notFound" });
    expect(
      await callOff(t.db, oslo, a.id, { title: "Fremmed", supplierId: s1.id, priceId: price.id, quantity: 1 }, ORIGIN),
    ).toMatchObject({
      reason: "notFound",
    });
    // A supplier may read the agreement but never call off on it.
    expect(
      await callOff(t.db, declared, a.id, { title: "Selv", supplierId: s1.id, priceId: price.id, quantity: 1 }, ORIGIN),
    ).toMatchObject({
      reason: "notFound",
    });
    const mine = await getAgreement(t.db, declared2, a.id);
    if (!mine.ok) throw new Error("supplier cannot see its agreement");
    expect(mine.value.callOffs.map((c) => c.title)).toEqual(["Til den andre"]);
    // The ceiling's use is the whole agreement's, for both sides.
    expect(mine.value.usedOre).toBe(30_000_00);
    expect((await listAgreements(t.db, declared2)).map((x) => x.id)).toContain(a.id);
    expect(await listAgreements(t.db, oslo)).toEqual([]);
    expect(
      (await setSupplierContact(t.db, declared2, a.id, { contactName: "Lise Strand", contactEmail: "lise@x.no" })).ok,
    ).toBe(true);
    expect(
      await setSupplierContact(t.db, undeclared, a.id, { contactName: "X Y", contactEmail: "x@x.no" }),
    ).toMatchObject({
      reason: "notFound",
    });
  });
});

describe("notices at 80 % of the ceiling and 90 days before the end", () => {
  it("tells both sides once, in the app and by mail, and again about a new end after an extension", async () => {
    const a = await made({ title: "Varsler", endsOn: addDays(today, 60), ceilingNok: 50_000 });
    const [price, supplier] = [a.prices[0], a.supplierRows[0]];
    if (!price || !supplier) throw new Error("no price or supplier");
    const mailsBefore = await t.db.emailMessage.count();
    const notesBefore = await t.db.notification.count({ where: { kind: { startsWith: "agreement" } } });
    // 40 000 of 50 000: exactly 80 %.
    await callOff(
      t.db,
      bergen,
      a.id,
      { title: "Mye", supplierId: supplier.id, priceId: price.id, quantity: 4 },
      ORIGIN,
    );
    await notifyAgreementAlerts(t.db, ORIGIN);
    await notifyAgreementAlerts(t.db, ORIGIN);
    const notes = await t.db.notification.findMany({
      where: { kind: { startsWith: "agreement" }, link: `/avtaler/${a.id}` },
      select: { userId: true, kind: true },
    });
    const bergenUsers = [bergen.userId, bergenMember.userId];
    for (const kind of ["agreementCeiling", "agreementExpiry"]) {
      const to = notes.filter((n) => n.kind === kind).map((n) => n.userId);
      expect(to.sort()).toEqual([...bergenUsers, declared.userId].sort());
    }
    const mails = await t.db.emailMessage.findMany({ skip: mailsBefore, orderBy: { createdAt: "asc" } });
    const about = mails.filter((m) => m.subject.includes("«Varsler»"));
    // Two notices to three people, each once.
    expect(about).toHaveLength(6);
    expect(await t.db.notification.count({ where: { kind: { startsWith: "agreement" } } })).toBeGreaterThan(
      notesBefore,
    );
    expect((await extendAgreement(t.db, bergen, a.id)).ok).toBe(true);
    await notifyAgreementAlerts(t.db, ORIGIN);
    const afterExtension = await t.db.notification.count({
      where: { kind: "agreementExpiry", link: `/avtaler/${a.id}` },
    });
    // The new end is a year away: nothing new now.
    expect(afterExtension).toBe(3);
    expect(await extendAgreement(t.db, bergen, a.id)).toMatchObject({ reason: "agreementNoOptions" });
    // When the new end comes near, both sides are told again.
    const view = await getAgreement(t.db, bergen, a.id);
    if (!view.ok) throw new Error("gone");
    await notifyAgreementAlerts(t.db, ORIGIN, addDays(view.value.endsOn, -30));
    expect(await t.db.notification.count({ where: { kind: "agreementExpiry", link: `/avtaler/${a.id}` } })).toBe(6);
  });

  it("the home page's list has the agreements near their ceiling or end, for both sides, and none for strangers", async () => {
    const near = await made({ title: "Nesten fullt", ceilingNok: 10_000 });
    const [price, supplier] = [near.prices[0], near.supplierRows[0]];
    if (!price || !supplier) throw new Error("no price or supplier");
    await callOff(
      t.db,
      bergen,
      near.id,
      { title: "Nesten alt", supplierId: supplier.id, priceId: price.id, quantity: 1 },
      ORIGIN,
    );
    const forBergen = await agreementsNeedingAttention(t.db, bergen);
    const item = forBergen.items.find((i) => i.id === near.id);
    expect(item).toMatchObject({ nearCeiling: true, percent: 100, usedOre: 10_000_00 });
    expect(forBergen.counts.nearCeiling).toBe(forBergen.items.filter((i) => i.nearCeiling).length);
    expect(forBergen.items.some((i) => i.title === "Arbeidstrening i parkdriften")).toBe(false);
    expect((await agreementsNeedingAttention(t.db, declared)).items.map((i) => i.id)).toContain(near.id);
    expect((await agreementsNeedingAttention(t.db, oslo)).items).toEqual([]);
    expect((await agreementsNeedingAttention(t.db, employer)).items).toEqual([]);
  });
});
