import { handleWebhook } from "~/domain/payments/webhooks.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/api-stripe-webhook";

/** Stripe's webhook: machine to machine, authenticated by its signature (not by the Origin check). */
export async function action({ request }: Route.ActionArgs) {
  const result = await handleWebhook(db(), await request.text(), request.headers.get("stripe-signature"));
  return new Response(result.body, { status: result.status, headers: { "Content-Type": "text/plain" } });
}

export function loader() {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}
