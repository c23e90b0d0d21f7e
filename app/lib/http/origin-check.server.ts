import type { NextFunction, Request, Response } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for cookie-authenticated forms: every state-changing request must come from the
 * app's public origin (APP_ORIGIN). Browsers send Origin on every cross-site POST, so comparing
 * it with that one configured origin blocks forged submissions without tokens in the forms, which
 * keeps forms working without JavaScript. Nothing the client sends (Host, X-Forwarded-Host)
 * widens what is accepted.
 */
export function isSameOrigin(
  method: string,
  headers: { origin?: string; referer?: string },
  appOrigin: string,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const claimed = headers.origin ?? (headers.referer ? safeOrigin(headers.referer) : undefined);
  if (!claimed || claimed === "null") return false;
  return claimed === new URL(appOrigin).origin;
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Express middleware; `exempt` paths authenticate otherwise (Stripe's webhook signature). */
export function originCheck(appOrigin: string, exempt: readonly string[] = []) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (
      exempt.includes(req.path) ||
      isSameOrigin(req.method, { origin: req.get("origin"), referer: req.get("referer") }, appOrigin)
    )
      return next();
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send("Forespørselen kom fra et annet nettsted og ble avvist. / Cross-site request refused.");
  };
}

/**
 * Makes every request look as if it came to the public origin: the Host header becomes
 * APP_ORIGIN's host, X-Forwarded-Host is dropped and the protocol is APP_ORIGIN's. React Router
 * builds `request.url` from these, so whatever a client puts in those headers cannot reach a
 * link, a redirect or a cached page, and React Router's own Origin check compares with the same
 * origin as ours.
 */
export function canonicalOrigin(appOrigin: string) {
  const origin = new URL(appOrigin);
  const protocol = origin.protocol.replace(/:$/, "");
  return (req: Request, _res: Response, next: NextFunction): void => {
    req.headers.host = origin.host;
    delete req.headers["x-forwarded-host"];
    Object.defineProperty(req, "protocol", { value: protocol, configurable: true });
    next();
  };
}
