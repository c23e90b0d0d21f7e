import { useId, type ReactNode } from "react";
import { PageTitle } from "./page-title";

/** A page's frame: document title, the one h1, and a section named by it for screen readers. */
export function Page({
  title,
  intro,
  width = "wide",
  children,
}: {
  title: string;
  intro?: string;
  width?: "narrow" | "medium" | "wide";
  children?: ReactNode;
}) {
  const id = useId();
  const widths = { narrow: "max-w-lg", medium: "max-w-2xl", wide: "" } as const;
  return (
    <section aria-labelledby={id} className={widths[width]}>
      <PageTitle>{title}</PageTitle>
      <h1 id={id} className={`text-3xl font-bold ${intro ? "" : "mb-6"}`}>
        {title}
      </h1>
      {intro ? <p className="mb-6 mt-2">{intro}</p> : null}
      {children}
    </section>
  );
}
