import { translate, type Locale } from "~/i18n/i18n";

/**
 * The e-mails Arbeidsbro sends, in the recipient's language. The words are in the i18n catalogue
 * (app/i18n/mail.*.ts); this module only puts them in order. Names and titles are the
 * pseudonym and the opening: a mail is not the place for personal data.
 */

/**
 * A message as sent. `secrets` are the parts only the recipient may ever read (the token in a
 * reset or invitation link): they go out over SMTP but are removed from the stored copy.
 */
export type MailContent = { subject: string; text: string; html: string; secrets?: string[] };

/** A mail that is written once per recipient, in that person's language. */
export type LocalizedMail = (locale: Locale) => MailContent;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function render(
  locale: Locale,
  subject: string,
  paragraphs: string[],
  link: { href: string; label: string },
  secrets?: string[],
): MailContent {
  const signature = translate(locale, "mail.signature");
  const text = [...paragraphs, "", `${link.label}: ${link.href}`, "", signature].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs
    .map((p) => `<p>${escape(p)}</p>`)
    .join("")}<p><a href="${escape(link.href)}">${escape(link.label)}</a></p><p>${escape(signature)}</p></body></html>`;
  return { subject, text, html, ...(secrets ? { secrets } : {}) };
}

const m = (locale: Locale, key: string, values?: Record<string, string>) => translate(locale, `mail.${key}`, values);

export function invitationMail(
  locale: Locale,
  data: { organizationName: string; inviterName: string; link: string; token: string },
): MailContent {
  return render(
    locale,
    m(locale, "invitation.subject", data),
    [m(locale, "invitation.body", data), m(locale, "invitation.valid")],
    { href: data.link, label: m(locale, "invitation.link") },
    [data.token],
  );
}

export function passwordResetMail(locale: Locale, data: { link: string; token: string }): MailContent {
  return render(
    locale,
    m(locale, "passwordReset.subject"),
    [m(locale, "passwordReset.body"), m(locale, "passwordReset.valid")],
    { href: data.link, label: m(locale, "passwordReset.link") },
    [data.token],
  );
}

export function signupConfirmMail(
  locale: Locale,
  data: { organizationName: string; link: string; token: string },
): MailContent {
  return render(
    locale,
    m(locale, "signupConfirm.subject"),
    [m(locale, "signupConfirm.body", data), m(locale, "signupConfirm.valid")],
    { href: data.link, label: m(locale, "signupConfirm.link") },
    [data.token],
  );
}

/** The answer to a sign-up with an address that already has an account: said to the address's owner only. */
export function signupAccountExistsMail(locale: Locale, data: { loginLink: string; resetLink: string }): MailContent {
  return render(
    locale,
    m(locale, "signupAccountExists.subject"),
    [m(locale, "signupAccountExists.body", data), m(locale, "signupAccountExists.notYou")],
    {
      href: data.loginLink,
      label: m(locale, "signupAccountExists.link"),
    },
  );
}

/** To the owning company's members: who asks, about which pseudonym, and their message. */
export function candidateInquiryMail(
  locale: Locale,
  data: { code: string; from: string; message: string; link: string },
): MailContent {
  return render(
    locale,
    m(locale, "inquiry.subject", data),
    [m(locale, "inquiry.body", data), data.message, m(locale, "inquiry.advice")],
    { href: data.link, label: m(locale, "inquiry.link") },
  );
}

export type ProposalNotice = {
  kind: "new" | "stage" | "meeting" | "introduced" | "message" | "navInvited" | "navDecided";
  code: string;
  opening: string;
  link: string;
};

/** Proposal events to the other party. Names the pseudonym and the opening, never the person. */
export function proposalNoticeMail(locale: Locale, n: ProposalNotice): MailContent {
  const line = m(locale, `proposal.${n.kind}`, { code: n.code, opening: n.opening });
  return render(locale, `Arbeidsbro: ${line}`, [line], { href: n.link, label: m(locale, "proposal.link") });
}

export type ProcurementNotice = {
  kind:
    | "awarded"
    | "notAwarded"
    | "delivered"
    | "accepted"
    | "paid"
    | "controlRequested"
    | "controlFailed"
    | "controlResolved"
    | "cardExpired";
  task: string;
  link: string;
};

/** Procurement events to the other side. */
export function procurementNoticeMail(locale: Locale, n: ProcurementNotice): MailContent {
  const line = m(locale, `procurement.${n.kind}`, { task: n.task });
  return render(locale, `Arbeidsbro: ${line}`, [line], { href: n.link, label: m(locale, "procurement.link") });
}

/** An agreement near its ceiling or its end, to both sides (app/domain/agreements/agreement-alerts.server.ts). */
export function agreementNoticeMail(
  locale: Locale,
  n: { kind: "ceiling" | "expiry"; agreement: string; percent: number; endsOn: string; link: string },
): MailContent {
  const values = { agreement: n.agreement, percent: String(n.percent), endsOn: n.endsOn };
  const line = translate(locale, `agreements.mail.${n.kind}`, values);
  return render(locale, `Arbeidsbro: ${line}`, [line], {
    href: n.link,
    label: translate(locale, "agreements.mail.link"),
  });
}

/** Follow-up after a hire (check-ins due or missed, measure milestones): one line, already in the reader's language. */
export function followUpMail(locale: Locale, n: { line: string; link: string }): MailContent {
  return render(locale, `Arbeidsbro: ${n.line}`, [n.line], { href: n.link, label: m(locale, "proposal.link") });
}
