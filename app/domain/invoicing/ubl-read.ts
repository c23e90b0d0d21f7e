import { create } from "xmlbuilder2";

/**
 * Reads back what a stored EHF document says, for its readable rendering: the page shows the
 * document as issued (the XML), not the records as they are today. Amounts stay the strings the
 * XML holds (kroner with two decimals).
 */
export type ReadParty = { name: string; orgNumber: string; vatId: string | null; foretaksregisteret: boolean };
export type ReadDocument = {
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string;
  issueDate: string;
  dueDate: string | null;
  currency: string;
  buyerReference: string | null;
  orderReference: string | null;
  credits: { number: string; issueDate: string } | null;
  note: string | null;
  supplier: ReadParty;
  customer: ReadParty;
  payment: { account: string; kid: string | null } | null;
  lines: { id: string; name: string; net: string; percent: string }[];
  vat: { taxable: string; amount: string; percent: string }[];
  totals: { net: string; vat: string; total: string; payable: string };
};

// The little of the DOM that xmlbuilder2's nodes offer and this reader uses.
type XmlNode = {
  nodeType: number;
  textContent: string | null;
  childNodes: { length: number; item(i: number): XmlNode | null };
};
type Element = XmlNode & { localName: string };
const isElement = (n: XmlNode | null): n is Element => n?.nodeType === 1 && "localName" in n;

function children(el: Element | undefined, local: string): Element[] {
  const found: Element[] = [];
  for (let i = 0; el && i < el.childNodes.length; i++) {
    const n = el.childNodes.item(i);
    if (isElement(n) && n.localName === local) found.push(n);
  }
  return found;
}
const child = (el: Element | undefined, ...path: string[]): Element | undefined =>
  path.reduce<Element | undefined>((at, local) => children(at, local)[0], el);
const text = (el: Element | undefined, ...path: string[]): string | null => {
  const found = child(el, ...path);
  return found ? (found.textContent ?? "").trim() : null;
};
const need = (el: Element | undefined, ...path: string[]): string => text(el, ...path) ?? "";

function party(outer: Element | undefined): ReadParty {
  const p = child(outer, "Party");
  const schemes = children(p, "PartyTaxScheme");
  const scheme = (id: string) => schemes.find((s) => text(s, "TaxScheme", "ID") === id);
  return {
    name: need(p, "PartyLegalEntity", "RegistrationName") || need(p, "PartyName", "Name"),
    orgNumber: need(p, "EndpointID"),
    vatId: text(scheme("VAT"), "CompanyID"),
    foretaksregisteret: text(scheme("TAX"), "CompanyID") === "Foretaksregisteret",
  };
}

export function readUbl(xml: string): ReadDocument {
  const root: XmlNode = create(xml).root().node;
  if (!isElement(root)) throw new Error("not an XML document");
  const invoice = root.localName === "Invoice";
  const means = child(root, "PaymentMeans");
  const billing = child(root, "BillingReference", "InvoiceDocumentReference");
  const taxTotal = child(root, "TaxTotal");
  const sums = child(root, "LegalMonetaryTotal");
  return {
    kind: invoice ? "INVOICE" : "CREDIT_NOTE",
    number: need(root, "ID"),
    issueDate: need(root, "IssueDate"),
    dueDate: text(root, "DueDate"),
    currency: need(root, "DocumentCurrencyCode"),
    buyerReference: text(root, "BuyerReference"),
    orderReference: text(root, "OrderReference", "ID"),
    credits: billing ? { number: need(billing, "ID"), issueDate: need(billing, "IssueDate") } : null,
    note: text(root, "Note"),
    supplier: party(child(root, "AccountingSupplierParty")),
    customer: party(child(root, "AccountingCustomerParty")),
    payment: means ? { account: need(means, "PayeeFinancialAccount", "ID"), kid: text(means, "PaymentID") } : null,
    lines: children(root, invoice ? "InvoiceLine" : "CreditNoteLine").map((l) => ({
      id: need(l, "ID"),
      name: need(l, "Item", "Name"),
      net: need(l, "LineExtensionAmount"),
      percent: need(l, "Item", "ClassifiedTaxCategory", "Percent"),
    })),
    vat: children(taxTotal, "TaxSubtotal").map((s) => ({
      taxable: need(s, "TaxableAmount"),
      amount: need(s, "TaxAmount"),
      percent: need(s, "TaxCategory", "Percent"),
    })),
    totals: {
      net: need(sums, "TaxExclusiveAmount"),
      vat: need(taxTotal, "TaxAmount"),
      total: need(sums, "TaxInclusiveAmount"),
      payable: need(sums, "PayableAmount"),
    },
  };
}
