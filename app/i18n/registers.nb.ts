/** Public registers (Enhetsregisteret, Renholdsregisteret), bokmål. registers.en.ts has the same keys. */
export const registersNb = {
  registers: {
    title: "Offentlige registre",
    intro: "Det Enhetsregisteret og Arbeidstilsynets renholdsregister sier om organisasjonen, og når det ble sjekket.",
    double: "Testregistre: oppslagene går mot en lokal testtjeneste med samme format som de ekte registrene.",
    enhetsregisteret: "Enhetsregisteret",
    renholdsregisteret: "Renholdsregisteret (Arbeidstilsynet)",
    register: "Register",
    answer: "Svar",
    checkedAt: "Sjekket",
    neverChecked: "Ikke sjekket ennå",
    checkAgain: "Sjekk registrene på nytt",
    checked: "Registrene er sjekket.",
    outcomes: {
      ACTIVE: "Aktiv",
      NOT_FOUND: "Ikke registrert",
      BANKRUPT: "Konkurs",
      UNDER_LIQUIDATION: "Under avvikling",
      FORCED_LIQUIDATION: "Under tvangsavvikling eller tvangsoppløsning",
      DELETED: "Slettet",
      APPROVED: "Godkjent renholdsvirksomhet",
      NOT_APPROVED: "Ikke godkjent",
      UNAVAILABLE: "Registeret svarte ikke",
    },
    registeredAs: "{{name}} ({{form}})",
    vatRegistered: "Registrert i Merverdiavgiftsregisteret",
    notVatRegistered: "Ikke registrert i Merverdiavgiftsregisteret",
    signupRegisterPending:
      "Enhetsregisteret svarte ikke akkurat nå. Registreringen er tatt vare på: følg lenken i e-posten som vanlig, så sjekkes organisasjonsnummeret på nytt da.",
    cleaningTask: "Renholdsoppdrag: leverandøren må være godkjent i Arbeidstilsynets renholdsregister.",
    cleaningColumn: "Renholdsregisteret",
    checkSummary: "{{outcome}}, sjekket {{date}}",
  },
} as const;

/** Why the domain said no because of a register: merged into `refusals`. */
export const registersRefusalsNb = {
  orgNotInRegister: "Organisasjonsnummeret finnes ikke som hovedenhet i Enhetsregisteret. Sjekk nummeret.",
  orgBankrupt: "Enhetsregisteret sier at {{name}} er konkurs. Konkursbo kan ikke registreres eller gi tilbud.",
  orgUnderLiquidation:
    "Enhetsregisteret sier at {{name}} er under avvikling. Den kan ikke registreres eller gi tilbud.",
  orgForcedLiquidation:
    "Enhetsregisteret sier at {{name}} er under tvangsavvikling eller tvangsoppløsning. Den kan ikke registreres eller gi tilbud.",
  orgDeleted: "Enhetsregisteret sier at organisasjonen er slettet {{date}}. Den kan ikke registreres eller gi tilbud.",
  registerUnavailable:
    "Registeret svarte ikke akkurat nå, så vi kunne ikke sjekke det. Ingenting er lagret eller endret. Prøv igjen om litt.",
  cleaningNotApproved:
    "Arbeidstilsynets renholdsregister har status «{{status}}» for leverandøren. Renhold kan bare kjøpes fra godkjente renholdsvirksomheter.",
  cleaningNotInRegister:
    "Leverandøren står ikke i Arbeidstilsynets renholdsregister. Renhold kan bare kjøpes fra godkjente renholdsvirksomheter.",
} as const;
