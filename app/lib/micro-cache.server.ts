import type { NextFunction, Request, Response } from "express";
import { LRUCache } from "lru-cache";

/**
 * A few seconds of full-response caching for the public search pages, for anonymous visitors
 * only: the page is the same for everyone without a session, is asked for again and again, and
 * rendering 20 hits and their facets costs more than finding them. A response is kept only when
 * it is a 200 that sets no cookie; a request with a session cookie always goes to the app.
 */
export type MicroCacheOptions = { paths: string[]; ttlMs: number; max?: number; sessionCookie: string };

type Stored = { status: number; headers: Record<string, string | string[]>; body: Buffer };

function cookieValue(header: string | undefined, name: string): string | undefined {
  return header
    ?.split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

export function microCache(options: MicroCacheOptions) {
  const cache = new LRUCache<string, Stored>({ max: options.max ?? 500, ttl: options.ttlMs });
  const cacheable = (path: string) => options.paths.some((p) => path === p || path.startsWith(`${p}/`) || path === `${p}.data`);
  const middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== "GET" || !cacheable(req.path) || cookieValue(req.get("cookie"), options.sessionCookie) !== undefined) return next();
    // The language cookie changes the page; nothing else of an anonymous request does.
    const key = `${req.originalUrl}|${cookieValue(req.get("cookie"), "lng") ?? ""}|${req.get("accept")?.includes("text/html") ? "html" : "other"}`;
    const hit = cache.get(key);
    if (hit) {
      res.status(hit.status);
      for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
      res.setHeader("X-Micro-Cache", "hit");
      res.end(hit.body);
      return;
    }
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
      if (res.statusCode === 200 && !res.getHeader("set-cookie")) {
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(res.getHeaders())) {
          // Length and encoding are worked out again for each response (compression sits outside).
          if (value !== undefined && !["content-length", "content-encoding", "transfer-encoding", "vary"].includes(name)) headers[name] = Array.isArray(value) ? value : String(value);
        }
        cache.set(key, { status: 200, headers, body: Buffer.concat(chunks) });
      }
      return end(...args);
    }) as Response["end"];
    res.setHeader("X-Micro-Cache", "miss");
    next();
  };
  return Object.assign(middleware, { clear: () => cache.clear() });
}
