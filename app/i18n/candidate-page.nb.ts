/**
 * The candidate's own page, bokmål. Klarspråk: short sentences, "du", no legal terms without an
 * explanation. candidate-page.en.ts has the same keys (type-checked); a further language is one
 * more file with these keys and its code in app/i18n/i18n.ts.
 */
export const candidatePageNb = {
  candidatePage: {
    title: "Din side",
    intro:
      "{{company}} hjelper deg med å finne jobb. Her ser du hva arbeidsgivere får vite om deg, og du bestemmer selv hva som skal deles.",
    signOut: "Logg ut",
    signedOut: "Du er logget ut. Be bedriften som følger deg opp om en ny lenke hvis du vil inn igjen.",
    saved: "Svaret ditt er lagret.",
    preview: {
      title: "Dette ser arbeidsgivere",
      listed: "Slik ser arbeidsgivere deg i kandidatsøket nå. De ser ikke navnet ditt, bare koden {{code}}.",
      notListed:
        "Du er ikke med i kandidatsøket nå. Hvis du sier ja til det, ser arbeidsgivere akkurat dette. De ser ikke navnet ditt, bare koden {{code}}.",
      sharingAdds: "Hvis du også sier ja til å dele behov for tilrettelegging, ser de i tillegg: {{items}}.",
    },
    consents: {
      title: "Dine samtykker",
      intro: "Du svarer ja eller nei på hvert spørsmål for seg. Du kan ombestemme deg når som helst.",
      LISTING: {
        question: "Vil du være med i kandidatsøket?",
        explain:
          "Arbeidsgivere kan finne profilen over når de leter etter folk. Sier du nei, forsvinner profilen fra søket med en gang.",
      },
      SHARE_ACCOMMODATIONS: {
        question: "Vil du dele behov for tilrettelegging og tiltak som sier noe om helsen din?",
        explain:
          "Det gjelder for eksempel tilpasset arbeidstid eller jobbstøtte (IPS). Arbeidsgivere ser aldri diagnoser. Du må være med i kandidatsøket først.",
      },
      yesNow: "Du har sagt ja.",
      noNow: "Du har ikke sagt ja.",
      yes: "Ja",
      no: "Nei",
      withdraw: "Nei, trekk samtykket",
      history: "Det du og {{company}} har registrert",
      historyLine: "{{kind}}: gitt {{date}} av {{who}}",
      historyWithdrawn: "{{kind}}: gitt {{date}} av {{who}}, trukket {{withdrawn}}",
    },
    sources: {
      CANDIDATE_LINK: "deg, gjennom lenken",
      COMPANY_RECORDED: "bedriften (på papir eller muntlig)",
    },
    asked: {
      title: "Arbeidsgivere som har spurt om deg",
      none: "Ingen arbeidsgivere har spurt om deg ennå.",
      line: "{{employer}} spurte {{date}}.",
      wantsIntroduction:
        "{{employer}} vil gjerne vite hvem du er. Vil du at de skal få navnet ditt, telefonnummeret og e-postadressen din?",
      yes: "Ja, presenter meg for {{employer}}",
      no: "Nei takk",
      answeredYes: "Du sa ja.",
      answeredNo: "Du sa nei.",
    },
    introduced: {
      title: "Arbeidsgivere som vet hvem du er",
      none: "Ingen arbeidsgivere har fått navnet ditt.",
      line: "{{employer}}, fra {{date}} (samtykke fra {{who}})",
      withdraw: "Trekk tilbake for {{employer}}",
    },
    data: {
      title: "Dine data",
      intro: "Du har rett til å se alt vi har lagret om deg, og til å be om at det blir slettet.",
      download: "Last ned alle dataene dine (JSON-fil)",
      erasureTitle: "Be om sletting",
      erasureHint:
        "{{company}} får beskjed og må slette dataene dine innen én måned. Da forsvinner også profilen fra søket.",
      erasureConfirm: "Ja, jeg vil at dataene mine blir slettet",
      erasureButton: "Be om sletting",
      erasureRequested: "Du ba om sletting {{date}}. {{company}} må slette dataene dine senest {{deadline}}.",
    },
    signIn: {
      title: "Åpne din side",
      intro: "Trykk på knappen for å åpne siden din. Lenken virker bare én gang, og i 15 minutter.",
      button: "Åpne siden min",
      noLink:
        "Du trenger en ny lenke for å komme inn. Be bedriften som følger deg opp om å sende en lenke på e-post eller SMS.",
    },
    company: {
      title: "Kandidatens egen side",
      intro:
        "Send kandidaten en personlig lenke. Der ser kandidaten den anonyme profilen, svarer på samtykker selv, ser hvem som har spurt og kan laste ned eller be om sletting.",
      sendEmail: "Send lenke på e-post",
      sendSms: "Send lenke på SMS",
      sent: "Lenken er sendt. Den virker i 15 minutter og bare én gang.",
      noContact: "Kandidaten har verken e-postadresse eller telefonnummer. Legg inn en av dem for å sende en lenke.",
      erasureRequested:
        "Kandidaten ba om sletting {{date}}. Fristen er {{deadline}} (personvernforordningen artikkel 12 nr. 3: innen én måned).",
      introductions: "Presentasjoner for arbeidsgivere",
      noIntroductions: "Ingen arbeidsgivere har bedt om å bli presentert.",
      introductionStates: {
        waiting: "{{employer}} ba om presentasjon {{date}}. Venter på kandidatens svar: send en lenke.",
        given: "{{employer}}: ja, {{date}} ({{who}})",
        refused: "{{employer}}: nei, {{date}} ({{who}})",
        withdrawn: "{{employer}}: trukket tilbake ({{who}}, {{date}})",
      },
      consentSource: "gitt av {{who}}",
      linkConsentLine: "{{kind}}: gitt {{date}} av kandidaten selv, gjennom lenken",
      withdrawnVia: "trukket av {{who}}",
      stillValid: "gjelder",
      notValid: "gjelder ikke lenger",
    },
    employer: {
      title: "Bli presentert",
      hint: "Vil du vite hvem kandidaten er? Be om å bli presentert. {{company}} spør kandidaten, og du får navn og kontaktinformasjon bare hvis kandidaten sier ja.",
      ask: "Be om å bli presentert",
      asked: "Spørsmålet er sendt. {{company}} spør kandidaten.",
      introducedSince: "Kandidaten har sagt ja til å bli presentert for dere ({{date}}).",
      name: "Navn",
      phone: "Telefon",
      email: "E-post",
    },
    mail: {
      subject: "Din side på Arbeidsbro",
      body: "Hei! {{company}} har sendt deg en lenke til siden din på Arbeidsbro. Der ser du hva arbeidsgivere får vite om deg, og du kan si ja eller nei til å dele.",
      valid: "Lenken virker i 15 minutter og bare én gang. Har du ikke bedt om den, kan du se bort fra denne e-posten.",
      linkLabel: "Åpne siden din",
      sms: "{{company}}: her er lenken til siden din på Arbeidsbro. Den virker i 15 minutter, én gang:",
      erasureSubject: "Arbeidsbro: {{code}} ber om sletting",
      erasureBody: "Kandidat {{code}} har bedt om å bli slettet. Dere må slette dataene senest {{deadline}}.",
      erasureLink: "Åpne kandidaten",
      introductionSubject: "Arbeidsbro: {{from}} vil bli presentert for {{code}}",
      introductionBody:
        "{{from}} ber om å bli presentert for kandidat {{code}}. Send kandidaten en lenke, så kan kandidaten svare selv.",
      introductionLink: "Åpne kandidaten",
    },
    errors: {
      answerRequired: "Velg ja eller nei.",
      erasureNeedsConfirm: "Kryss av for at du vil bli slettet.",
      linkMissing: "Lenken mangler. Be bedriften om en ny.",
    },
  },
};

