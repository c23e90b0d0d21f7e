import type { Locale } from "~/i18n/i18n";

/**
 * A message as sent. `secrets` are the parts only the recipient may ever read (the token in a
 * reset or invitation link): they go out over SMTP but are removed from the stored copy.
 */
export type MailContent = { subject: string; text: string; html: string; secrets?: string[] };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(paragraphs: string[], link: { href: string; label: string }, subject: string): MailContent {
  const text = [...paragraphs, "", `${link.label}: ${link.href}`, "", "Arbeidsbro"].join("\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs
    .map((p) => `<p>${escape(p)}</p>`)
    .join("")}<p><a href="${escape(link.href)}">${escape(link.label)}</a></p><p>Arbeidsbro</p></body></html>`;
  return { subject, text, html };
}

export function invitationMail(locale: Locale, data: { organizationName: string; inviterName: string; link: string; token: string }): MailContent {
  return withSecret(data.token, locale === "en"
    ? render(
        [`${data.inviterName} has invited you to join ${data.organizationName} on Arbeidsbro.`, "The invitation is valid for 7 days."],
        { href: data.link, label: "Accept the invitation" },
        `Invitation to ${data.organizationName} on Arbeidsbro`,
      )
    : render(
        [`${data.inviterName} har invitert deg til å bli med i ${data.organizationName} på Arbeidsbro.`, "Invitasjonen gjelder i 7 dager."],
        { href: data.link, label: "Godta invitasjonen" },
        `Invitasjon til ${data.organizationName} på Arbeidsbro`,
      ));
}

const withSecret = (token: string, content: MailContent): MailContent => ({ ...content, secrets: [token] });

export function passwordResetMail(locale: Locale, data: { link: string; token: string }): MailContent {
  return withSecret(data.token, locale === "en"
    ? render(
        ["Someone asked to reset the password of your Arbeidsbro account. If it was not you, ignore this e-mail.", "The link is valid for one hour."],
        { href: data.link, label: "Choose a new password" },
        "Reset your Arbeidsbro password",
      )
    : render(
        ["Noen har bedt om å tilbakestille passordet til Arbeidsbro-kontoen din. Var det ikke deg, kan du se bort fra denne e-posten.", "Lenken gjelder i én time."],
        { href: data.link, label: "Lag nytt passord" },
        "Tilbakestill passordet ditt på Arbeidsbro",
      ));
}

export function signupConfirmMail(locale: Locale, data: { organizationName: string; link: string; token: string }): MailContent {
  return withSecret(
    data.token,
    locale === "en"
      ? render(
          [`Someone (probably you) wants to register ${data.organizationName} on Arbeidsbro with this e-mail address.`, "Follow the link within 24 hours to complete the sign-up. If it was not you, ignore this e-mail."],
          { href: data.link, label: "Complete the sign-up" },
          "Complete your sign-up on Arbeidsbro",
        )
      : render(
          [`Noen (trolig deg) vil registrere ${data.organizationName} på Arbeidsbro med denne e-postadressen.`, "Følg lenken innen 24 timer for å fullføre registreringen. Var det ikke deg, kan du se bort fra denne e-posten."],
          { href: data.link, label: "Fullfør registreringen" },
          "Fullfør registreringen på Arbeidsbro",
        ),
  );
}

/** The answer to a sign-up with an address that already has an account: said to the address's owner only. */
export function signupAccountExistsMail(locale: Locale, data: { loginLink: string; resetLink: string }): MailContent {
  return locale === "en"
    ? render(
        ["Someone tried to register a new organisation on Arbeidsbro with this e-mail address, but it already has an account. Sign in instead; if you have forgotten the password, ask for a new one on " + data.resetLink + ".", "If it was not you, ignore this e-mail."],
        { href: data.loginLink, label: "Sign in" },
        "You already have an account on Arbeidsbro",
      )
    : render(
        ["Noen prøvde å registrere en ny organisasjon på Arbeidsbro med denne e-postadressen, men den har allerede en konto. Logg inn i stedet; har du glemt passordet, kan du be om nytt på " + data.resetLink + ".", "Var det ikke deg, kan du se bort fra denne e-posten."],
        { href: data.loginLink, label: "Logg inn" },
        "Du har allerede en konto på Arbeidsbro",
      );
}

/** To the owning company's members. Names the pseudonym only: a mail is not the place for personal data. */
export function candidateInquiryMail(locale: Locale, data: { code: string; from: string; message: string; link: string }): MailContent {
  return locale === "en"
    ? render(
        [`${data.from} asks about candidate ${data.code}:`, data.message, "Answer them directly, and ask the candidate before you share who they are."],
        { href: data.link, label: "See the inquiries" },
        `Inquiry about candidate ${data.code}`,
      )
    : render(
        [`${data.from} spør om kandidat ${data.code}:`, data.message, "Svar dem direkte, og spør kandidaten før dere forteller hvem det er."],
        { href: data.link, label: "Se henvendelsene" },
        `Henvendelse om kandidat ${data.code}`,
      );
}

export type ProposalNotice = { kind: "new" | "stage" | "meeting" | "introduced" | "message"; code: string; opening: string; link: string };

/** Proposal events to the other party. Names the pseudonym and the opening, never the person. */
export function proposalNoticeMail(locale: Locale, n: ProposalNotice): MailContent {
  const nb: Record<ProposalNotice["kind"], string> = {
    new: `Kandidat ${n.code} er foreslått til «${n.opening}».`,
    stage: `Forslaget om kandidat ${n.code} til «${n.opening}» har fått ny status.`,
    meeting: `Arbeidsgiveren vil møte kandidat ${n.code} til «${n.opening}». Spør kandidaten om samtykke til å bli presentert.`,
    introduced: `Kandidat ${n.code} har samtykket til å bli presentert for dere for «${n.opening}».`,
    message: `Ny melding om kandidat ${n.code} til «${n.opening}».`,
  };
  const en: Record<ProposalNotice["kind"], string> = {
    new: `Candidate ${n.code} is proposed for “${n.opening}”.`,
    stage: `The proposal of candidate ${n.code} for “${n.opening}” has a new status.`,
    meeting: `The employer wants to meet candidate ${n.code} for “${n.opening}”. Ask the candidate for consent to be introduced.`,
    introduced: `Candidate ${n.code} has consented to be introduced to you for “${n.opening}”.`,
    message: `New message about candidate ${n.code} for “${n.opening}”.`,
  };
  return locale === "en"
    ? render([en[n.kind]], { href: n.link, label: "Open the proposal" }, `Arbeidsbro: ${en[n.kind]}`)
    : render([nb[n.kind]], { href: n.link, label: "Åpne forslaget" }, `Arbeidsbro: ${nb[n.kind]}`);
}

export type ProcurementNotice = { kind: "awarded" | "notAwarded" | "delivered" | "accepted" | "paid"; task: string; link: string };

/** Procurement events to the other side. */
export function procurementNoticeMail(locale: Locale, n: ProcurementNotice): MailContent {
  const nb: Record<ProcurementNotice["kind"], string> = {
    awarded: `Dere har fått oppdraget «${n.task}».`,
    notAwarded: `Oppdraget «${n.task}» er tildelt en annen leverandør. Takk for tilbudet.`,
    delivered: `Bestillingen «${n.task}» har ny status.`,
    accepted: `Leveransen av «${n.task}» er godkjent av oppdragsgiveren.`,
    paid: `Bestillingen «${n.task}» er betalt.`,
  };
  const en: Record<ProcurementNotice["kind"], string> = {
    awarded: `You have been awarded the task “${n.task}”.`,
    notAwarded: `The task “${n.task}” has been awarded to another supplier. Thank you for your quote.`,
    delivered: `The order “${n.task}” has a new status.`,
    accepted: `The buyer has accepted the delivery of “${n.task}”.`,
    paid: `The order “${n.task}” is paid.`,
  };
  return locale === "en" ? render([en[n.kind]], { href: n.link, label: "Open" }, `Arbeidsbro: ${en[n.kind]}`) : render([nb[n.kind]], { href: n.link, label: "Åpne" }, `Arbeidsbro: ${nb[n.kind]}`);
}
