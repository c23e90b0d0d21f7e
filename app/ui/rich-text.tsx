/**
 * Opening descriptions: blank lines separate paragraphs, lines starting with "- " form lists.
 * Rendered as React text nodes, so nothing an author types becomes markup.
 */
export function RichText({ text }: { text: string }) {
  const blocks = text.replace(/\r\n/g, "\n").split(/\n{2,}/);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split("\n").filter((l) => l.trim());
        if (lines.length && lines.every((l) => l.trimStart().startsWith("- "))) {
          return (
            <ul key={i} className="mb-4 list-disc pl-6">
              {lines.map((l, j) => (
                <li key={j}>{l.trimStart().slice(2)}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i} className="mb-4 whitespace-pre-line">
            {block}
          </p>
        );
      })}
    </>
  );
}
