/**
 * Serious working life in procurement (reserved contracts, contract terms, HMS cards, controls),
 * bokmål. serious.en.ts has the same keys.
 */
export const seriousNb = {
  serious: {
    serviceArea: "Type arbeid",
    serviceAreaHint: "Renhold og bygg og anlegg krever HMS-kort for hver som jobber på oppdraget.",
    serviceAreaInvalid: "Velg en type arbeid fra listen.",
    chooseServiceArea: "Velg type arbeid",
    serviceAreas: { CLEANING: "Renhold", BUILDING: "Bygg og anlegg", OTHER: "Annet" },
    contractTerms: "Kontraktsvilkår for et seriøst arbeidsliv",
    contractTermsHint:
      "Vilkårene blir en del av kontrakten, og leverandøren bekrefter hvert av dem i tilbudet. Beløp er uten mva; verdier merket «foreløpig» justeres av departementet.",
    termOptions: {
      PAY_AND_CONDITIONS:
        "Lønns- og arbeidsvilkår etter tariff (påkrevd for kommunale oppdragsgivere over {{other}}, for statlige over {{state}}{{provisional}})",
      SUBCONTRACTOR_CHAIN: "Høyst ett ledd underleverandører",
      BANK_PAYMENT: "Lønn utbetales til bankkonto",
      APPRENTICES:
        "Lærlinger (påkrevd for kommunale oppdragsgivere fra {{other}}, for statlige fra {{state}}, når kontrakten varer over tre måneder i fag med særlig behov for læreplasser{{provisional}})",
      HMS_CARDS: "HMS-kort for alle som jobber på oppdraget (påkrevd for renhold og bygg og anlegg)",
    },
    provisional: "; foreløpig verdi",
    terms: {
      PAY_AND_CONDITIONS: "Lønns- og arbeidsvilkår",
      SUBCONTRACTOR_CHAIN: "Høyst ett ledd underleverandører",
      BANK_PAYMENT: "Lønn til bankkonto",
      APPRENTICES: "Lærlinger",
      HMS_CARDS: "HMS-kort",
    },
    hmsCardsRequired: "Renhold og bygg og anlegg krever HMS-kort: kryss av for vilkåret.",
    confirmTerms: "Bekreft kontraktsvilkårene",
    confirmTermsHint: "Alle vilkårene oppdragsgiveren har satt, må bekreftes for å gi tilbud.",
    taskTerms: "Kontraktsvilkår: {{terms}}",
    reservedOk:
      "Erklæringen deres for reserverte kontrakter gjelder til {{until}} ({{percent}} % ansatte fra målgruppene).",
    reservedFix: "Oppdater erklæringen i leverandørprofilen.",
    supplierProfileLink: "Gå til leverandørprofilen",
    workersTitle: "Arbeidstakere på oppdraget (HMS-kort)",
    workersIntro:
      "Oppgi navn, HMS-kortnummer og utløpsdato for hver som skal jobbe på oppdraget – ikke noe mer. Opplysningene slettes når bestillingen er avsluttet. Tildeling og oppstart venter til alle har gyldig kort.",
    workersCaption: "Arbeidstakere og HMS-kort",
    workerNameInvalid: "Skriv navnet (2–100 tegn).",
    cardNumberInvalid: "Skriv HMS-kortnummeret (3–40 tegn).",
    documentationRequired: "Velg hvilken dokumentasjon dere ber om.",
    workerName: "Navn",
    cardNumber: "HMS-kortnummer",
    cardExpiresOn: "Kortet gyldig til",
    cardState: "Kort",
    cardValid: "gyldig",
    cardExpired: "utløpt",
    addWorker: "Legg til arbeidstaker",
    renewCard: "Lagre fornyet kort",
    renewFor: "Fornyet kort for {{name}}",
    removeWorker: "Fjern",
    noWorkers: "Ingen arbeidstakere er oppgitt ennå.",
    workersSaved: "Arbeidstakerne er oppdatert.",
    reservedColumn: "Reservert kontrakt",
    reservedDeclared: "Erklært {{date}} av {{name}}: {{percent}} %, gyldig til {{until}}",
    termsColumn: "Kontraktsvilkår",
    confirmed: "bekreftet",
    notConfirmed: "ikke bekreftet",
    workersColumn: "HMS-kort",
    workersSummary: "{{valid}} av {{count}} gyldige",
    declarationTitle: "Erklæring for reserverte kontrakter",
    declarationIntro:
      "Reserverte kontrakter er forbeholdt virksomheter som har integrering av personer med funksjonsnedsettelse eller vanskeligstilte personer som hovedformål, og der minst 30 % av de ansatte er fra disse gruppene (anskaffelsesforskriften § 16-9 og § 8-8). En erklæring gjelder i 12 måneder.",
    declarationCurrent:
      "Gjeldende erklæring: {{percent}} % ansatte fra målgruppene, erklært {{date}} av {{name}}, dokumentasjon «{{evidence}}». Gyldig til {{until}}.",
    declarationNone: "Ingen erklæring ennå.",
    mainPurpose:
      "Virksomhetens hovedformål er sosial og yrkesmessig integrering av personer med funksjonsnedsettelse eller vanskeligstilte personer",
    mainPurposeLegend: "Hovedformål",
    staffShare: "Andel ansatte med funksjonsnedsettelse eller som er vanskeligstilte (prosent)",
    declaredOn: "Dato for erklæringen",
    evidenceReference: "Dokumentasjon (for eksempel årsrapport eller styreerklæring)",
    evidenceIssuedOn: "Dokumentets dato",
    declare: "Lagre erklæringen",
    controlsTitle: "Kontroller av kontraktsvilkår",
    controlsIntro:
      "Oppdragsgiveren kan be om dokumentasjon for vilkårene i kontrakten og registrerer resultatet. En kontroll som ikke er bestått, stanser godkjenning og betaling til avviket er rettet.",
    controlsCaption: "Kontroller",
    noControls: "Ingen kontroller ennå.",
    documentationLabel: "Dokumentasjon",
    documentation: { TIMESHEETS: "Timelister", PAY_SLIPS: "Lønnsslipper", APPRENTICE_LIST: "Lærlingliste" },
    requestNote: "Hva ber dere om (periode, arbeidstakere)?",
    requestControl: "Be om dokumentasjon",
    controlStatuses: {
      REQUESTED: "Venter på dokumentasjon",
      PASSED: "Bestått",
      FAILED: "Ikke bestått",
      RESOLVED: "Avviket er rettet",
    },
    controlRequested: "Bedt om {{date}}: {{note}}",
    controlOutcome: "Resultat {{date}}: {{note}}",
    controlResolvedNote: "Rettet {{date}}: {{note}}",
    outcomeNote: "Begrunnelse",
    recordPassed: "Bestått",
    recordFailed: "Ikke bestått",
    recordResolved: "Avviket er rettet",
    updateCards: "Oppdater arbeidstakere og HMS-kort",
    changeWorker: "Endre",
    controlResult: "Utfall",
    holdsTitle: "Dette venter",
  },
} as const;

