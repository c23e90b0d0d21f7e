import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { refuse, ok, type Result } from "~/domain/result";
import { documentTotals, oreToNok, percentOf } from "./amounts";
import {
  CUSTOMIZATION_ID,
  EHF_CURRENCY,
  NORWEGIAN_ORG_SCHEME,
  PROFILE_ID,
  type UblDocument,
  type UblLine,
  type UblParty,
} from "./ubl-types";

/**
 * Writes a UBL 2.1 Invoice or CreditNote by Peppol BIS Billing 3.0 with xmlbuilder2 (elements in
 * the order the UBL schema requires; every text is escaped by the builder). Refused for another
 * currency than NOK: the domain counts NOK øre and has no exchange rate to write the VAT in NOK.
 */
export type UblRefusal = "ehfCurrencyNotNok" | "ehfNoLines" | "ehfNegativeLine";

const NS = {
  INVOICE: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  CREDIT_NOTE: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
} as const;

/** UNCL5305 "S": standard rate. */
const STANDARD_RATE = "S";
/** UN/ECE rec. 20 "C62": one (a task is invoiced as one unit). */
const UNIT_ONE = "C62";
/** UNCL4461 30: credit transfer to the account given. */
const CREDIT_TRANSFER = "30";

export function writeUbl(doc: UblDocument): Result<string, UblRefusal> {
  if (doc.currency !== EHF_CURRENCY) return refuse("ehfCurrencyNotNok", { detail: { currency: doc.currency } });
  if (!doc.lines.length) return refuse("ehfNoLines");
  // A credit note credits positive amounts; a negative line would need its own rules.
  if (doc.lines.some((l) => l.netOre < 0)) return refuse("ehfNegativeLine");
  const invoice = doc.kind === "INVOICE";
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NS[doc.kind], invoice ? "Invoice" : "CreditNote", {
    "xmlns:cac": NS.cac,
    "xmlns:cbc": NS.cbc,
  });
  const cbc = (parent: XMLBuilder, name: string, text: string, attrs?: Record<string, string>) =>
    parent.ele(NS.cbc, `cbc:${name}`, attrs).txt(text).up();
  const cac = (parent: XMLBuilder, name: string) => parent.ele(NS.cac, `cac:${name}`);
  const money = (parent: XMLBuilder, name: string, ore: number) =>
    cbc(parent, name, oreToNok(ore), { currencyID: doc.currency });

  cbc(root, "CustomizationID", CUSTOMIZATION_ID);
  cbc(root, "ProfileID", PROFILE_ID);
  cbc(root, "ID", doc.number);
  cbc(root, "IssueDate", doc.issueDate);
  if (invoice && doc.dueDate) cbc(root, "DueDate", doc.dueDate);
  cbc(root, invoice ? "InvoiceTypeCode" : "CreditNoteTypeCode", invoice ? "380" : "381");
  if (doc.note) cbc(root, "Note", doc.note);
  cbc(root, "DocumentCurrencyCode", doc.currency);
  if (doc.buyerReference) cbc(root, "BuyerReference", doc.buyerReference);
  cbc(cac(root, "OrderReference"), "ID", doc.orderReference);
  if (doc.credits) {
    const ref = cac(cac(root, "BillingReference"), "InvoiceDocumentReference");
    cbc(ref, "ID", doc.credits.number);
    cbc(ref, "IssueDate", doc.credits.issueDate);
  }
  writeParty(cac(root, "AccountingSupplierParty"), doc.supplier, cbc, cac);
  writeParty(cac(root, "AccountingCustomerParty"), doc.customer, cbc, cac);
  if (doc.payment) {
    const means = cac(root, "PaymentMeans");
    cbc(means, "PaymentMeansCode", CREDIT_TRANSFER);
    if (doc.payment.kid) cbc(means, "PaymentID", doc.payment.kid);
    cbc(cac(means, "PayeeFinancialAccount"), "ID", doc.payment.accountNumber);
  }

  const totals = documentTotals(doc.lines);
  const taxTotal = cac(root, "TaxTotal");
  money(taxTotal, "TaxAmount", totals.vatTotalOre);
  for (const b of totals.breakdown) {
    const sub = cac(taxTotal, "TaxSubtotal");
    money(sub, "TaxableAmount", b.taxableOre);
    money(sub, "TaxAmount", b.vatOre);
    taxCategory(cac(sub, "TaxCategory"), b.rateBasisPoints, cbc, cac);
  }
  const sums = cac(root, "LegalMonetaryTotal");
  money(sums, "LineExtensionAmount", totals.lineTotalOre);
  money(sums, "TaxExclusiveAmount", totals.lineTotalOre);
  money(sums, "TaxInclusiveAmount", totals.totalOre);
  money(sums, "PayableAmount", totals.totalOre);

  for (const line of doc.lines) writeLine(root, line, invoice, money, cbc, cac);
  return ok(root.end({ prettyPrint: true }));
}

type Cbc = (parent: XMLBuilder, name: string, text: string, attrs?: Record<string, string>) => XMLBuilder;
type Cac = (parent: XMLBuilder, name: string) => XMLBuilder;
type Money = (parent: XMLBuilder, name: string, ore: number) => XMLBuilder;

function writeParty(outer: XMLBuilder, p: UblParty, cbc: Cbc, cac: Cac): void {
  const party = cac(outer, "Party");
  cbc(party, "EndpointID", p.orgNumber, { schemeID: NORWEGIAN_ORG_SCHEME });
  cbc(cac(party, "PartyName"), "Name", p.name);
  cbc(cac(cac(party, "PostalAddress"), "Country"), "IdentificationCode", "NO");
  if (p.vatRegistered) {
    const vat = cac(party, "PartyTaxScheme");
    cbc(vat, "CompanyID", `NO${p.orgNumber}MVA`);
    cbc(cac(vat, "TaxScheme"), "ID", "VAT");
  }
  if (p.foretaksregisteret) {
    const register = cac(party, "PartyTaxScheme");
    cbc(register, "CompanyID", "Foretaksregisteret");
    cbc(cac(register, "TaxScheme"), "ID", "TAX");
  }
  const legal = cac(party, "PartyLegalEntity");
  cbc(legal, "RegistrationName", p.name);
  cbc(legal, "CompanyID", p.orgNumber, { schemeID: NORWEGIAN_ORG_SCHEME });
}

function taxCategory(category: XMLBuilder, rateBasisPoints: number, cbc: Cbc, cac: Cac): void {
  cbc(category, "ID", STANDARD_RATE);
  cbc(category, "Percent", percentOf(rateBasisPoints));
  cbc(cac(category, "TaxScheme"), "ID", "VAT");
}

function writeLine(root: XMLBuilder, line: UblLine, invoice: boolean, money: Money, cbc: Cbc, cac: Cac): void {
  const el = cac(root, invoice ? "InvoiceLine" : "CreditNoteLine");
  cbc(el, "ID", line.id);
  cbc(el, invoice ? "InvoicedQuantity" : "CreditedQuantity", "1", { unitCode: UNIT_ONE });
  money(el, "LineExtensionAmount", line.netOre);
  const item = cac(el, "Item");
  if (line.description) cbc(item, "Description", line.description);
  cbc(item, "Name", line.name);
  taxCategory(cac(item, "ClassifiedTaxCategory"), line.vatRateBasisPoints, cbc, cac);
  money(cac(el, "Price"), "PriceAmount", line.netOre);
}
