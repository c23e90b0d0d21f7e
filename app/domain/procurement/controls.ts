import type { ControlStatus } from "~/generated/prisma/enums";
import type { ContractTerm } from "./contract-terms";

/**
 * The buyer's controls of the contract terms during delivery: it asks for documentation, then
 * records the outcome. A failed control stands in the way of acceptance and payment until the
 * buyer records it as resolved (the supplier has put it right). Pay-and-conditions controls are a
 * duty for the buyer under FOR-2008-02-06-112 § 6 ("nødvendig kontroll"); DFØ's "Beste praksis
 * kontraktsoppfølging" ch. 5 describes asking for timesheets, pay slips and apprentice lists.
 */
export const documentationKinds = ["TIMESHEETS", "PAY_SLIPS", "APPRENTICE_LIST"] as const;
export type DocumentationKind = (typeof documentationKinds)[number];

/** Which term each kind of documentation checks. */
export const DOCUMENTATION_TERM: Record<DocumentationKind, ContractTerm> = {
  TIMESHEETS: "PAY_AND_CONDITIONS",
  PAY_SLIPS: "PAY_AND_CONDITIONS",
  APPRENTICE_LIST: "APPRENTICES",
};

/** The documentation a buyer may ask for on a task with these terms (pay slips also show bank payment). */
export function documentationFor(terms: readonly string[]): DocumentationKind[] {
  return documentationKinds.filter(
    (kind) => terms.includes(DOCUMENTATION_TERM[kind]) || (kind === "PAY_SLIPS" && terms.includes("BANK_PAYMENT")),
  );
}

/** Which status a control may move to from which (the buyer records each). */
export const CONTROL_MOVES: Record<"passed" | "failed" | "resolved", { from: ControlStatus; to: ControlStatus }> = {
  passed: { from: "REQUESTED", to: "PASSED" },
  failed: { from: "REQUESTED", to: "FAILED" },
  resolved: { from: "FAILED", to: "RESOLVED" },
};

/** The controls that block acceptance and payment now. */
export function blockingControls<C extends { status: ControlStatus }>(controls: readonly C[]): C[] {
  return controls.filter((c) => c.status === "FAILED");
}
