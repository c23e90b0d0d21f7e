import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseSubmission } from "./form-reply.server";

describe("parseSubmission", () => {
  it("removes control characters (PostgreSQL refuses NUL in text) and keeps tabs and line breaks", () => {
    const form = new FormData();
    form.append("title", "Vask\u0000 av\u0007 kontor");
    form.append("text", "linje 1\nlinje\t2");
    const submission = parseSubmission(form, { schema: z.object({ title: z.string(), text: z.string() }) });
    expect(submission.status).toBe("success");
    if (submission.status === "success")
      expect(submission.value).toEqual({ title: "Vask av kontor", text: "linje 1\nlinje\t2" });
  });
});
