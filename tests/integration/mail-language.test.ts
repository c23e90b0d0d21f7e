import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPasswordReset } from "~/auth/password-reset.server";
import { mailMembers, notifyOrganization, setPreferredLocale } from "~/domain/notifications/notifications.server";
import { procurementNoticeMail } from "~/lib/mail-templates.server";
import { useMailCatcher } from "../support/mail";
import { makeMember, makeOrganization } from "../support/members";
import { createTestDb, type TestDb } from "../support/test-db";

/** Mail is written in the recipient's language (their last choice in the app), whoever triggers it. */
describe("mail in the recipient's language", () => {
  let t: TestDb;
  let mail: Awaited<ReturnType<typeof useMailCatcher>>;
  let orgId = "";

  beforeAll(async () => {
    t = await createTestDb();
    mail = await useMailCatcher();
    orgId = (await makeOrganization(t.db, 61, { kind: "EMPLOYER", name: "Språk AS" })).id;
    await makeMember(t.db, orgId, { email: "norsk@sprak.no" });
    const english = await makeMember(t.db, orgId, { email: "english@sprak.no", role: "MEMBER" });
    await setPreferredLocale(t.db, english.userId, "en");
  });
  afterAll(async () => {
    await mail.stop();
    await t.close();
  });

  it("a proposal notice reaches each member in their own language", async () => {
    await notifyOrganization(
      t.db,
      orgId,
      { kind: "new", code: "K-12345", opening: "Kokk", path: "/forslag/x" },
      "http://localhost:3000",
    );
    expect((await mail.latest("norsk@sprak.no")).subject).toBe("Arbeidsbro: Kandidat K-12345 er foreslått til «Kokk».");
    expect((await mail.latest("english@sprak.no")).subject).toBe(
      "Arbeidsbro: Candidate K-12345 is proposed for “Kokk”.",
    );
  });

  it("procurement notices too", async () => {
    await mailMembers(t.db, orgId, (locale) =>
      procurementNoticeMail(locale, { kind: "paid", task: "Vask", link: "http://x" }),
    );
    expect((await mail.latest("english@sprak.no", "paid")).text).toContain("The order “Vask” is paid.");
    expect((await mail.latest("norsk@sprak.no", "betalt")).text).toContain("Bestillingen «Vask» er betalt.");
  });

  it("a password reset is written in the account owner's language, not the asker's", async () => {
    await requestPasswordReset(t.db, { email: "english@sprak.no", ip: "10.4.4.4", locale: "nb" });
    expect((await mail.latest("english@sprak.no", "password")).subject).toBe("Reset your Arbeidsbro password");
  });
});
