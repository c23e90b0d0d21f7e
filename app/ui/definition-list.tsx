import type { ReactNode } from "react";

export type Definition = {
  term: ReactNode;
  /** Empty values show a dash, so a missing fact is visibly missing */
  details: ReactNode;
  /** Keeps line breaks of free text */
  multiline?: boolean;
};

/** The one definition list: facts about a record as term and value pairs. */
export function DefinitionList({
  items,
  layout = "stacked",
}: {
  items: readonly Definition[];
  layout?: "stacked" | "columns";
}) {
  const present = (d: ReactNode) => (d === null || d === undefined || d === "" ? "–" : d);
  return (
    <dl className={layout === "columns" ? "grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1" : "mt-2"}>
      {items.map((item, i) => (
        <div key={i} className={layout === "columns" ? "contents" : "mb-3"}>
          <dt className="font-semibold">{item.term}</dt>
          <dd className={item.multiline ? "whitespace-pre-line" : undefined}>{present(item.details)}</dd>
        </div>
      ))}
    </dl>
  );
}
