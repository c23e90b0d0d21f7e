import type Stripe from "stripe";
import type { Actor } from "~/auth/actor";
import { ok, type Result } from "~/domain/result";
import type { ProcurementRefusal } from "~/i18n/procurement.nb";
import type { Db } from "~/lib/db.server";
import { stripe, stripeFailure } from "./stripe.server";

/**
 * A company connects (or finishes connecting) its Stripe account: returns an onboarding link, or
 * Stripe's failure for the page to show. The account row is stored once Stripe has created the
 * account, so a link that then fails is asked for again on the next try with the same account.
 */
export async function connectStripe(
  db: Db,
  company: Actor,
  origin: string,
): Promise<Result<{ url: string }, ProcurementRefusal>> {
  try {
    let account = await db.stripeAccount.findUnique({ where: { organizationId: company.organizationId } });
    if (!account) {
      const created = await stripe().accounts.create({
        type: "express",
        country: "NO",
        metadata: { organizationId: company.organizationId },
      });
      account = await db.stripeAccount.create({
        data: {
          organizationId: company.organizationId,
          stripeAccountId: created.id,
          chargesEnabled: created.charges_enabled,
          payoutsEnabled: created.payouts_enabled,
          detailsSubmitted: created.details_submitted,
        },
      });
    }
    const link = await stripe().accountLinks.create({
      account: account.stripeAccountId,
      type: "account_onboarding",
      refresh_url: `${origin}/organisasjon/leverandor`,
      return_url: `${origin}/organisasjon/leverandor?melding=stripe`,
    });
    return ok({ url: link.url });
  } catch (err) {
    return stripeFailure(err, { organizationId: company.organizationId, call: "connect" });
  }
}

/** Copies an account as the API returns it now (account.updated only says that something changed). */
export async function applyAccount(db: Db, account: Stripe.Account): Promise<boolean> {
  const updated = await db.stripeAccount.updateMany({
    where: { stripeAccountId: account.id },
    data: {
      chargesEnabled: account.charges_enabled,
      payoutsEnabled: account.payouts_enabled,
      detailsSubmitted: account.details_submitted,
    },
  });
  return updated.count > 0;
}
