import { issueOrderInvoices } from "~/domain/invoicing/issue.server";
import { writeUbl } from "~/domain/invoicing/ubl-write";
import type { UblDocument } from "~/domain/invoicing/ubl-types";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { orderAmounts } from "~/domain/procurement/money";
import { closeDb } from "~/lib/db.server";
import { freshBenchDb, peakRssMb, progressBar, ratio, round } from "./lib/bench-db";
import { timeInTurn } from "./lib/timing";

/**
 * Issuing EHF invoices (docs/decisions/0018): BENCH_INVOICES accepted orders (1 000) spread over
 * ten suppliers, each issued end to end (the order's invoice and the platform's fee invoice, gapless
 * numbers under the counter's lock, the XML, the outbox rows; validation excluded). Its reference,
 * timed in turn with it: the one-pass floor of writing the same two documents' XML without a
 * database. The ratio says what the database work costs on top of building the documents.
 */
export async function invoicesBench(): Promise<void> {
  const n = Number(process.env.BENCH_INVOICES ?? 1000);
  const warmup = Math.min(20, Math.floor(n / 10));
  const { db, database } = freshBenchDb("bench-invoices");
  try {
    const orderIds = await makeOrders(db, n + warmup);
    const docs = orderIds.map((id, i) => sampleDocuments(id, i));
    const timing = await timeInTurn("invoices", [
      {
        name: "issue",
        warmup,
        runs: n,
        run: async (i) => {
          const r = await issueOrderInvoices(db, orderIds[i]!);
          if (!r.ok) throw new Error(r.reason);
        },
      },
      {
        name: "xml",
        warmup,
        runs: n,
        run: async (i) => {
          for (const d of docs[i]!) if (!writeUbl(d).ok) throw new Error("xml refused");
        },
      },
    ]);
    const issued = await db.ehfDocument.count();
    const { p50, p95 } = timing["issue"]!;
    const floor = timing["xml"]!.p95;
    const r = ratio(p95, floor);
    console.log(
      JSON.stringify({
        bench: "invoices",
        database,
        invoices: n,
        documents: issued,
        p50_ms: round(p50),
        p95_ms: round(p95),
        xml_floor_p95_ms: round(floor),
        ratio: r,
        // A ratio, not milliseconds (docs/decisions/0017): one transaction with two locked counter rows
        // and four inserts may cost at most 20 times writing the two documents in memory.
        budget_ok: r <= 20,
        peak_rss_mb: peakRssMb(),
      }),
    );
  } finally {
    await closeDb(db);
  }
}

type Db = ReturnType<typeof freshBenchDb>["db"];

async function makeOrders(db: Db, count: number): Promise<string[]> {
  const bar = progressBar("orders", count);
  const org = (i: number, kind: "MUNICIPALITY" | "INCLUSION_COMPANY", name: string) =>
    db.organization.create({
      data: { kind, name, orgNumber: makeValidOrgNumber(50_000 + i), municipalityNumber: "4601", approved: true },
    });
  const buyer = await org(0, "MUNICIPALITY", "Benchvik kommune");
  const user = await db.user.create({ data: { email: "bench@invoices.test", name: "Bench", passwordHash: "x" } });
  const suppliers = [];
  for (let s = 1; s <= 10; s++) {
    const supplier = await org(s, "INCLUSION_COMPANY", `Benchvik Arbeid ${s} AS`);
    await db.supplierPaymentDetails.create({
      data: { organizationId: supplier.id, accountNumber: "86011117947", kidAlgorithm: s % 2 ? "MOD10" : null },
    });
    suppliers.push(supplier.id);
  }
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const companyId = suppliers[i % suppliers.length]!;
    const task = await db.opening.create({
      data: {
        organizationId: buyer.id,
        kind: "TASK",
        title: `Oppdrag ${i}`,
        description: "Benchmark",
        occupationCode: "9112",
        municipalityNumber: "4601",
        hoursPerWeek: 10,
        extent: "PART_TIME",
        createdById: user.id,
      },
    });
    const price = 10_000_00 + i * 137;
    const a = orderAmounts(price, 300);
    const quote = await db.quote.create({
      data: {
        taskId: task.id,
        companyId,
        createdById: user.id,
        priceExVatOre: price,
        vatOre: a.vatOre,
        deliveryPlan: "Benchmark",
        teamSize: 1,
        participantsInMeasure: 1,
        startDate: new Date("2027-01-04"),
        status: "AWARDED",
      },
    });
    const order = await db.order.create({
      data: {
        quoteId: quote.id,
        taskId: task.id,
        buyerId: buyer.id,
        companyId,
        amountExVatOre: a.amountExVatOre,
        vatOre: a.vatOre,
        totalOre: a.totalOre,
        platformFeeOre: a.platformFeeOre,
        awardReason: "Benchmark",
        buyerReference: i % 3 ? `REF-${i}` : null,
        status: "ACCEPTED",
        acceptedAt: new Date(),
      },
    });
    ids.push(order.id);
    bar.increment();
  }
  bar.stop();
  return ids;
}

/** The two documents an order gets, as the reference writes them without a database. */
function sampleDocuments(orderId: string, i: number): UblDocument[] {
  const party = (seed: number, name: string) => ({
    orgNumber: makeValidOrgNumber(seed),
    name,
    vatRegistered: true,
    foretaksregisteret: true,
  });
  const base = {
    kind: "INVOICE" as const,
    number: String(i + 1),
    issueDate: "2027-03-01",
    dueDate: "2027-03-31",
    currency: "NOK",
    orderReference: orderId,
    payment: { accountNumber: "86011117947", kid: "0000000017" },
  };
  return [
    {
      ...base,
      buyerReference: `REF-${i}`,
      supplier: party(50_001, "Benchvik Arbeid 1 AS"),
      customer: { ...party(50_000, "Benchvik kommune"), vatRegistered: false, foretaksregisteret: false },
      lines: [{ id: "1", name: `Oppdrag ${i}`, netOre: 10_000_00 + i * 137, vatRateBasisPoints: 2500 }],
    },
    {
      ...base,
      supplier: party(49_999, "Arbeidsbro AS"),
      customer: { ...party(50_001, "Benchvik Arbeid 1 AS"), vatRegistered: false, foretaksregisteret: false },
      lines: [{ id: "1", name: `Formidlingsgebyr Arbeidsbro: Oppdrag ${i}`, netOre: 300_00, vatRateBasisPoints: 2500 }],
    },
  ];
}
