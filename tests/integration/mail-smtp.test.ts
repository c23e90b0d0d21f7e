import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "~/lib/env.server";
import { resetMailTransport, sendMail } from "~/lib/mail.server";
import { invitationMail, passwordResetMail } from "~/lib/mail-templates.server";
import { createTestDb, type TestDb } from "../support/test-db";

/** A real SMTP server on localhost receives what nodemailer sends. */
describe("mail over SMTP", () => {
  let t: TestDb;
  let server: SMTPServer;
  const received: { to: string[]; mail: ParsedMail }[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData(stream, session, done) {
        simpleParser(stream).then(
          (mail) => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
            done();
          },
          (err: unknown) => done(err instanceof Error ? err : new Error(String(err))),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as AddressInfo;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetEnvCache();
    resetMailTransport();
  });

  afterAll(async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    resetMailTransport();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });

  it("delivers an invitation with its link and records it as sent", async () => {
    const link = "http://localhost:3000/invitasjon?token=abc";
    const result = await sendMail(t.db, "ny@firma.no", invitationMail("nb", { organizationName: "Fjordkafé AS", inviterName: "Sigrid", link }));
    expect(result.delivered).toBe(true);
    const got = received.find((r) => r.to.includes("ny@firma.no"));
    expect(got?.mail.subject).toBe("Invitasjon til Fjordkafé AS på Arbeidsbro");
    expect(got?.mail.text).toContain(link);
    expect(got?.mail.html).toContain(`href="${link}"`);
    const row = await t.db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.transport).toBe("smtp");
    expect(row.sentAt).not.toBeNull();
  });

  it("delivers a password reset in English", async () => {
    await sendMail(t.db, "glemsk@firma.no", passwordResetMail("en", { link: "http://localhost:3000/nytt-passord?token=xyz" }));
    const got = received.find((r) => r.to.includes("glemsk@firma.no"));
    expect(got?.mail.subject).toBe("Reset your Arbeidsbro password");
    expect(got?.mail.text).toContain("nytt-passord?token=xyz");
  });

  it("keeps a message with its error when the SMTP server is gone", async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    resetMailTransport();
    const result = await sendMail(t.db, "borte@firma.no", passwordResetMail("nb", { link: "http://x" }));
    expect(result.delivered).toBe(false);
    const row = await t.db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.error).toMatch(/ECONNREFUSED|connect/);
    expect(row.sentAt).toBeNull();
  });
});

describe("mail templates", () => {
  it("escape HTML in names", () => {
    const m = invitationMail("en", { organizationName: "<script>x</script> AS", inviterName: "A & B", link: "http://x" });
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&#60;script&#62;");
  });
});
