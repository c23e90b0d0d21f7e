import type { NextFunction, Request, Response } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for cookie-authenticated forms: every state-changing request must come from our
 * own origin. Browsers send Origin on every cross-site POST, so comparing it with the host we
 * serve (or APP_ORIGIN behind a proxy) blocks forged submissions without tokens in the forms,
 * which keeps forms working without JavaScript.
 */
export function isSameOrigin(method: string, headers: { origin?: string; referer?: string; host?: string }, appOrigin?: string, protocol = "http"): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const claimed = headers.origin ?? (headers.referer ? safeOrigin(headers.referer) : undefined);
  if (!claimed || claimed === "null") return false;
  const allowed = new Set<string>();
  if (appOrigin) allowed.add(new URL(appOrigin).origin);
  if (headers.host) allowed.add(`${protocol}://${headers.host}`);
  return allowed.has(claimed);
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function originCheck(req: Request, res: Response, next: NextFunction): void {
  const ok = isSameOrigin(
    req.method,
    { origin: req.get("origin"), referer: req.get("referer"), host: req.get("host") },
    process.env.APP_ORIGIN,
    req.protocol,
  );
  if (ok) return next();
  res.status(403).type("text/plain; charset=utf-8").send("Forespørselen kom fra et annet nettsted og ble avvist. / Cross-site request refused.");
}
