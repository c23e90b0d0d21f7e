import type { Widen } from "./nb";
import type { seriousNb, seriousRefusalsNb } from "./serious.nb";

/** Serious working life in procurement, English (same keys, type-checked). */
export const seriousEn: Widen<typeof seriousNb> = {
  serious: {
    serviceArea: "Kind of work",
    serviceAreaHint: "Cleaning and building work require an HMS card for everyone working on the task.",
    serviceAreaInvalid: "Choose a kind of work from the list.",
    chooseServiceArea: "Choose the kind of work",
    serviceAreas: { CLEANING: "Cleaning", BUILDING: "Building and construction", OTHER: "Other" },
    contractTerms: "Contract terms for a serious working life",
    contractTermsHint:
      "The terms become part of the contract, and the supplier confirms each of them in its quote. Amounts exclude VAT; values marked “provisional” are adjusted by the ministry.",
    termOptions: {
      PAY_AND_CONDITIONS:
        "Pay and working conditions by collective agreement (required for municipalities above {{other}}, for the state above {{state}}{{provisional}})",
      SUBCONTRACTOR_CHAIN: "At most one link of subcontractors",
      BANK_PAYMENT: "Wages paid to bank accounts",
      APPRENTICES:
        "Apprentices (required for municipalities from {{other}}, for the state from {{state}}, when the contract lasts longer than three months in trades with a particular need for apprentice places{{provisional}})",
      HMS_CARDS: "HMS cards for everyone working on the task (required for cleaning and building)",
    },
    provisional: "; provisional value",
    terms: {
      PAY_AND_CONDITIONS: "Pay and working conditions",
      SUBCONTRACTOR_CHAIN: "At most one link of subcontractors",
      BANK_PAYMENT: "Wages to bank accounts",
      APPRENTICES: "Apprentices",
      HMS_CARDS: "HMS cards",
    },
    hmsCardsRequired: "Cleaning and building work require HMS cards: tick the term.",
    confirmTerms: "Confirm the contract terms",
    confirmTermsHint: "Every term the buyer has set must be confirmed to quote.",
    taskTerms: "Contract terms: {{terms}}",
    reservedOk:
      "Your declaration for reserved contracts is valid until {{until}} ({{percent}} % of staff from the target groups).",
    reservedFix: "Update the declaration on your supplier profile.",
    supplierProfileLink: "Go to the supplier profile",
    workersTitle: "Workers on the task (HMS cards)",
    workersIntro:
      "Give the name, HMS card number and expiry date of everyone who will work on the task – nothing more. The details are deleted when the order has ended. Award and start wait until everyone has a valid card.",
    workersCaption: "Workers and HMS cards",
    workerNameInvalid: "Write the name (2–100 characters).",
    cardNumberInvalid: "Write the HMS card number (3–40 characters).",
    documentationRequired: "Choose the documentation you ask for.",
    workerName: "Name",
    cardNumber: "HMS card number",
    cardExpiresOn: "Card valid until",
    cardState: "Card",
    cardValid: "valid",
    cardExpired: "expired",
    addWorker: "Add worker",
    renewCard: "Save renewed card",
    renewFor: "Renewed card for {{name}}",
    removeWorker: "Remove",
    noWorkers: "No workers named yet.",
    workersSaved: "The workers are updated.",
    reservedColumn: "Reserved contract",
    reservedDeclared: "Declared {{date}} by {{name}}: {{percent}} %, valid until {{until}}",
    termsColumn: "Contract terms",
    confirmed: "confirmed",
    notConfirmed: "not confirmed",
    workersColumn: "HMS cards",
    workersSummary: "{{valid}} of {{count}} valid",
    declarationTitle: "Declaration for reserved contracts",
    declarationIntro:
      "Reserved contracts are for organisations whose main purpose is the integration of disabled or disadvantaged persons, with at least 30 % of staff from those groups (public procurement regulation § 16-9 and § 8-8). A declaration is valid for 12 months.",
    declarationCurrent:
      "Current declaration: {{percent}} % of staff from the target groups, declared {{date}} by {{name}}, evidence “{{evidence}}”. Valid until {{until}}.",
    declarationNone: "No declaration yet.",
    mainPurpose:
      "The organisation's main purpose is the social and professional integration of disabled or disadvantaged persons",
    mainPurposeLegend: "Main purpose",
    staffShare: "Share of staff who are disabled or disadvantaged (percent)",
    declaredOn: "Date of the declaration",
    evidenceReference: "Evidence (for example the annual report or a board statement)",
    evidenceIssuedOn: "Date of the document",
    declare: "Save the declaration",
    controlsTitle: "Controls of the contract terms",
    controlsIntro:
      "The buyer can ask for documentation of the contract's terms and records the outcome. A failed control holds acceptance and payment until it is put right.",
    controlsCaption: "Controls",
    noControls: "No controls yet.",
    documentationLabel: "Documentation",
    documentation: { TIMESHEETS: "Timesheets", PAY_SLIPS: "Pay slips", APPRENTICE_LIST: "Apprentice list" },
    requestNote: "What are you asking for (period, workers)?",
    requestControl: "Ask for documentation",
    controlStatuses: {
      REQUESTED: "Waiting for documentation",
      PASSED: "Passed",
      FAILED: "Failed",
      RESOLVED: "Put right",
    },
    controlRequested: "Asked {{date}}: {{note}}",
    controlOutcome: "Outcome {{date}}: {{note}}",
    controlResolvedNote: "Put right {{date}}: {{note}}",
    outcomeNote: "Reason",
    recordPassed: "Passed",
    recordFailed: "Failed",
    recordResolved: "Put right",
    updateCards: "Update workers and HMS cards",
    changeWorker: "Change",
    controlResult: "Result",
    holdsTitle: "Waiting",
  },
};

export const seriousRefusalsEn: Widen<typeof seriousRefusalsNb> = {
  reservedNoDeclaration:
    "The task is a reserved contract: the supplier has not declared its main purpose and its share of staff from the target groups.",
  reservedDeclarationExpired:
    "The task is a reserved contract: the supplier's declaration is older than 12 months (it was valid until {{until}}).",
  reservedNotMainPurpose:
    "The task is a reserved contract: the supplier has not declared that its main purpose is the integration of disabled or disadvantaged persons.",
  reservedShareTooLow:
    "The task is a reserved contract: the supplier has declared {{percent}} % of staff from the target groups, and at least 30 % is required.",
  reservedNoEvidence: "The task is a reserved contract: the supplier's declaration has no evidence.",
  quoteTermsUnconfirmed: "Confirm every contract term to quote.",
  workersLocked: "The workers cannot be changed now: the quote is no longer open, or the delivery is accepted.",
  hmsNoWorkers: "The task requires HMS cards: the supplier has not named who will work on it.",
  hmsCardExpired: "The task requires a valid HMS card for everyone working on it. Expired: {{workers}}.",
  controlFailed:
    "A control ($t(serious.documentation.{{documentation}})) has failed. Acceptance and payment wait until the buyer records that it is put right.",
  controlForBuyer: "Only the buyer can ask for documentation and record controls.",
  controlNotInTerms: "The contract does not have the term this documentation checks.",
  controlChanged: "The control has changed in the meantime. Look through the page and try again.",
};
