/** An Atom 1.0 feed of newly published openings (RFC 4287). */
const xml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);

export type FeedEntry = {
  id: string;
  title: string;
  summary: string;
  employer: string;
  publishedAt: Date;
  updatedAt: Date;
  /** The kind, and for apprenticeships the trade: readers filter on them (RFC 4287 atom:category) */
  categories?: { term: string; label: string }[];
};

export function atomFeed(entries: FeedEntry[], origin: string): string {
  const updated = (entries[0]?.updatedAt ?? new Date(0)).toISOString();
  const items = entries
    .map(
      (e) => `  <entry>
    <id>${xml(`${origin}/muligheter/${e.id}`)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(`${origin}/muligheter/${e.id}`)}"/>
    <published>${e.publishedAt.toISOString()}</published>
    <updated>${e.updatedAt.toISOString()}</updated>
    <author><name>${xml(e.employer)}</name></author>
${(e.categories ?? []).map((c) => `    <category term="${xml(c.term)}" label="${xml(c.label)}"/>\n`).join("")}    <summary>${xml(e.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <id>${xml(`${origin}/muligheter/feed.atom`)}</id>
  <title>Arbeidsbro – nye stillinger og oppdrag</title>
  <link rel="self" type="application/atom+xml" href="${xml(`${origin}/muligheter/feed.atom`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${origin}/muligheter`)}"/>
  <updated>${updated}</updated>
${items}
</feed>
`;
}
