import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Stripe from "stripe";

/**
 * A local test double of the few Stripe endpoints Arbeidsbro uses, for tests and the demo (no
 * Stripe API is reachable from these machines). Requests come from the official SDK, form-encoded
 * as Stripe expects; responses carry the fields of Stripe's API reference that the product reads.
 * Pages under /__double/ stand in for Stripe's hosted onboarding and checkout; finishing them sends
 * the matching webhook event, signed with the SDK's own test-header helper. The same actions as
 * JSON control endpoints: POST /__double/complete-checkout/:session, /__double/pay-invoice/:invoice
 * and /__double/enable-payouts/:account (`?deliveries=n` sends the event n times).
 *
 * Failures on demand: POST /__double/fail?path=/v1/refunds&status=400&message=… makes every API
 * request whose path contains `path` (e.g. /send) answer that Stripe error (type from `type`, default
 * invalid_request_error) until POST /__double/fail/clear; `times=n` limits it to n answers.
 * With `stateFile` the objects survive a restart (the demo keeps the payments it seeded).
 */
export type DoubleOptions = {
  port: number;
  webhookUrl: string;
  webhookSecret: string;
  host?: string;
  stateFile?: string;
};

type Failure = { path: string; status: number; type: string; code?: string; message: string; remaining: number };

type Obj = Record<string, unknown> & { id: string };

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;
const now = () => Math.floor(Date.now() / 1000);
const signer = new Stripe("sk_test_signer");
const controls: Record<string, string> = {
  "complete-checkout": "checkout",
  "pay-invoice": "invoice",
  "enable-payouts": "onboard",
};

/** Form bodies as the SDK encodes them: `a[b][0][c]=1` → { a: { b: [ { c: "1" } ] } }. */
export function parseForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[");
    let node: Record<string, unknown> = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}

