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
