import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "~/lib/logger.server";
import { LocalSmsDouble, sentSms, smsSender, useSmsSender } from "~/lib/sms/sms.server";

afterEach(() => vi.restoreAllMocks());

describe("the SMS port's local double", () => {
  it("keeps the message for the recipient and logs neither the number nor the link", async () => {
    const double = new LocalSmsDouble();
    useSmsSender(double);
    const info = vi.spyOn(logger, "info");
    const { id } = await smsSender().send("90000042", "Lenken: http://localhost/min-side/inn?token=hemmelig-token");
    expect(sentSms("90000042").map((m) => m.id)).toEqual([id]);
    expect(sentSms("90000043")).toEqual([]);
    const logged = JSON.stringify(info.mock.calls);
    expect(logged).toContain(id);
    for (const secret of ["90000042", "hemmelig-token", "min-side"]) expect(logged).not.toContain(secret);
  });

  it("holds at most 500 messages", async () => {
    const double = new LocalSmsDouble();
    for (let i = 0; i < 510; i++) await double.send("1", `m${i}`);
    expect(double.messages).toHaveLength(500);
    expect(double.messages[0]?.text).toBe("m10");
  });
});
