import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { creditOrderInvoices, issueOrderInvoices } from "~/domain/invoicing/issue.server";
import { PLATFORM_SUPPLIER_KEY } from "~/domain/invoicing/numbering.server";
import type { Db } from "~/lib/db.server";
import { makeOrgAdmin } from "../support/members";
import { makeOrder } from "../support/orders";
import { createTestDb, type TestDb } from "../support/test-db";

/**
 * Invoice numbers are gapless per supplier, also when many invoices are issued at once from
 * several connections (as several app instances would), when some attempts are refused, and when
 * credit notes share the series. Runs on PGlite and, with TEST_DB_KIND=postgresql, on PostgreSQL.
 */
let t: TestDb;
let second: Db;
let buyer: Actor;
let supplierA: Actor;
let supplierB: Actor;

beforeAll(async () => {
  t = await createTestDb();
  second = await t.connectAgain();
  buyer = await makeOrgAdmin(t.db, 801, { kind: "MUNICIPALITY", name: "Nordvik kommune" });
  supplierA = await makeOrgAdmin(t.db, 802, { kind: "INCLUSION_COMPANY", name: "Nordvik Arbeid AS" });
  supplierB = await makeOrgAdmin(t.db, 803, { kind: "EMPLOYER", name: "Nordvik Bygg AS" });
}, 180_000);
afterAll(async () => {
  await second?.$disconnect();
  await t?.close();
});

const numbersOf = async (supplierKey: string) =>
  (await t.db.ehfDocument.findMany({ where: { supplierKey }, select: { number: true } }))
    .map((d) => d.number)
    .sort((a, b) => a - b);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("gapless numbering", () => {
  it("gives each supplier 1, 2, 3 … under concurrent issuing from two connections, refusals included", async () => {
    const orders = [];
    for (let i = 0; i < 12; i++) orders.push(await makeOrder(t.db, buyer, i % 3 === 0 ? supplierB : supplierA));
    const results = await Promise.all(
      orders.map((o, i) => issueOrderInvoices(i % 2 ? second : t.db, o.id, { currency: i % 5 === 4 ? "SEK" : "NOK" })),
    );
    const refused = results.filter((r) => !r.ok).length;
    expect(refused).toBe(2);
    const a = await numbersOf(supplierA.organizationId);
    const b = await numbersOf(supplierB.organizationId);
    expect(a).toEqual(oneTo(a.length));
    expect(b).toEqual(oneTo(b.length));
    expect(a.length + b.length).toBe(10);
    // The platform's series counts its fee invoices to every supplier.
    expect(await numbersOf(PLATFORM_SUPPLIER_KEY)).toEqual(oneTo(10));
  });

  it("issuing the same order twice at once makes one invoice", async () => {
    const o = await makeOrder(t.db, buyer, supplierA);
    const [x, y] = await Promise.all([issueOrderInvoices(t.db, o.id), issueOrderInvoices(second, o.id)]);
    const numbers = [x, y].map((r) => (r.ok ? r.value.invoice.number : -1));
    // Either both saw the same invoice, or the second lost the race on the unique key and threw; never two.
    expect(await t.db.ehfDocument.count({ where: { orderId: o.id, kind: "INVOICE", purpose: "ORDER" } })).toBe(1);
    expect(numbers[0]).toBe(numbers[1]);
    const a = await numbersOf(supplierA.organizationId);
    expect(a).toEqual(oneTo(a.length));
  });

  it("credit notes continue the issuer's series and are made once", async () => {
    const o = await makeOrder(t.db, buyer, supplierA);
    await issueOrderInvoices(t.db, o.id);
    const first = await creditOrderInvoices(t.db, o.id);
    const again = await creditOrderInvoices(second, o.id);
    expect(first.ok && first.value.length).toBe(2);
    expect(again).toEqual({ ok: true, value: [] });
    const a = await numbersOf(supplierA.organizationId);
    expect(a).toEqual(oneTo(a.length));
  });
});
