import { locales, translate, type Locale } from "~/i18n/i18n";
import { render, type MailContent } from "~/lib/mail-templates.server";

/**
 * What the candidate and the company receive about the candidate's own page. The candidate has
 * no account and so no language on record: their link comes in every language the app has, the
 * default first. Nothing personal: the company's name and the link (whose token is a secret).
 */
const c = (locale: Locale, key: string, values?: Record<string, string>) =>
  translate(locale, `candidatePage.mail.${key}`, values);

export function candidateLinkMail(data: { company: string; link: string; token: string }): MailContent {
  const paragraphs = locales.flatMap((l) => [c(l, "body", data), c(l, "valid")]);
  return render(
    locales[0],
    locales.map((l) => c(l, "subject")).join(" / "),
    paragraphs,
    { href: data.link, label: locales.map((l) => c(l, "linkLabel")).join(" / ") },
    [data.token],
  );
}

export function candidateLinkSms(data: { company: string; link: string }): string {
  return `${c(locales[0], "sms", data)} ${data.link}`;
}

/** To the company's members: a candidate asked to be erased, and by when the company must act. */
export function erasureRequestMail(locale: Locale, data: { code: string; deadline: string; link: string }) {
  return render(locale, c(locale, "erasureSubject", data), [c(locale, "erasureBody", data)], {
    href: data.link,
    label: c(locale, "erasureLink"),
  });
}

/** To the company's members: an employer asks to be introduced to one of their candidates. */
export function introductionRequestMail(locale: Locale, data: { code: string; from: string; link: string }) {
  return render(locale, c(locale, "introductionSubject", data), [c(locale, "introductionBody", data)], {
    href: data.link,
    label: c(locale, "introductionLink"),
  });
}
