import { startMailCatcher, type CapturedMail, type MailCatcher } from "../../scripts/mail-catcher";
import { resetEnvCache } from "~/lib/env.server";
import { resetMailTransport } from "~/lib/mail.server";

/**
 * A real SMTP server for an integration test file: the app sends to it over SMTP (SMTP_URL), and
 * the test reads what arrived, as a person reads their mailbox. Tokens only ever exist there.
 */
export async function useMailCatcher(): Promise<
  MailCatcher & { latest: (to: string, subjectIncludes?: string) => Promise<CapturedMail>; stop: () => Promise<void> }
> {
  const catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  process.env.SMTP_URL = catcher.smtpUrl;
  resetEnvCache();
  resetMailTransport();
  const latest = async (to: string, subjectIncludes?: string) => {
    for (let i = 0; i < 100; i++) {
      const hit = [...catcher.messages]
        .reverse()
        .find((m) => m.to.includes(to.toLowerCase()) && (!subjectIncludes || m.subject.includes(subjectIncludes)));
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no mail to ${to}`);
  };
  return {
    ...catcher,
    latest,
    stop: async () => {
      delete process.env.SMTP_URL;
      resetEnvCache();
      resetMailTransport();
      await catcher.close();
    },
  };
}

/** The link in a mail that contains `path`. */
export function linkIn(mail: CapturedMail, path: string): string {
  const link = (mail.text.match(/https?:\/\/\S+/g) ?? []).find((l) => l.includes(path));
  if (!link) throw new Error(`no ${path} link in "${mail.subject}"`);
  return link;
}
