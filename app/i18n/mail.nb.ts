/** The texts of the e-mails Arbeidsbro sends, bokmål. mail.en.ts has the same keys. */
export const mailNb = {
  mail: {
    signature: "Arbeidsbro",
    invitation: {
      subject: "Invitasjon til {{organizationName}} på Arbeidsbro",
      body: "{{inviterName}} har invitert deg til å bli med i {{organizationName}} på Arbeidsbro.",
      valid: "Invitasjonen gjelder i 7 dager.",
      link: "Godta invitasjonen",
    },
    passwordReset: {
      subject: "Tilbakestill passordet ditt på Arbeidsbro",
      body: "Noen har bedt om å tilbakestille passordet til Arbeidsbro-kontoen din. Var det ikke deg, kan du se bort fra denne e-posten.",
      valid: "Lenken gjelder i én time.",
      link: "Lag nytt passord",
    },
    signupConfirm: {
      subject: "Fullfør registreringen på Arbeidsbro",
      body: "Noen (trolig deg) vil registrere {{organizationName}} på Arbeidsbro med denne e-postadressen.",
      valid:
        "Følg lenken innen 24 timer for å fullføre registreringen. Var det ikke deg, kan du se bort fra denne e-posten.",
      link: "Fullfør registreringen",
    },
    signupAccountExists: {
      subject: "Du har allerede en konto på Arbeidsbro",
      body: "Noen prøvde å registrere en ny organisasjon på Arbeidsbro med denne e-postadressen, men den har allerede en konto. Logg inn i stedet; har du glemt passordet, kan du be om nytt på {{resetLink}}.",
      notYou: "Var det ikke deg, kan du se bort fra denne e-posten.",
      link: "Logg inn",
    },
    inquiry: {
      subject: "Henvendelse om kandidat {{code}}",
      body: "{{from}} spør om kandidat {{code}}:",
      advice: "Svar dem direkte, og spør kandidaten før dere forteller hvem det er.",
      link: "Se henvendelsene",
    },
    proposal: {
      new: "Kandidat {{code}} er foreslått til «{{opening}}».",
      stage: "Forslaget om kandidat {{code}} til «{{opening}}» har fått ny status.",
      meeting:
        "Arbeidsgiveren vil møte kandidat {{code}} til «{{opening}}». Spør kandidaten om samtykke til å bli presentert.",
      introduced: "Kandidat {{code}} har samtykket til å bli presentert for dere for «{{opening}}».",
      message: "Ny melding om kandidat {{code}} til «{{opening}}».",
      navInvited: "NAV-kontoret er bedt om å vurdere tiltakene for kandidat {{code}} til «{{opening}}».",
      navDecided: "NAV har fattet vedtak om et tiltak for kandidat {{code}} til «{{opening}}».",
      link: "Åpne forslaget",
    },
    procurement: {
      awarded: "Dere har fått oppdraget «{{task}}».",
      notAwarded: "Oppdraget «{{task}}» er tildelt en annen leverandør. Takk for tilbudet.",
      delivered: "Bestillingen «{{task}}» har ny status.",
      accepted: "Leveransen av «{{task}}» er godkjent av oppdragsgiveren.",
      paid: "Bestillingen «{{task}}» er betalt.",
      controlRequested: "Oppdragsgiveren ber om dokumentasjon for «{{task}}».",
      controlFailed: "En kontroll av «{{task}}» er ikke bestått: godkjenning og betaling venter.",
      controlResolved: "Avviket i kontrollen av «{{task}}» er rettet.",
      cardExpired: "Et HMS-kort for en arbeidstaker på «{{task}}» er utløpt.",
      link: "Åpne",
    },
  },
};
