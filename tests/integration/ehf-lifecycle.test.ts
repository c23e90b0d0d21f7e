import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { documentForReader, documentsForOrders } from "~/domain/invoicing/documents.server";
import { answerDispute, listOrderDisputes, moveOrder, openDispute } from "~/domain/procurement/procurement.server";
import { makeOrgAdmin } from "../support/members";
import { makeOrder } from "../support/orders";
import { createTestDb, type TestDb } from "../support/test-db";

/** EHF documents in the order's life: acceptance invoices, an agreed cancellation credits, readers are the parties. */
let t: TestDb;
let buyer: Actor;
let supplier: Actor;
let stranger: Actor;
const ORIGIN = "http://localhost";

beforeAll(async () => {
  t = await createTestDb();
  buyer = await makeOrgAdmin(t.db, 951, { kind: "MUNICIPALITY", name: "Austvik kommune" });
  supplier = await makeOrgAdmin(t.db, 952, { kind: "INCLUSION_COMPANY", name: "Austvik Arbeid AS" });
  stranger = await makeOrgAdmin(t.db, 953, { kind: "INCLUSION_COMPANY", name: "Vestvik Arbeid AS" });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe("EHF documents in an order's life", () => {
  it("acceptance issues the invoice and the fee invoice; an agreed cancellation credits both; each party sees its own", async () => {
    const order = await makeOrder(t.db, buyer, supplier, { buyerReference: "AUST-1" });
    expect((await moveOrder(t.db, buyer, order.id, "accept", ORIGIN)).ok).toBe(true);
    const issued = await t.db.ehfDocument.findMany({ where: { orderId: order.id }, orderBy: { purpose: "asc" } });
    expect(issued.map((d) => [d.kind, d.purpose])).toEqual([
      ["INVOICE", "ORDER"],
      ["INVOICE", "PLATFORM_FEE"],
    ]);

    const buyerSees = (await documentsForOrders(t.db, buyer, [order.id])).get(order.id) ?? [];
    const supplierSees = (await documentsForOrders(t.db, supplier, [order.id])).get(order.id) ?? [];
    expect(buyerSees.map((d) => [d.purpose, d.role])).toEqual([["ORDER", "receiver"]]);
    expect(supplierSees.map((d) => [d.purpose, d.role])).toEqual([
      ["ORDER", "issuer"],
      ["PLATFORM_FEE", "receiver"],
    ]);
    expect((await documentsForOrders(t.db, stranger, [order.id])).size).toBe(0);
    const fee = issued.find((d) => d.purpose === "PLATFORM_FEE");
    expect(await documentForReader(t.db, buyer, order.id, fee?.id ?? "")).toEqual({ ok: false, reason: "notFound" });
    expect(await documentForReader(t.db, stranger, order.id, issued[0]?.id ?? "")).toEqual({
      ok: false,
      reason: "notFound",
    });

    expect((await openDispute(t.db, buyer, order.id, "Leveransen ble ikke som avtalt.", ORIGIN)).ok).toBe(true);
    const [dispute] = await listOrderDisputes(t.db, order.id);
    expect((await answerDispute(t.db, supplier, dispute?.id ?? "", "agree", "Vi er enige.", ORIGIN)).ok).toBe(true);
    const notes = await t.db.ehfDocument.findMany({ where: { orderId: order.id, kind: "CREDIT_NOTE" } });
    expect(notes.map((n) => n.creditsId).sort()).toEqual(issued.map((d) => d.id).sort());
  });
});
