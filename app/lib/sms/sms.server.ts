import { randomUUID } from "node:crypto";
import { logger } from "~/lib/logger.server";

/**
 * The SMS port. No SMS gateway can be reached from the machines this is built on, so the only
 * adapter is the local double below; a real gateway (Link Mobility, Sveve, …) is a second adapter
 * behind the same interface. The text may hold a one-time link: an adapter must never log it.
 */
export type SmsMessage = { id: string; to: string; text: string; at: Date };

export interface SmsSender {
  readonly name: string;
  send(to: string, text: string): Promise<{ id: string }>;
}

/**
 * The local double: keeps what it was asked to send in memory (tests read it with sentSms) and
 * logs the message id only, so no phone number or link reaches the logs.
 */
export class LocalSmsDouble implements SmsSender {
  readonly name = "local-double";
  readonly messages: SmsMessage[] = [];

  send(to: string, text: string): Promise<{ id: string }> {
    const message = { id: randomUUID(), to, text, at: new Date() };
    this.messages.push(message);
    // A long-running demo must not grow without end.
    if (this.messages.length > 500) this.messages.shift();
    logger.info({ smsId: message.id }, "sms kept by the local double (no SMS gateway configured)");
    return Promise.resolve({ id: message.id });
  }
}

let sender: SmsSender = new LocalSmsDouble();

export function smsSender(): SmsSender {
  return sender;
}

/** For tests, and for the adapter of a real gateway when one is configured. */
export function useSmsSender(next: SmsSender): void {
  sender = next;
}

/** What the double holds for one number, oldest first (tests). */
export function sentSms(to: string): SmsMessage[] {
  return sender instanceof LocalSmsDouble ? sender.messages.filter((m) => m.to === to) : [];
}
