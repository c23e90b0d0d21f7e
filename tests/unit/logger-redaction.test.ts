import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { redactOptions } from "~/lib/logger.server";

describe("log redaction", () => {
  it("never writes names, e-mail addresses, phone numbers, passwords or tokens", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pino({ redact: redactOptions }, sink);
    log.info(
      {
        email: "kari@example.no",
        name: "Kari Nordmann",
        user: { email: "ola@example.no", phone: "+47 99 99 99 99", password: "hemmelig" },
        token: "abc123",
        userId: "u1",
      },
      "event",
    );
    const out = lines.join("");
    for (const secret of ["kari@example.no", "Kari Nordmann", "ola@example.no", "99 99 99", "hemmelig", "abc123"])
      expect(out).not.toContain(secret);
    expect(out).toContain('"userId":"u1"');
  });
});
