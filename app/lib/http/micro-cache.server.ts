import { parse as parseCookies } from "cookie";
import type { NextFunction, Request, Response } from "express";
import { LRUCache } from "lru-cache";
import { createCookie } from "react-router";

/**
 * A few seconds of full-response caching for the public search pages, for anonymous visitors
 * only: the page is the same for everyone without a session, is asked for again and again, and
 * rendering 20 hits and their facets costs more than finding them.
 *
 * The key is the path with its query and the language. So that a cached page can never carry
 * anything else a request sent (a forged X-Forwarded-Host, a User-Agent, another cookie), the
 * request is stripped to exactly what the key holds before the app sees it: every header outside
 * KEPT_HEADERS is removed and the Cookie header is rebuilt from the language cookie alone. A
 * request with any cookie other than the language cookie is not anonymous (a session, or
 * something we do not know) and goes to the app untouched, uncached.
 */
export type MicroCacheOptions = {
  paths: string[];
  ttlMs: number;
  max?: number;
  /** The language cookie's name and the values the app accepts; anything else is the default language */
  languageCookie: { name: string; locales: readonly string[]; defaultLocale: string };
};

/** Headers the app may still see on a cacheable request: none of them changes the page. */
const KEPT_HEADERS = new Set(["host", "connection", "accept-encoding"]);
/** Response headers worked out again for each response (compression and CSP sit outside the cache). */
const NOT_STORED = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "vary",
  "content-security-policy",
  "x-micro-cache",
]);

type Stored = { headers: Record<string, string | string[]>; body: Buffer; nonce: string | undefined };

export function microCache(options: MicroCacheOptions) {
  const cache = new LRUCache<string, Stored>({ max: options.max ?? 500, ttl: options.ttlMs });
  // The same cookie codec as the app's language cookie (React Router's createCookie), so the key
  // holds the language the app will use, not the raw bytes a client sent.
  const languageCookie = createCookie(options.languageCookie.name);
  const cacheable = (path: string) =>
    options.paths.some((p) => path === p || path.startsWith(`${p}/`) || path === `${p}.data`);

  const localeOf = async (
    cookieHeader: string | undefined,
  ): Promise<{ locale: string; cookie: string | undefined } | null> => {
    const cookies = cookieHeader ? parseCookies(cookieHeader) : {};
    const names = Object.keys(cookies);
    if (names.some((n) => n !== options.languageCookie.name)) return null;
    const raw = cookies[options.languageCookie.name];
    if (raw === undefined) return { locale: options.languageCookie.defaultLocale, cookie: undefined };
    const value: unknown = await languageCookie.parse(`${options.languageCookie.name}=${raw}`);
    return typeof value === "string" && options.languageCookie.locales.includes(value)
      ? { locale: value, cookie: `${options.languageCookie.name}=${raw}` }
      : { locale: options.languageCookie.defaultLocale, cookie: undefined };
  };

  const middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== "GET" || !cacheable(req.path)) return next();
    localeOf(req.headers.cookie)
      .then((language) => {
        if (!language) return next();
        for (const name of Object.keys(req.headers)) if (!KEPT_HEADERS.has(name)) delete req.headers[name];
        if (language.cookie) req.headers.cookie = language.cookie;
        const key = `${req.originalUrl}|${language.locale}`;
        const nonce = typeof res.locals.cspNonce === "string" ? res.locals.cspNonce : undefined;
        const hit = cache.get(key);
        if (hit) return replay(res, hit, nonce);
        capture(res, (body) => {
          if (res.statusCode !== 200 || res.getHeader("set-cookie")) return;
          const headers: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(res.getHeaders())) {
            if (value !== undefined && !NOT_STORED.has(name))
              headers[name] = Array.isArray(value) ? value : String(value);
          }
          cache.set(key, { headers, body, nonce });
        });
        res.setHeader("X-Micro-Cache", "miss");
        next();
      })
      .catch(next);
  };
  return Object.assign(middleware, { clear: () => cache.clear() });
}

/** Sends a stored response; the page's script nonce is replaced by this response's own. */
function replay(res: Response, hit: Stored, nonce: string | undefined): void {
  res.status(200);
  for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
  res.setHeader("X-Micro-Cache", "hit");
  const body =
    hit.nonce && nonce && hit.nonce !== nonce
      ? Buffer.from(hit.body.toString("utf8").replaceAll(`nonce="${hit.nonce}"`, `nonce="${nonce}"`))
      : hit.body;
  res.end(body);
}

/** Collects what the app writes, and hands the whole body over when the response ends. */
function capture(res: Response, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  const keep = (chunk: unknown) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as Response["write"];
  res.end = ((...args: unknown[]) => {
    if (args.length && typeof args[0] !== "function") keep(args[0]);
    done(Buffer.concat(chunks));
    return end(...args);
  }) as Response["end"];
}
