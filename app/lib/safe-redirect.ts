const BASE = "http://arbeidsbro.invalid";

/**
 * A redirect target from user input, as a same-site path, or the fallback. The value is resolved
 * the way a browser resolves a Location header (so "//evil.example", "/\evil.example" and
 * "/\t/evil.example", which browsers read as other hosts, are caught), must stay on our origin,
 * and may contain no control characters or backslashes anywhere. What is returned is the
 * normalised path, query and fragment, never the raw input.
 */
export function safeRedirectPath(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
