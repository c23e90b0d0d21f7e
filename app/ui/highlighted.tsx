import type { Highlight } from "#search/port";

/** Search highlights as <mark>, built from text parts (never from engine markup). */
export function Highlighted({ parts, fallback }: { parts: Highlight | undefined; fallback: string }) {
  if (!parts?.length) return <>{fallback}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.match ? (
          <mark key={i} className="bg-yellow-200 text-inherit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The words an engine marked in one text (say, an indexed field that holds both languages)
 * marked again in another (the reader's language only): the page shows its own words, and
 * still shows what matched.
 */
export function highlightTerms(text: string, marked: Highlight | undefined): Highlight {
  const terms = [...new Set((marked ?? []).filter((p) => p.match).map((p) => p.text.trim().toLowerCase()))].filter(
    Boolean,
  );
  if (!terms.length) return [{ text, match: false }];
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu");
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, match: terms.includes(part.toLowerCase()) }));
}
