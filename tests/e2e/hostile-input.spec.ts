import fc from "fast-check";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signInListedCandidate } from "./support/candidate-link";

/**
 * Generated hostile input (fast-check) against every form and every query a role can reach:
 * each role signs in, walks the pages its links lead to, and posts hostile values to every POST
 * form it finds and to every GET form and open API query parameter. No response may be a 5xx,
 * and a form refused for its values must answer with its error summary. Runs last (its own
 * Playwright project), since the values it posts change the demo data.
 */
const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const PASSWORD = "arbeidsbro-demo-2026";
const RUNS_PER_FORM = Number(process.env.HOSTILE_RUNS ?? 6);
const MAX_PAGES = 45;

// The anonymous visitor goes last: its hostile sign-ins use up this address's login limit.
const ROLES = [
  { name: "employer admin", email: "sigrid@fjordkafe.no" },
  { name: "employer member", email: "jonas@fjordkafe.no" },
  { name: "municipality admin", email: "kari.nordmann@bergen.kommune.no" },
  { name: "municipality member", email: "ola.hansen@bergen.kommune.no" },
  { name: "inclusion company admin", email: "anne@bergenarbeid.no" },
  { name: "inclusion company member", email: "mohammed@bergenarbeid.no" },
  { name: "NAV office member", email: "jon.nav@nav.no" },
  { name: "member of an unapproved organisation", email: "marit@stryntre.no" },
  { name: "platform admin", email: "admin@arbeidsbro.no" },
  // Signed in with the link their company sent: only their own page is theirs.
  { name: "candidate on their own page", email: null, candidateOf: "mohammed@bergenarbeid.no" },
  { name: "anonymous visitor", email: null },
] as const;

type Field = { name: string; kind: string; value: string; options: string[] };
type FormSpec = { method: "get" | "post"; action: string; fields: Field[]; page: string };

/** Paths that end the session, download files, or are not pages. */
const SKIP = [
  /^\/logg-ut/,
  /\/eksport/,
  /\/ehf\.xml$/,
  /\.csv$/,
  /\.atom$/,
  /\.json$/,
  /^\/assets\//,
  /^\/api\/stripe/,
];

const HOSTILE = [
  "",
  " ",
  "0",
  "-1",
  "-99999999999",
  "1e309",
  "NaN",
  "Infinity",
  "4294967296",
  "99999999999999999999999",
  "100000000",
  "2026-02-31",
  "0000-00-00",
  "9999-12-31",
  "12.5",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "\u0000",
  "\u202e\u{1F600}𝕏",
  "../../etc/passwd",
  "%00%ff",
  "[object Object]",
  "__proto__",
  "x".repeat(100_000),
];

const hostileValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** One field's values in a submission: as the page offers it, hostile, missing, or repeated. */
function fieldValues(field: Field): fc.Arbitrary<string[]> {
  const offered = field.options.length ? fc.constantFrom(...field.options) : fc.constant(field.value);
  return fc.oneof(
    { weight: 3, arbitrary: offered.map((v) => [v]) },
    { weight: 4, arbitrary: hostileValue.map((v) => [v]) },
    { weight: 1, arbitrary: fc.constant<string[]>([]) },
    { weight: 1, arbitrary: fc.tuple(hostileValue, hostileValue).map(([a, b]) => [a, b]) },
  );
}

/** Hidden fields (intents, ids, tokens) mostly as the page set them, so the action's own checks are reached. */
function submission(form: FormSpec): fc.Arbitrary<{ body: [string, string][]; hiddenIntact: boolean }> {
  const visible = form.fields.filter((f) => f.kind !== "hidden");
  const hidden = form.fields.filter((f) => f.kind === "hidden");
  return fc
    .record({
      visible: fc.tuple(...visible.map(fieldValues)),
      tamper: fc.boolean(),
      hiddenHostile: fc.tuple(...hidden.map(fieldValues)),
    })
    .map(({ visible: v, tamper, hiddenHostile }) => {
      const body: [string, string][] = [];
      visible.forEach((f, i) => (v[i] ?? []).forEach((value) => body.push([f.name, value])));
      hidden.forEach((f, i) =>
        (tamper ? (hiddenHostile[i] ?? []) : [f.value]).forEach((value) => body.push([f.name, value])),
      );
      return { body, hiddenIntact: !tamper || hidden.length === 0 };
    });
}

