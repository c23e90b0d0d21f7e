import type Stripe from "stripe";
import type { Db } from "~/lib/db.server";
import { stripe } from "./stripe.server";

export type Actor = { userId: string; organizationId: string };

/** A company connects (or finishes connecting) its Stripe account: returns an onboarding link. */
export async function connectStripe(db: Db, company: Actor, origin: string): Promise<string> {
  let account = await db.stripeAccount.findUnique({ where: { organizationId: company.organizationId } });
  if (!account) {
    const created = await stripe().accounts.create({ type: "express", country: "NO", metadata: { organizationId: company.organizationId } });
    account = await db.stripeAccount.create({ data: { organizationId: company.organizationId, stripeAccountId: created.id, chargesEnabled: created.charges_enabled, payoutsEnabled: created.payouts_enabled, detailsSubmitted: created.details_submitted } });
  }
  const link = await stripe().accountLinks.create({ account: account.stripeAccountId, type: "account_onboarding", refresh_url: `${origin}/organisasjon/leverandor`, return_url: `${origin}/organisasjon/leverandor?melding=stripe` });
  return link.url;
}

/** The company's own connection state for its supplier page; null before it has connected. */
export function stripeAccountStatus(db: Db, company: Actor) {
  return db.stripeAccount.findUnique({ where: { organizationId: company.organizationId }, select: { stripeAccountId: true, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, updatedAt: true } });
}

/** Copies an account as the API returns it now (account.updated only says that something changed). */
export async function applyAccount(db: Db, account: Stripe.Account): Promise<boolean> {
  const updated = await db.stripeAccount.updateMany({ where: { stripeAccountId: account.id }, data: { chargesEnabled: account.charges_enabled, payoutsEnabled: account.payouts_enabled, detailsSubmitted: account.details_submitted } });
  return updated.count > 0;
}
