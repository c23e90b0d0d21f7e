/** A search's state as the URL holds it: one value, or a list for a repeated key (facets). */
export type SearchState = Record<string, string | number | readonly string[]>;

/**
 * The link to a search page with the given state: values at their default are left out, so a
 * link carries only what the visitor chose (shareable, and the back button works).
 */
export function searchHref(base: string, state: SearchState, defaults: Record<string, string | number>): string {
  const sp = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (Array.isArray(value)) for (const v of value) sp.append(key, v);
    else if (value !== defaults[key]) sp.set(key, String(value));
  }
  const qs = sp.toString();
  return qs ? `${base}?${qs}` : base;
}
