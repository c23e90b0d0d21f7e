/**
 * What an EHF document (Peppol BIS Billing 3.0, UBL 2.1) says, as the domain knows it: amounts in
 * whole øre, days as YYYY-MM-DD. ubl-write.ts turns it into XML; nothing else writes XML.
 */

export const CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
export const PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
/** The Peppol electronic address scheme of Norwegian organisation numbers (Enhetsregisteret). */
export const NORWEGIAN_ORG_SCHEME = "0192";
/** The only currency an EHF document from Arbeidsbro is written in (amounts are kept in øre). */
export const EHF_CURRENCY = "NOK";

export type UblParty = {
  /** Nine digits, mod-11 checked */
  orgNumber: string;
  name: string;
  /** Writes the VAT identifier NO<orgNumber>MVA */
  vatRegistered: boolean;
  /** Aksjeselskap and the like write "Foretaksregisteret" (foretaksregisterloven § 10-2) */
  foretaksregisteret: boolean;
};

export type UblLine = {
  id: string;
  name: string;
  description?: string;
  netOre: number;
  vatRateBasisPoints: number;
};

export type UblPayment = {
  /** Eleven digits, mod-11 checked */
  accountNumber: string;
  kid?: string;
};

export type UblDocument = {
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string;
  issueDate: string;
  /** Invoices only */
  dueDate?: string;
  currency: string;
  buyerReference?: string;
  orderReference: string;
  /** Credit notes: the invoice they credit */
  credits?: { number: string; issueDate: string };
  note?: string;
  supplier: UblParty;
  customer: UblParty;
  /** Invoices only: where and how to pay */
  payment?: UblPayment;
  lines: UblLine[];
};
