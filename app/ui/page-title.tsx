/** React 19 hoists <title> into <head>; every page names itself first, then the product. */
export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} – Arbeidsbro`}</title>;
}
