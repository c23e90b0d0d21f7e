import Stripe from "stripe";
import { refuse } from "~/domain/result";
import { env } from "~/lib/env.server";
import { logger } from "~/lib/logger.server";

/**
 * One Stripe client, the official SDK. With STRIPE_API_BASE it talks to the local test double
 * (scripts/stripe-double), which implements only the endpoints this product uses; without it,
 * to Stripe itself with whatever keys the environment holds.
 */
let client: Stripe | undefined;
let clientFor = "";

export function stripe(): Stripe {
  const { STRIPE_SECRET_KEY, STRIPE_API_BASE } = env();
  const key = `${STRIPE_SECRET_KEY}|${STRIPE_API_BASE ?? ""}`;
  if (!client || clientFor !== key) {
    const base = STRIPE_API_BASE ? new URL(STRIPE_API_BASE) : null;
    client = new Stripe(STRIPE_SECRET_KEY, {
      // The version the SDK's types describe; the webhook endpoint must be set to the same one.
      apiVersion: Stripe.API_VERSION,
      maxNetworkRetries: 2,
      ...(base
        ? {
            host: base.hostname,
            port: base.port || (base.protocol === "https:" ? 443 : 80),
            protocol: base.protocol === "https:" ? "https" : "http",
          }
        : {}),
    });
    clientFor = key;
  }
  return client;
}

/** The demo and the tests run against the double: the pages say so ("test payments"). */
export function usingTestDouble(): boolean {
  return Boolean(env().STRIPE_API_BASE);
}

/** A Stripe call that failed: the page shows `message` (Stripe's own text) and nothing has changed. */
export const stripeRefusal = (message: string) => refuse("stripeFailed", { detail: { message } });
export type StripeFailure = ReturnType<typeof stripeRefusal>;

/**
 * Turns an error from the SDK (an error answer from Stripe, or no answer at all) into a refusal
 * the page shows instead of a 500, and logs it with Stripe's request id and the ids given in
 * `context` (never personal data). Anything else is a bug of ours and is thrown on.
 */
export function stripeFailure(err: unknown, context: Record<string, string>): StripeFailure {
  if (!(err instanceof Stripe.errors.StripeError)) throw err;
  logger.warn(
    { ...context, stripeType: err.type, stripeCode: err.code, statusCode: err.statusCode, requestId: err.requestId },
    "stripe call failed",
  );
  return stripeRefusal(err.message);
}
