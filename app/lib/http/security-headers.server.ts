import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/** Where a plain form post may end up after a redirect: Stripe's hosted pages (Checkout, Connect onboarding, invoices). */
const STRIPE_HOSTED = ["https://checkout.stripe.com", "https://connect.stripe.com", "https://invoice.stripe.com"];

export type SecurityHeaderOptions = {
  appOrigin: string;
  /** The Stripe test double's origin when payments go there; its hosted pages are then form targets too */
  stripeApiBase?: string;
  /** Content-Security-Policy is sent only for the built app: Vite's dev server injects inline scripts of its own */
  contentSecurityPolicy: boolean;
};

export function contentSecurityPolicy(nonce: string, formTargets: readonly string[]): string {
  return [
    "default-src 'self'",
    // React Router's hydration and streaming scripts carry the nonce; nothing else inline runs.
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self' ${formTargets.join(" ")}`.trim(),
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Headers on every response. A fresh nonce per response is kept in res.locals.cspNonce, where the
 * React Router load context picks it up (entry.server renders it into every script tag).
 */
export function securityHeaders(options: SecurityHeaderOptions) {
  const https = new URL(options.appOrigin).protocol === "https:";
  const formTargets = [...STRIPE_HOSTED, ...(options.stripeApiBase ? [new URL(options.stripeApiBase).origin] : [])];
  return (_req: Request, res: Response, next: NextFunction): void => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader(
      "Permissions-Policy",
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    );
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    // Only an https origin may promise https for a year; decided by configuration, not by a header.
    if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (options.contentSecurityPolicy)
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, formTargets));
    next();
  };
}
