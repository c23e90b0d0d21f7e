import type { Widen } from "./nb";
import type { registersNb, registersRefusalsNb } from "./registers.nb";

/** Public registers, English (same keys, type-checked). */
export const registersEn: Widen<typeof registersNb> = {
  registers: {
    title: "Public registers",
    intro:
      "What the Register of Legal Entities and the Labour Inspection's cleaning register say about the organisation, and when it was checked.",
    double: "Test registers: look-ups go to a local test service in the same format as the real registers.",
    enhetsregisteret: "Register of Legal Entities (Enhetsregisteret)",
    renholdsregisteret: "Cleaning register (Labour Inspection Authority)",
    register: "Register",
    answer: "Answer",
    checkedAt: "Checked",
    neverChecked: "Not checked yet",
    checkAgain: "Check the registers again",
    checked: "The registers have been checked.",
    outcomes: {
      ACTIVE: "Active",
      NOT_FOUND: "Not registered",
      BANKRUPT: "Bankrupt",
      UNDER_LIQUIDATION: "Under liquidation",
      FORCED_LIQUIDATION: "Under compulsory liquidation or dissolution",
      DELETED: "Deleted",
      APPROVED: "Approved cleaning company",
      NOT_APPROVED: "Not approved",
      UNAVAILABLE: "The register did not answer",
    },
    registeredAs: "{{name}} ({{form}})",
    vatRegistered: "Registered for VAT",
    notVatRegistered: "Not registered for VAT",
    signupRegisterPending:
      "The Register of Legal Entities did not answer just now. Your sign-up is kept: follow the link in the e-mail as usual, and the organisation number is checked again then.",
    cleaningTask: "Cleaning task: the supplier must be approved in the Labour Inspection's cleaning register.",
    cleaningColumn: "Cleaning register",
    checkSummary: "{{outcome}}, checked {{date}}",
  },
};

export const registersRefusalsEn: Widen<typeof registersRefusalsNb> = {
  orgNotInRegister: "The organisation number is not a main unit in the Register of Legal Entities. Check the number.",
  orgBankrupt: "The Register of Legal Entities says {{name}} is bankrupt. A bankruptcy estate cannot sign up or quote.",
  orgUnderLiquidation: "The Register of Legal Entities says {{name}} is under liquidation. It cannot sign up or quote.",
  orgForcedLiquidation:
    "The Register of Legal Entities says {{name}} is under compulsory liquidation or dissolution. It cannot sign up or quote.",
  orgDeleted: "The Register of Legal Entities says the organisation was deleted {{date}}. It cannot sign up or quote.",
  registerUnavailable:
    "The register did not answer just now, so it could not be checked. Nothing was saved or changed. Try again in a little while.",
  cleaningNotApproved:
    "The Labour Inspection's cleaning register gives the supplier the status “{{status}}”. Cleaning may only be bought from approved cleaning companies.",
  cleaningNotInRegister:
    "The supplier is not in the Labour Inspection's cleaning register. Cleaning may only be bought from approved cleaning companies.",
};
