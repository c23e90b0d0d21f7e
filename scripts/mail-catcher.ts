import http from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server that keeps what it receives, with a small web inbox: the demo and the
 * end-to-end tests send mail to it over SMTP exactly as production sends to its mail provider, so
 * a person (or a test) can read invitations and reset links without the app ever storing or
 * showing a live link itself. Not part of the production app.
 *
 *   GET /              the inbox as a page (newest first)
 *   GET /messages      every message as JSON (tests poll this)
 *   GET /messages/:n   one message as a page, links clickable
 */
export type CapturedMail = { to: string[]; subject: string; text: string; html: string; receivedAt: string };

export type MailCatcher = { smtpUrl: string; inboxUrl: string; messages: CapturedMail[]; close: () => Promise<void> };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const linkify = (s: string) => escape(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}a{color:#0b4f8a}li{margin:.5rem 0}pre{white-space:pre-wrap;background:#f3f4f6;padding:1rem;border-radius:4px}</style>
</head><body><main>${body}</main></body></html>`;
}

export async function startMailCatcher(options: {
  smtpPort: number;
  httpPort: number;
  host?: string;
}): Promise<MailCatcher> {
  const host = options.host ?? "127.0.0.1";
  const messages: CapturedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((err: unknown) => callback(err instanceof Error ? err : new Error(String(err))));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(options.smtpPort, host, resolve));

  const web = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://catcher").pathname;
    if (path === "/messages") {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify(messages));
      return;
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    const one = /^\/messages\/(\d+)$/.exec(path);
    if (one) {
      const m = messages[Number(one[1])];
      if (!m) {
        res.statusCode = 404;
        res.end(
          page("Finnes ikke / Not found", `<h1>Finnes ikke / Not found</h1><p><a href="/">Innboks / Inbox</a></p>`),
        );
        return;
      }
      res.end(
        page(
          m.subject,
          `<p><a href="/">← Innboks / Inbox</a></p><h1>${escape(m.subject)}</h1><p>Til / To: ${escape(m.to.join(", "))}<br>Mottatt / Received: ${escape(m.receivedAt)}</p><pre>${linkify(m.text)}</pre>`,
        ),
      );
      return;
    }
    const list = messages
      .map((m, i) => ({ m, i }))
      .reverse()
      .map(
        ({ m, i }) =>
          `<li><a href="/messages/${i}">${escape(m.subject)}</a> – ${escape(m.to.join(", "))} <small>(${escape(m.receivedAt)})</small></li>`,
      )
      .join("");
    res.end(
      page(
        "Demo-innboks / Demo inbox",
        `<h1>Demo-innboks / Demo inbox</h1><p>E-post Arbeidsbro har sendt i demoen. Ingenting går ut av maskinen. / Mail Arbeidsbro sent in the demo; nothing leaves this machine.</p>${
          list ? `<ul>${list}</ul>` : "<p>Ingen e-post ennå. / No mail yet.</p>"
        }`,
      ),
    );
  });
  await new Promise<void>((resolve) => web.listen(options.httpPort, host, resolve));

  // Port 0 asks the system for a free port (tests); the URLs name the ports actually used.
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (web.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    inboxUrl: `http://localhost:${httpPort}/`,
    messages,
    close: async () => {
      await new Promise<void>((resolve) => web.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}

// `tsx scripts/mail-catcher.ts`: the demo's mail catcher on MAIL_CATCHER_SMTP_PORT / MAIL_CATCHER_HTTP_PORT.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const catcher = await startMailCatcher({
    smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025),
    httpPort: Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 1080),
  });
  console.log(`Mail catcher: SMTP ${catcher.smtpUrl}, inbox ${catcher.inboxUrl}`);
  const stop = () => void catcher.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