/** Why the domain said no, for this area: merged into `refusals`. */
export const seriousRefusalsNb = {
  reservedNoDeclaration:
    "Oppdraget er en reservert kontrakt: leverandøren har ikke erklært hovedformål og andel ansatte fra målgruppene.",
  reservedDeclarationExpired:
    "Oppdraget er en reservert kontrakt: leverandørens erklæring er eldre enn 12 måneder (gjaldt til {{until}}).",
  reservedNotMainPurpose:
    "Oppdraget er en reservert kontrakt: leverandøren har ikke erklært at hovedformålet er integrering av personer med funksjonsnedsettelse eller vanskeligstilte.",
  reservedShareTooLow:
    "Oppdraget er en reservert kontrakt: leverandøren har erklært {{percent}} % ansatte fra målgruppene, og det kreves minst 30 %.",
  reservedNoEvidence: "Oppdraget er en reservert kontrakt: leverandørens erklæring mangler dokumentasjon.",
  quoteTermsUnconfirmed: "Bekreft alle kontraktsvilkårene for å gi tilbud.",
  workersLocked: "Arbeidstakerne kan ikke endres nå: tilbudet er ikke lenger åpent, eller leveransen er godkjent.",
  hmsNoWorkers: "Oppdraget krever HMS-kort: leverandøren har ikke oppgitt hvem som skal jobbe på oppdraget.",
  hmsCardExpired: "Oppdraget krever gyldig HMS-kort for alle som jobber på det. Utløpt: {{workers}}.",
  controlFailed:
    "En kontroll ($t(serious.documentation.{{documentation}})) er ikke bestått. Godkjenning og betaling venter til oppdragsgiveren har registrert at avviket er rettet.",
  controlForBuyer: "Bare oppdragsgiveren kan be om dokumentasjon og registrere kontroller.",
  controlNotInTerms: "Kontrakten har ikke vilkåret denne dokumentasjonen kontrollerer.",
  controlChanged: "Kontrollen har endret seg i mellomtiden. Se gjennom siden og prøv igjen.",
} as const;

export type SeriousRefusal = keyof typeof seriousRefusalsNb;