export function startStripeDouble(options: DoubleOptions) {
  const host = options.host ?? "127.0.0.1";
  const objects = new Map<string, Obj>();
  const sentEvents: Obj[] = [];
  const requests: { method: string; path: string }[] = [];
  const idempotent = new Map<string, unknown>();
  let failures: Failure[] = [];
  let base = "";
  if (options.stateFile && existsSync(options.stateFile)) {
    for (const o of JSON.parse(readFileSync(options.stateFile, "utf8")) as Obj[]) objects.set(o.id, o);
  }
  const save = () => {
    if (!options.stateFile) return;
    mkdirSync(path.dirname(options.stateFile), { recursive: true });
    // Written aside and renamed, so a crash mid-write never leaves half a file.
    writeFileSync(`${options.stateFile}.tmp`, JSON.stringify([...objects.values()]));
    renameSync(`${options.stateFile}.tmp`, options.stateFile);
  };

  async function sendEvent(type: string, object: Obj, times = 1): Promise<void> {
    const event: Obj = {
      id: id("evt"),
      object: "event",
      type,
      created: now(),
      livemode: false,
      api_version: Stripe.API_VERSION,
      data: { object },
    };
    sentEvents.push(event);
    const payload = JSON.stringify(event);
    for (let i = 0; i < times; i++) {
      const header = signer.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret });
      await fetch(options.webhookUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Stripe-Signature": header },
        body: payload,
      }).catch(() => undefined);
    }
  }

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "Content-Type": "application/json", "Request-Id": id("req") });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: http.ServerResponse, what: string) =>
    json(res, 404, { error: { type: "invalid_request_error", message: `No such ${what}` } });
  const page = (res: http.ServerResponse, title: string, body: string) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p><strong>Test payments:</strong> this is Arbeidsbro's local Stripe test double; no money moves.</p>${body}</main></body></html>`,
    );
  };

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", base);
        const form = parseForm(raw);
        const parts = url.pathname.split("/").filter(Boolean);
        if (parts[0] === "v1") requests.push({ method: req.method ?? "GET", path: url.pathname });
        res.on("finish", () => {
          if (req.method !== "GET") save();
        });
        if (req.method === "POST" && url.pathname === "/__double/fail/clear") {
          failures = [];
          return json(res, 200, { failures });
        }
        if (req.method === "POST" && url.pathname === "/__double/fail") {
          const q = url.searchParams;
          failures.push({
            path: q.get("path") ?? "/v1/",
            status: Number(q.get("status") ?? 400),
            type: q.get("type") ?? "invalid_request_error",
            code: q.get("code") ?? undefined,
            message: q.get("message") ?? "The test double was told to fail this request.",
            remaining: Number(q.get("times") ?? Infinity),
          });
          return json(res, 200, { failures });
        }
        const failure =
          parts[0] === "v1" ? failures.find((f) => f.remaining > 0 && url.pathname.includes(f.path)) : undefined;
        if (failure) {
          failure.remaining -= 1;
          return json(res, failure.status, {
            error: { type: failure.type, code: failure.code, message: failure.message },
          });
        }
        // Stripe answers a repeated Idempotency-Key with the first response instead of acting twice.
        const idempotencyKey = req.method === "POST" && parts[0] === "v1" ? req.headers["idempotency-key"] : undefined;
        if (typeof idempotencyKey === "string") {
          const earlier = idempotent.get(`${url.pathname}|${idempotencyKey}`);
          if (earlier) return json(res, 200, earlier);
          const write = res.end.bind(res);
          res.end = ((chunk?: unknown, ...rest: unknown[]) => {
            if (res.statusCode === 200 && typeof chunk === "string")
              idempotent.set(`${url.pathname}|${idempotencyKey}`, JSON.parse(chunk) as unknown);
            return (write as (...args: unknown[]) => http.ServerResponse)(chunk, ...rest);
          }) as typeof res.end;
        }
        // --- API endpoints (/v1) ---
        if (req.method === "POST" && url.pathname === "/v1/accounts") {
          const account: Obj = {
            id: id("acct"),
            object: "account",
            type: form.type ?? "express",
            country: form.country ?? "NO",
            charges_enabled: false,
            payouts_enabled: false,
            details_submitted: false,
            metadata: form.metadata ?? {},
          };
          objects.set(account.id, account);
          return json(res, 200, account);
        }
        if (req.method === "GET" && parts[0] === "v1" && parts[1] === "accounts" && parts[2]) {
          const account = objects.get(parts[2]);
          return account ? json(res, 200, account) : notFound(res, "account");
        }
        if (req.method === "POST" && url.pathname === "/v1/account_links") {
          const account = String(form.account);
          if (!objects.has(account)) return notFound(res, "account");
          return json(res, 200, {
            object: "account_link",
            created: now(),
            expires_at: now() + 300,
            url: `${base}/__double/onboard/${account}?return_url=${encodeURIComponent(String(form.return_url))}`,
          });
        }
        if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
          const lineItems = (form.line_items ?? {}) as Record<
            string,
            { price_data?: { unit_amount?: string }; quantity?: string }
          >;
          const amount = Object.values(lineItems).reduce(
            (s, li) => s + Number(li.price_data?.unit_amount ?? 0) * Number(li.quantity ?? 1),
            0,
          );
          const session: Obj = {
            id: id("cs_test"),
            object: "checkout.session",
            mode: form.mode ?? "payment",
            status: "open",
            payment_status: "unpaid",
            currency: form.currency ?? "nok",
            amount_total: amount,
            payment_intent: null,
            metadata: form.metadata ?? {},
            success_url: form.success_url,
            cancel_url: form.cancel_url,
            payment_intent_data: form.payment_intent_data ?? {},
          };
          session.url = `${base}/__double/checkout/${session.id}`;
          objects.set(session.id, session);
          return json(res, 200, session);
        }
        if (
          req.method === "GET" &&
          parts[0] === "v1" &&
          parts[1] === "checkout" &&
          parts[2] === "sessions" &&
          parts[3]
        ) {
          const session = objects.get(parts[3]);
          return session ? json(res, 200, session) : notFound(res, "checkout.session");
        }
        if (req.method === "POST" && url.pathname === "/v1/refunds") {
          const pi = String(form.payment_intent ?? "");
          const charge = [...objects.values()].find((o) => o.object === "charge" && o.payment_intent === pi);
          if (!charge) return notFound(res, "payment_intent");
          const refund: Obj = {
            id: id("re"),
            object: "refund",
            status: "succeeded",
            amount: charge.amount,
            payment_intent: pi,
            metadata: form.metadata ?? {},
          };
          objects.set(refund.id, refund);
          Object.assign(charge, { refunded: true, amount_refunded: charge.amount });
          json(res, 200, refund);
          return sendEvent("charge.refunded", charge);
        }
        if (req.method === "GET" && parts[0] === "v1" && parts[1] === "charges" && parts[2]) {
          const charge = objects.get(parts[2]);
          return charge?.object === "charge" ? json(res, 200, charge) : notFound(res, "charge");
        }
        if (req.method === "POST" && url.pathname === "/v1/customers") {
          const customer: Obj = {
            id: id("cus"),
            object: "customer",
            name: form.name ?? null,
            email: form.email ?? null,
            metadata: form.metadata ?? {},
          };
          objects.set(customer.id, customer);
          return json(res, 200, customer);
        }
        if (req.method === "POST" && url.pathname === "/v1/invoiceitems") {
          const item: Obj = {
            id: id("ii"),
            object: "invoiceitem",
            customer: form.customer,
            amount: Number(form.amount ?? 0),
            currency: form.currency ?? "nok",
            description: form.description ?? null,
            invoice: form.invoice ?? null,
          };
          objects.set(item.id, item);
          return json(res, 200, item);
        }
        if (req.method === "POST" && url.pathname === "/v1/invoices") {
          const invoice: Obj = {
            id: id("in"),
            object: "invoice",
            customer: form.customer,
            status: "draft",
            collection_method: form.collection_method ?? "charge_automatically",
            days_until_due: Number(form.days_until_due ?? 0),
            due_date: null,
            amount_due: 0,
            amount_paid: 0,
            currency: form.currency ?? "nok",
            application_fee_amount: Number(form.application_fee_amount ?? 0),
            transfer_data: form.transfer_data ?? null,
            metadata: form.metadata ?? {},
            hosted_invoice_url: null,
          };
          objects.set(invoice.id, invoice);
          return json(res, 200, invoice);
        }
        if (parts[0] === "v1" && parts[1] === "invoices" && parts[2]) {
          const invoice = objects.get(parts[2]);
          if (!invoice) return notFound(res, "invoice");
          if (req.method === "GET" && !parts[3]) {
            // `payments` is includable only: present when the request expands it, as in the API.
            const expand = [...url.searchParams.entries()].filter(([k]) => k.startsWith("expand")).map(([, v]) => v);
            const { payments, ...rest } = invoice;
            return json(
              res,
              200,
              expand.includes("payments")
                ? {
                    ...rest,
                    payments: payments ?? { object: "list", data: [], has_more: false, url: `/v1/invoice_payments` },
                  }
                : rest,
            );
          }
          if (req.method === "POST" && parts[3] === "finalize") {
            const items = [...objects.values()].filter(
              (o) =>
                o.object === "invoiceitem" &&
                (o.invoice === invoice.id || (o.invoice === null && o.customer === invoice.customer)),
            );
            for (const item of items) item.invoice = invoice.id;
            Object.assign(invoice, {
              status: "open",
              amount_due: items.reduce((sum, i) => sum + Number(i.amount), 0),
              due_date: now() + Number(invoice.days_until_due) * 86_400,
              hosted_invoice_url: `${base}/__double/invoice/${invoice.id}`,
            });
            return json(res, 200, invoice);
          }
          if (req.method === "POST" && parts[3] === "send") return json(res, 200, invoice);
          // Taking back an invoice that could not be sent: a draft is deleted, an open one voided.
          if (req.method === "DELETE" && !parts[3]) {
            if (invoice.status !== "draft")
              return json(res, 400, {
                error: { type: "invalid_request_error", message: "You can only delete draft invoices." },
              });
            objects.delete(invoice.id);
            return json(res, 200, { id: invoice.id, object: "invoice", deleted: true });
          }
          if (req.method === "POST" && parts[3] === "void") {
            if (invoice.status !== "open")
              return json(res, 400, {
                error: { type: "invalid_request_error", message: "You can only void open invoices." },
              });
            invoice.status = "void";
            return json(res, 200, invoice);
          }
        }
        // --- Hosted pages and controls (/__double) ---
        // Control endpoints for tests and scripts: the same as submitting the hosted page, answered as JSON.
        const control = req.method === "POST" && parts[0] === "__double" ? controls[parts[1] ?? ""] : undefined;
        if (control) parts[1] = control;
        if (parts[0] === "__double" && parts[1] === "invoice" && parts[2]) {
          const invoice = objects.get(parts[2]);
          if (!invoice) return notFound(res, "invoice");
          if (req.method === "GET")
            return page(
              res,
              "Stripe invoice (test)",
              `<p>Amount due: ${Number(invoice.amount_due) / 100} NOK</p><form method="post"><button type="submit">Pay invoice</button></form>`,
            );
          const pi = id("pi");
          const charge: Obj = {
            id: id("ch"),
            object: "charge",
            amount: invoice.amount_due,
            payment_intent: pi,
            refunded: false,
          };
          objects.set(charge.id, charge);
          Object.assign(invoice, {
            status: "paid",
            amount_paid: invoice.amount_due,
            payments: {
              object: "list",
              has_more: false,
              url: "/v1/invoice_payments",
              data: [
                {
                  id: id("inpay"),
                  object: "invoice_payment",
                  invoice: invoice.id,
                  amount_paid: invoice.amount_due,
                  currency: invoice.currency,
                  is_default: true,
                  status: "paid",
                  payment: { type: "payment_intent", payment_intent: pi },
                },
              ],
            },
          });
          const { payments: _payments, ...snapshot } = invoice;
          await sendEvent("invoice.paid", snapshot as Obj, Number(url.searchParams.get("deliveries") ?? 2));
          return control ? json(res, 200, invoice) : page(res, "Stripe invoice (test)", "<p>Paid.</p>");
        }
        if (parts[0] === "__double" && parts[1] === "onboard" && parts[2]) {
          const account = objects.get(parts[2]);
          if (!account) return notFound(res, "account");
          if (req.method === "GET")
            return page(
              res,
              "Stripe onboarding (test)",
              `<form method="post"><button type="submit">Complete onboarding</button></form>`,
            );
          Object.assign(account, { charges_enabled: true, payouts_enabled: true, details_submitted: true });
          await sendEvent("account.updated", account);
          if (control) return json(res, 200, account);
          res.writeHead(303, { Location: url.searchParams.get("return_url") ?? "/" });
          return res.end();
        }
        if (parts[0] === "__double" && parts[1] === "checkout" && parts[2]) {
          const session = objects.get(parts[2]);
          if (!session) return notFound(res, "checkout.session");
          if (req.method === "GET")
            return page(
              res,
              "Stripe Checkout (test)",
              `<p>Amount: ${Number(session.amount_total) / 100} ${String(session.currency).toUpperCase()}</p><form method="post"><button type="submit">Pay</button></form>`,
            );
          const pi = id("pi");
          const charge: Obj = {
            id: id("ch"),
            object: "charge",
            amount: session.amount_total,
            payment_intent: pi,
            refunded: false,
          };
          objects.set(charge.id, charge);
          Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: pi });
          // Stripe retries deliveries and may send an event more than once: so does the double.
          await sendEvent("checkout.session.completed", session, Number(url.searchParams.get("deliveries") ?? 2));
          if (control) return json(res, 200, session);
          res.writeHead(303, { Location: String(session.success_url ?? "/") });
          return res.end();
        }
        if (req.method === "GET" && url.pathname === "/__double/events") return json(res, 200, sentEvents);
        return notFound(res, url.pathname);
      })().catch((err: unknown) => json(res, 500, { error: { message: String(err) } }));
    });
  });
  return new Promise<{
    url: string;
    close: () => Promise<void>;
    sentEvents: Obj[];
    requests: { method: string; path: string }[];
  }>((resolve) => {
    server.listen(options.port, host, () => {
      base = `http://${host}:${(server.address() as AddressInfo).port}`;
      resolve({
        url: base,
        sentEvents,
        requests,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            // The SDK keeps connections alive; without this, close waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}

// Standalone: `tsx scripts/stripe-double/server.ts` (the demo starts it this way).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.STRIPE_DOUBLE_PORT ?? 12111);
  const double = await startStripeDouble({
    port,
    webhookUrl: process.env.STRIPE_WEBHOOK_URL ?? "http://localhost:3000/api/stripe/webhook",
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_arbeidsbro_double",
    stateFile: process.env.STRIPE_DOUBLE_STATE || undefined,
  });
  console.log(`Stripe test double on ${double.url}`);
}
