import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "./db.server";
import { env } from "./env.server";
import { logger } from "./logger.server";
import type { MailContent } from "./mail-templates.server";

let transporter: Transporter | null | undefined;

/** SMTP when SMTP_URL is set; otherwise null, and mail only lands in the outbox table. */
function smtpTransport(): Transporter | null {
  if (transporter === undefined) {
    const url = env().SMTP_URL;
    transporter = url ? nodemailer.createTransport(url) : null;
  }
  return transporter;
}

/** For tests that point SMTP_URL somewhere new. */
export function resetMailTransport(): void {
  transporter?.close();
  transporter = undefined;
}

export const REDACTED = "[fjernet]";

/** The copy that may be stored and shown: every secret (a link's token) replaced. */
export function redacted(content: MailContent): { subject: string; text: string; html: string } {
  const hide = (s: string) =>
    (content.secrets ?? []).filter(Boolean).reduce((acc, secret) => acc.replaceAll(secret, REDACTED), s);
  return { subject: hide(content.subject), text: hide(content.text), html: hide(content.html) };
}

/** What a mail is about, when that is a candidate: the stored copy is then deleted with their data. */
export type MailAbout = { candidateId?: string };

/**
 * Every message is stored (EmailMessage) before it is sent, so the admin outbox shows what left
 * the system and a failing SMTP server loses nothing of the record. The stored copy has its
 * secrets removed: a live reset or invitation link exists only in the recipient's mailbox, so
 * nobody with access to the database or the admin pages can take over an account. Logs carry
 * the message id only: recipient addresses and links stay out of them. A mail about a candidate
 * is linked to them, so retention and erasure find the stored copy.
 */
export async function sendMail(
  db: Db,
  to: string,
  content: MailContent,
  about: MailAbout = {},
): Promise<{ id: string; delivered: boolean }> {
  const transport = smtpTransport();
  const message = await db.emailMessage.create({
    data: {
      to,
      ...redacted(content),
      transport: transport ? "smtp" : "outbox",
      candidateId: about.candidateId ?? null,
    },
  });
  if (!transport) {
    logger.info({ mailId: message.id }, "mail stored in outbox (SMTP_URL not set)");
    return { id: message.id, delivered: false };
  }
  try {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to,
      subject: content.subject,
      text: content.text,
      html: content.html,
    });
    await db.emailMessage.update({ where: { id: message.id }, data: { sentAt: new Date() } });
    logger.info({ mailId: message.id }, "mail sent");
    return { id: message.id, delivered: true };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await db.emailMessage.update({ where: { id: message.id }, data: { error } });
    logger.error({ mailId: message.id, error }, "mail failed");
    return { id: message.id, delivered: false };
  }
}

export function listOutbox(db: Db, { take }: { take: number }) {
  return db.emailMessage.findMany({ orderBy: { createdAt: "desc" }, take });
}
