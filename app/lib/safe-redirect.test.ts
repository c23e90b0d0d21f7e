import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/organisasjon", "/organisasjon"],
    ["/muligheter?q=renhold", "/muligheter?q=renhold"],
    ["/muligheter?q=r%C3%B8r#treff", "/muligheter?q=r%C3%B8r#treff"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    // What browsers read as another host once tabs and newlines are removed from the URL.
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/./\t/evil.example", "/"],
    ["/a/../\\/evil.example", "/"],
    ["/\u0000", "/"],
    ["", "/"],
    [null, "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it("a browser following the answer always stays on our origin", () => {
    for (const input of [
      "/\t/evil.example",
      "/%2F%2Fevil.example",
      "/.//evil.example",
      "/%5Cevil.example",
      "/\u2028/evil.example",
    ]) {
      const target = safeRedirectPath(input);
      expect(new URL(target, "https://arbeidsbro.no").origin, input).toBe("https://arbeidsbro.no");
    }
  });
});
