import { expect } from "@playwright/test";

export type CapturedMail = { to: string[]; subject: string; text: string; html: string; links: string[] };

const api = `http://127.0.0.1:${process.env.E2E_MAIL_API_PORT ?? 3126}/messages`;

/** Waits until the SMTP capture server (scripts/e2e-server.ts) has received a matching message. */
export async function waitForMail(match: { to: string; subjectIncludes?: string }): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        const all = (await (await fetch(api)).json()) as Omit<CapturedMail, "links">[];
        const hit = all
          .reverse()
          .find(
            (m) =>
              m.to.includes(match.to.toLowerCase()) &&
              (!match.subjectIncludes || m.subject.includes(match.subjectIncludes)),
          );
        found = hit ? { ...hit, links: hit.text.match(/https?:\/\/\S+/g) ?? [] } : undefined;
        return Boolean(found);
      },
      { timeout: 15_000, message: `mail to ${match.to}` },
    )
    .toBe(true);
  if (!found) throw new Error("unreachable");
  return found;
}
