import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/auth/actor";
import { issueOrderInvoices } from "~/domain/invoicing/issue.server";
import { doubleAccessPoint } from "~/domain/invoicing/peppol-double.server";
import { httpAccessPoint } from "~/domain/invoicing/peppol-http.server";
import { drainPeppolOutbox } from "~/domain/invoicing/peppol-outbox.server";
import type { Db } from "~/lib/db.server";
import { makeOrgAdmin } from "../support/members";
import { makeOrder } from "../support/orders";
import { createTestDb, type TestDb } from "../support/test-db";

/** The Peppol outbox: every issued document is sent once, failures are retried, nothing twice. */
let t: TestDb;
let second: Db;
let buyer: Actor;
let supplier: Actor;

beforeAll(async () => {
  t = await createTestDb();
  second = await t.connectAgain();
  buyer = await makeOrgAdmin(t.db, 901, { kind: "MUNICIPALITY", name: "Sørvik kommune" });
  supplier = await makeOrgAdmin(t.db, 902, { kind: "INCLUSION_COMPANY", name: "Sørvik Arbeid AS" });
}, 180_000);
afterAll(async () => {
  await second?.$disconnect();
  await t?.close();
});

async function issueOne() {
  const o = await makeOrder(t.db, buyer, supplier);
  const r = await issueOrderInvoices(t.db, o.id);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe("Peppol outbox", () => {
  it("retries a failed send later and then sends each document exactly once, also with two drains at once", async () => {
    const issued = await issueOne();
    let down = true;
    const flaky = doubleAccessPoint(t.db, { failWith: () => (down ? "access point unavailable" : null) });
    const first = await drainPeppolOutbox(t.db, flaky);
    expect(first).toEqual({ sent: 0, failed: 2 });
    const row = await t.db.peppolOutbox.findUniqueOrThrow({ where: { documentId: issued.invoice.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "access point unavailable" });
    // Not due yet: a drain right away sends nothing.
    down = false;
    expect(await drainPeppolOutbox(t.db, flaky)).toEqual({ sent: 0, failed: 0 });
    // Later, two instances drain at the same moment.
    const later = new Date(Date.now() + 10 * 60_000);
    const [a, b] = await Promise.all([
      drainPeppolOutbox(t.db, doubleAccessPoint(t.db), { now: later }),
      drainPeppolOutbox(second, doubleAccessPoint(second), { now: later }),
    ]);
    expect(a.sent + b.sent).toBe(2);
    // And again: nothing left, nothing resent.
    expect(
      await drainPeppolOutbox(t.db, doubleAccessPoint(t.db), { now: new Date(later.getTime() + 3_600_000) }),
    ).toEqual({
      sent: 0,
      failed: 0,
    });
    const received = await t.db.peppolDoubleMessage.findMany({ where: { documentId: issued.invoice.id } });
    expect(received).toHaveLength(1);
    const company = await t.db.organization.findUniqueOrThrow({ where: { id: supplier.organizationId } });
    const municipality = await t.db.organization.findUniqueOrThrow({ where: { id: buyer.organizationId } });
    expect(received[0]).toMatchObject({
      senderId: `0192:${company.orgNumber}`,
      receiverId: `0192:${municipality.orgNumber}`,
      documentType: "Invoice",
    });
    const sent = await t.db.peppolOutbox.findUniqueOrThrow({ where: { documentId: issued.invoice.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(sent.messageId).toMatch(/^double-/);
  });

  it("the HTTP adapter posts the XML with the key, the participants and the document id as idempotency key", async () => {
    const issued = await issueOne();
    const seen: { headers: IncomingMessage["headers"]; body: string; url: string | undefined }[] = [];
    let status = 503;
    const server: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString("utf8")));
      req.on("end", () => {
        seen.push({ headers: req.headers, body, url: req.url });
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(status === 200 ? { messageId: `ap-${seen.length}` } : { error: "busy" }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const { port } = server.address() as AddressInfo;
      const ap = httpAccessPoint(`http://127.0.0.1:${port}/api`, "secret-key");
      const now = new Date(Date.now() + 24 * 3_600_000);
      expect(await drainPeppolOutbox(t.db, ap, { now })).toEqual({ sent: 0, failed: 2 });
      status = 200;
      expect(await drainPeppolOutbox(t.db, ap, { now: new Date(now.getTime() + 3_600_000) })).toEqual({
        sent: 2,
        failed: 0,
      });
      const invoicePosts = seen.filter((s) => s.headers["idempotency-key"] === issued.invoice.id);
      expect(invoicePosts).toHaveLength(2);
      const last = invoicePosts[1];
      expect(last?.url).toBe("/api/outbound");
      expect(last?.headers.authorization).toBe("Bearer secret-key");
      expect(last?.headers["x-peppol-document-type"]).toBe("Invoice");
      expect(last?.body).toContain("<cbc:CustomizationID>");
      const row = await t.db.peppolOutbox.findUniqueOrThrow({ where: { documentId: issued.invoice.id } });
      expect(row.messageId).toMatch(/^ap-/);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
