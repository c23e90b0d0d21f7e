import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendMail } from "~/lib/mail.server";
import { invitationMail, passwordResetMail } from "~/lib/mail-templates.server";
import { useMailCatcher } from "../support/mail";
import { createTestDb, type TestDb } from "../support/test-db";

/** A real SMTP server on localhost (the demo's mail catcher) receives what nodemailer sends. */
describe("mail over SMTP", () => {
  let t: TestDb;
  let mail: Awaited<ReturnType<typeof useMailCatcher>>;

  beforeAll(async () => {
    t = await createTestDb();
    mail = await useMailCatcher();
  });

  afterAll(async () => {
    await mail.stop().catch(() => undefined);
    await t.close();
  });

  it("delivers an invitation with its link, and stores it as sent without the link's token", async () => {
    const link = "http://localhost:3000/invitasjon?token=abc123secret";
    const result = await sendMail(
      t.db,
      "ny@firma.no",
      invitationMail("nb", { organizationName: "Fjordkafé AS", inviterName: "Sigrid", link, token: "abc123secret" }),
    );
    expect(result.delivered).toBe(true);
    const got = await mail.latest("ny@firma.no");
    expect(got.subject).toBe("Invitasjon til Fjordkafé AS på Arbeidsbro");
    expect(got.text).toContain(link);
    expect(got.html).toContain(`href="${link}"`);
    const row = await t.db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.transport).toBe("smtp");
    expect(row.sentAt).not.toBeNull();
    expect(`${row.text}${row.html ?? ""}`).not.toContain("abc123secret");
    expect(row.text).toContain("http://localhost:3000/invitasjon?token=[fjernet]");
  });

  it("delivers a password reset in English", async () => {
    await sendMail(
      t.db,
      "glemsk@firma.no",
      passwordResetMail("en", { link: "http://localhost:3000/nytt-passord?token=xyz987", token: "xyz987" }),
    );
    const got = await mail.latest("glemsk@firma.no");
    expect(got.subject).toBe("Reset your Arbeidsbro password");
    expect(got.text).toContain("nytt-passord?token=xyz987");
  });

  it("keeps a message with its error when the SMTP server is gone", async () => {
    await mail.close();
    const result = await sendMail(
      t.db,
      "borte@firma.no",
      passwordResetMail("nb", { link: "http://x/?token=gone", token: "gone" }),
    );
    expect(result.delivered).toBe(false);
    const row = await t.db.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.error).toMatch(/ECONNREFUSED|connect/);
    expect(row.sentAt).toBeNull();
  });
});

describe("mail templates", () => {
  it("escape HTML in names", () => {
    const m = invitationMail("en", {
      organizationName: "<script>x</script> AS",
      inviterName: "A & B",
      link: "http://x",
      token: "t",
    });
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&#60;script&#62;");
  });
});
