import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { creditOrderInvoices, issueOrderInvoices } from "~/domain/invoicing/issue.server";
import { makeKid, isValidKid } from "~/domain/invoicing/kid";
import { readUbl } from "~/domain/invoicing/ubl-read";
import {
  describeFatal,
  EHF_COMPILE_TIMEOUT_MS,
  ehfSharedDir,
  ensureCompiled,
  validateEhf,
} from "../support/ehf-validate";
import { makeOrgAdmin } from "../support/members";
import { makeOrder } from "../support/orders";
import { createTestDb, type TestDb } from "../support/test-db";

/**
 * Every kind of EHF document the project writes, through the official Peppol BIS Billing 3.0 and
 * CEN EN 16931 Schematron rules (../shared/ehf). The official examples go through the same helper
 * and must pass, and a broken document must fail, so the check is seen to work.
 */

let t: TestDb;
let buyer: Actor;
let supplier: Actor;

const example = (name: string) => readFileSync(path.join(ehfSharedDir, "examples", name), "utf8");

async function expectValid(xml: string) {
  const report = await validateEhf(xml);
  expect(describeFatal(report)).toBe("");
  expect(report.fatal).toEqual([]);
}

async function xmlOf(id: string) {
  return (await t.db.ehfDocument.findUniqueOrThrow({ where: { id } })).xml;
}

beforeAll(async () => {
  // The first run compiles the rules (minutes on these machines); later runs read the cache.
  await ensureCompiled();
  t = await createTestDb();
  buyer = await makeOrgAdmin(t.db, 701, { kind: "MUNICIPALITY", name: "Fjordvik kommune" });
  supplier = await makeOrgAdmin(t.db, 702, { kind: "INCLUSION_COMPANY", name: "Fjordvik Arbeid AS" });
}, EHF_COMPILE_TIMEOUT_MS);
afterAll(async () => {
  await t?.close();
});

describe("the validation helper", () => {
  it.each(["Norwegian-example-1.xml", "base-example.xml", "base-creditnote-correction.xml"])(
    "the official example %s has no fatal failure",
    async (name) => expectValid(example(name)),
  );

  it("a deliberately broken invoice fails (malformed issue date, VAT identifier without MVA)", async () => {
    const broken = example("Norwegian-example-1.xml")
      .replace("<cbc:IssueDate>2013-06-30</cbc:IssueDate>", "<cbc:IssueDate>30.06.2013</cbc:IssueDate>")
      .replace("<cbc:CompanyID>NO123456785MVA</cbc:CompanyID>", "<cbc:CompanyID>NO123456785</cbc:CompanyID>");
    const ids = (await validateEhf(broken)).fatal.map((f) => f.id);
    expect(ids).toContain("PEPPOL-EN16931-F001");
    expect(ids).toContain("NO-R-001");
  });
});

describe("documents the project writes", () => {
  it("a plain order: the supplier's invoice to the buyer validates", async () => {
    await t.db.supplierPaymentDetails.create({
      data: { organizationId: supplier.organizationId, accountNumber: "12071000077", kidAlgorithm: null },
    });
    const order = await makeOrder(t.db, buyer, supplier, { priceExVatOre: 12_345_67 });
    const issued = await issueOrderInvoices(t.db, order.id, { today: "2027-03-01" });
    if (!issued.ok) throw new Error(issued.reason);
    const xml = await xmlOf(issued.value.invoice.id);
    await expectValid(xml);
    const read = readUbl(xml);
    expect(read.kind).toBe("INVOICE");
    expect(read.totals).toEqual({ net: "12345.67", vat: "3086.42", total: "15432.09", payable: "15432.09" });
    expect(read.dueDate).toBe("2027-03-31");
    expect(read.supplier.vatId).toMatch(/^NO\d{9}MVA$/);
    expect(read.supplier.foretaksregisteret).toBe(true);
    expect(read.payment).toEqual({ account: "12071000077", kid: null });
    expect(read.buyerReference).toBeNull();
    expect(read.orderReference).toBe(order.id);
  });

  it("an order with the buyer's reference and a KID validates and carries both", async () => {
    await t.db.supplierPaymentDetails.update({
      where: { organizationId: supplier.organizationId },
      data: { kidAlgorithm: "MOD11" },
    });
    const order = await makeOrder(t.db, buyer, supplier, { buyerReference: "KOM-2027-0042 Park" });
    const issued = await issueOrderInvoices(t.db, order.id);
    if (!issued.ok) throw new Error(issued.reason);
    const xml = await xmlOf(issued.value.invoice.id);
    await expectValid(xml);
    const read = readUbl(xml);
    expect(read.buyerReference).toBe("KOM-2027-0042 Park");
    expect(read.payment?.kid).toBe(makeKid(issued.value.invoice.number, "MOD11"));
    expect(isValidKid(read.payment?.kid ?? "", "MOD11")).toBe(true);
  });

  it("the platform's fee invoice to the supplier validates", async () => {
    const order = await makeOrder(t.db, buyer, supplier, { priceExVatOre: 99_999_99 });
    const issued = await issueOrderInvoices(t.db, order.id);
    if (!issued.ok || !issued.value.feeInvoice) throw new Error("no fee invoice");
    const xml = await xmlOf(issued.value.feeInvoice.id);
    await expectValid(xml);
    const read = readUbl(xml);
    const company = await t.db.organization.findUniqueOrThrow({ where: { id: supplier.organizationId } });
    expect(read.customer.orgNumber).toBe(company.orgNumber);
    expect(read.totals.net).toBe("3000.00");
    expect(read.payment?.kid).toMatch(/^\d{10}$/);
  });

  it("a refunded order: the credit notes reference their invoices and validate", async () => {
    const order = await makeOrder(t.db, buyer, supplier, { buyerReference: "KOM-7" });
    const issued = await issueOrderInvoices(t.db, order.id);
    if (!issued.ok) throw new Error(issued.reason);
    const credited = await creditOrderInvoices(t.db, order.id);
    if (!credited.ok) throw new Error(credited.reason);
    expect(credited.value).toHaveLength(2);
    for (const c of credited.value) await expectValid(await xmlOf(c.id));
    const note = await t.db.ehfDocument.findFirstOrThrow({
      where: { orderId: order.id, kind: "CREDIT_NOTE", purpose: "ORDER" },
      include: { credits: true },
    });
    const read = readUbl(note.xml);
    expect(read.kind).toBe("CREDIT_NOTE");
    expect(read.credits?.number).toBe(String(issued.value.invoice.number));
    expect(read.totals.total).toBe(readUbl(note.credits?.xml ?? "").totals.total);
  });

  it("a foreign-currency attempt is refused and uses no number", async () => {
    const order = await makeOrder(t.db, buyer, supplier);
    const before = await t.db.invoiceCounter.findUniqueOrThrow({ where: { supplierKey: supplier.organizationId } });
    expect(await issueOrderInvoices(t.db, order.id, { currency: "EUR" })).toEqual({
      ok: false,
      reason: "ehfCurrencyNotNok",
      detail: { currency: "EUR" },
    });
    const after = await t.db.invoiceCounter.findUniqueOrThrow({ where: { supplierKey: supplier.organizationId } });
    expect(after.lastNumber).toBe(before.lastNumber);
    expect(await t.db.ehfDocument.count({ where: { orderId: order.id } })).toBe(0);
  });
});