const pattern = (path: string) =>
  path
    .replace(/\/[a-z0-9]{20,}(?=\/|$)/g, "/:id")
    .replace(/\/K-\d+/g, "/:code")
    .replace(/\/\d{4}(?=\/|$)/g, "/:kommune");

async function parsePage(parser: Page, html: string, url: string): Promise<{ links: string[]; forms: FormSpec[] }> {
  return parser.evaluate(
    ({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      const links = [...doc.querySelectorAll("a[href]")].map((a) =>
        new URL(a.getAttribute("href") ?? "", url).toString(),
      );
      const forms: {
        method: "get" | "post";
        action: string;
        fields: { name: string; kind: string; value: string; options: string[] }[];
        page: string;
      }[] = [];
      for (const form of doc.querySelectorAll("form")) {
        const method = (form.getAttribute("method") ?? "get").toLowerCase() === "post" ? "post" : "get";
        const action = new URL(form.getAttribute("action") ?? url, url).toString();
        const fields = new Map<string, { name: string; kind: string; value: string; options: string[] }>();
        for (const el of form.querySelectorAll("input[name], select[name], textarea[name]")) {
          const name = el.getAttribute("name") ?? "";
          const tag = el.tagName.toLowerCase();
          const kind = tag === "input" ? (el.getAttribute("type") ?? "text").toLowerCase() : tag;
          const value = tag === "select" ? "" : (el.getAttribute("value") ?? el.textContent ?? "");
          const known = fields.get(name) ?? { name, kind, value, options: [] as string[] };
          if (tag === "select")
            known.options.push(
              ...[...el.querySelectorAll("option")].map((o) => o.getAttribute("value") ?? o.textContent ?? ""),
            );
          if (kind === "checkbox" || kind === "radio") known.options.push(el.getAttribute("value") ?? "on");
          fields.set(name, known);
        }
        const buttons = [...form.querySelectorAll("button[name]")].map((b) => ({
          name: b.getAttribute("name") ?? "",
          value: b.getAttribute("value") ?? "",
        }));
        // A form with named submit buttons is a form per button: the button's value is posted like a hidden field.
        const variants = buttons.length
          ? buttons.map((b) => [...fields.values(), { name: b.name, kind: "hidden", value: b.value, options: [] }])
          : [[...fields.values()]];
        for (const v of variants) forms.push({ method, action, fields: v, page: url });
      }
      return { links, forms };
    },
    { html, url },
  );
}

async function signIn(email: string, ctx: APIRequestContext): Promise<void> {
  const res = await ctx.post("/logg-inn", { form: { email, password: PASSWORD, redirectTo: "/" }, maxRedirects: 0 });
  expect(res.status(), `sign-in of ${email}`).toBe(302);
}

/** Every page the role's links lead to (a few of each kind), and the forms on them. */
async function crawl(ctx: APIRequestContext, parser: Page): Promise<FormSpec[]> {
  const seen = new Set<string>();
  const perPattern = new Map<string, number>();
  const queue = [
    "/",
    // Follow-up after hire: the check-in forms are a link away from here (inclusion companies).
    "/oppfolging",
    "/muligheter",
    "/en/opportunities",
    "/statistikk/4601",
    "/kostnadskalkulator",
    "/registrer",
    "/glemt-passord",
    "/logg-inn",
    "/min-side",
    "/min-side/inn?token=ugyldig",
  ];
  const forms = new Map<string, FormSpec>();
  while (queue.length && seen.size < MAX_PAGES) {
    const path = queue.shift() ?? "/";
    const key = pattern(new URL(path, origin).pathname);
    if (seen.has(path) || (perPattern.get(key) ?? 0) >= 2) continue;
    seen.add(path);
    perPattern.set(key, (perPattern.get(key) ?? 0) + 1);
    const res = await ctx.get(path);
    expect(res.status(), `GET ${path}`).toBeLessThan(500);
    if (!(res.headers()["content-type"] ?? "").includes("text/html")) continue;
    const { links, forms: found } = await parsePage(parser, await res.text(), new URL(path, origin).toString());
    for (const form of found) {
      const action = new URL(form.action);
      if (action.origin !== origin || SKIP.some((s) => s.test(action.pathname))) continue;
      const intent = form.fields.find((f) => f.name === "intent")?.value ?? "";
      forms.set(
        `${form.method} ${pattern(action.pathname)} ${intent} ${form.fields
          .map((f) => f.name)
          .sort()
          .join(",")}`,
        form,
      );
    }
    for (const link of links) {
      const u = new URL(link);
      if (u.origin === origin && !SKIP.some((s) => s.test(u.pathname)) && !seen.has(u.pathname + u.search))
        queue.push(u.pathname + u.search);
    }
  }
  return [...forms.values()];
}

/** One of the company's listed candidates gets the link to their own page and follows it. */
async function signInAsCandidate(
  request: {
    newContext: (o: { baseURL: string; extraHTTPHeaders: Record<string, string> }) => Promise<APIRequestContext>;
  },
  companyEmail: string,
  ctx: APIRequestContext,
): Promise<void> {
  const company = await request.newContext({ baseURL: origin, extraHTTPHeaders: { Origin: origin } });
  await signIn(companyEmail, company);
  await signInListedCandidate(company, ctx);
  await company.dispose();
}

function encode(body: [string, string][]): string {
  const params = new URLSearchParams();
  for (const [k, v] of body) params.append(k, v);
  return params.toString();
}

const contexts = new Map<string, APIRequestContext>();

test.beforeAll(async ({ playwright }) => {
  // Everyone signs in first: the anonymous run posts hostile sign-ins, which the login limit counts.
  for (const role of ROLES) {
    const ctx = await playwright.request.newContext({ baseURL: origin, extraHTTPHeaders: { Origin: origin } });
    if (role.email) await signIn(role.email, ctx);
    if ("candidateOf" in role) await signInAsCandidate(playwright.request, role.candidateOf, ctx);
    contexts.set(role.name, ctx);
  }
});

test.afterAll(async () => {
  for (const ctx of contexts.values()) await ctx.dispose();
});

for (const role of ROLES) {
  test(`hostile values in every form and query, as ${role.name}: no 5xx, and refused forms show their error summary`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const ctx = contexts.get(role.name);
    if (!ctx) throw new Error("no context");
    const parser = await browser.newPage();
    const forms = await crawl(ctx, parser);
    await parser.close();
    expect(forms.length, "forms found").toBeGreaterThan(0);
    const problems: string[] = [];
    for (const form of forms) {
      // Every form is tried even when one fails, so one run lists every problem (each shrunk by fast-check).
      await fc
        .assert(
          fc.asyncProperty(submission(form), async ({ body, hiddenIntact }) => {
            const action = new URL(form.action);
            const res =
              form.method === "post"
                ? await ctx.post(action.pathname + action.search, {
                    data: encode(body),
                    headers: { "Content-Type": "application/x-www-form-urlencoded" },
                    maxRedirects: 0,
                  })
                : await ctx.get(`${action.pathname}?${encode(body)}`, { maxRedirects: 0 });
            const where = `${form.method.toUpperCase()} ${action.pathname} (from ${new URL(form.page).pathname})`;
            expect(res.status(), `${where} answered ${res.status()}`).toBeLessThan(500);
            if (
              form.method === "post" &&
              hiddenIntact &&
              res.status() === 400 &&
              (res.headers()["content-type"] ?? "").includes("text/html")
            ) {
              const html = await res.text();
              if (!html.includes("data-error-summary"))
                problems.push(`${where}: 400 without an error summary for ${encode(body).slice(0, 300)}`);
            }
          }),
          { numRuns: RUNS_PER_FORM, ...(process.env.HOSTILE_SEED ? { seed: Number(process.env.HOSTILE_SEED) } : {}) },
        )
        .catch((err: unknown) =>
          problems.push(
            err instanceof Error
              ? `${err.message.split("\n").slice(0, 6).join("\n")}\n${err.cause instanceof Error ? err.cause.message.split("\n").slice(0, 8).join("\n") : ""}`
              : String(err),
          ),
        );
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}

test("hostile values in every query parameter of the open API: no 5xx", async ({ request }) => {
  const params = [
    "q",
    "limit",
    "cursor",
    "municipality",
    "county",
    "occupation",
    "kind",
    "measures",
    "accommodations",
    "sort",
    "page",
    "hours",
    "extent",
  ];
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...params), hostileValue), { maxLength: 6 }), async (pairs) => {
      const query = encode(pairs);
      for (const path of [
        "/api/v1/openings",
        "/api/v1/openings/x",
        "/muligheter",
        "/en/opportunities",
        "/statistikk/4601",
        "/statistikk/4601/eksport",
        "/muligheter/feed.atom",
      ]) {
        const res = await request.get(`${path}?${query}`, { maxRedirects: 0 });
        expect(res.status(), `${path}?${query.slice(0, 200)}`).toBeLessThan(500);
      }
    }),
    { numRuns: 40 },
  );
});
