import { describe, expect, it } from "vitest";
import { atomFeed } from "./atom";

describe("Atom feed", () => {
  it("escapes text and links every entry", () => {
    const feed = atomFeed(
      [
        {
          id: "o1",
          title: "Kokk & <kantine>",
          summary: 'Si "hei"',
          employer: "Fjordkafé AS",
          publishedAt: new Date("2026-11-01T10:00:00Z"),
          updatedAt: new Date("2026-11-02T10:00:00Z"),
          categories: [{ term: "APPRENTICESHIP", label: "Lærling" }],
        },
      ],
      "https://arbeidsbro.no",
    );
    expect(feed).toContain("<title>Kokk &amp; &lt;kantine&gt;</title>");
    expect(feed).toContain('href="https://arbeidsbro.no/muligheter/o1"');
    expect(feed).toContain("<updated>2026-11-02T10:00:00.000Z</updated>");
    expect(feed).not.toContain("<kantine>");
    expect(feed).toContain('<category term="APPRENTICESHIP" label="Lærling"/>');
  });
});