export const candidatePageRefusalsNb = {
  linkInvalid:
    "Lenken virker ikke lenger. Den kan være brukt eller for gammel (den virker i 15 minutter). Be bedriften om en ny.",
  noEmail: "Kandidaten har ingen e-postadresse.",
  noPhone: "Kandidaten har ikke noe telefonnummer.",
  listingFirst: "Du må si ja til å være med i kandidatsøket først.",
  alreadyIntroduced: "Kandidaten er allerede presentert for dere.",
};

export const candidatePageNotificationsNb = {
  erasureRequested: "{{code}} ber om å bli slettet. Fristen er {{deadline}}.",
  introductionRequested: "{{from}} vil bli presentert for {{code}}.",
  candidateIntroduced: "{{code}} har sagt ja til å bli presentert for dere.",
};

export const candidatePageAuditNb = {
  candidate_consent_refuse: "Kandidaten sa nei til samtykke",
  candidate_link_send: "Sendte lenke til kandidaten",
  candidate_self_signIn: "Kandidaten logget inn med lenke",
  candidate_erasure_request: "Kandidaten ba om sletting",
  candidate_introduction_ask: "Ba om presentasjon",
};

export const candidatePageEventsNb = {
  consent_refused: "Kandidaten sa nei: {{kind}}",
  consent_intro: "Samtykke til presentasjon",
  consent_intro_refused: "Kandidaten sa nei til presentasjon",
  consent_intro_withdrawn: "Samtykke til presentasjon trukket",
  introduction_asked: "{{from}} ba om presentasjon",
  erasure_requested: "Kandidaten ba om sletting",
};
