import { isValidAccountNumber } from "~/domain/invoicing/account-number";
import { isValidOrgNumber } from "~/domain/organizations/org-number";
import { z } from "zod";

/** The Stripe values that only the local test double accepts; never valid against Stripe itself. */
export const STRIPE_DOUBLE_SECRET_KEY = "sk_test_arbeidsbro_double";
export const STRIPE_DOUBLE_WEBHOOK_SECRET = "whsec_arbeidsbro_double";
/**
 * The platform as the issuer of its fee invoices (EHF) in demo and test data: fictional, so a real
 * deployment must name the real company, or its invoices would carry a made-up org and account number.
 */
export const DEMO_PLATFORM = { legalName: "Arbeidsbro AS", orgNumber: "991820817", accountNumber: "15031000006" };

const hops = z.coerce.number().int().min(1).max(10);

/** Environment read once; every variable is documented in the README and in .env.example. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  /**
   * The public origin, e.g. https://arbeidsbro.no: every absolute URL (mail links, feed, JSON-LD,
   * OpenAPI servers, Stripe return URLs) and the Origin check use it, never a request header.
   * Required in production; elsewhere http://localhost:$PORT.
   */
  APP_ORIGIN: z
    .string()
    .url()
    .refine((u) => /^https?:$/.test(new URL(u).protocol), "APP_ORIGIN must be an http(s) origin")
    .transform((u) => new URL(u).origin)
    .optional(),
  /** Number of reverse-proxy hops whose X-Forwarded-* headers are believed; unset: none are. */
  TRUST_PROXY: hops.optional(),
  DATABASE_URL: z.string().optional(),
  /** Folder of the embedded database when DATABASE_URL is unset; "memory://" for tests */
  PGLITE_DIR: z.string().default(".data/pglite"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Arbeidsbro <ikke-svar@arbeidsbro.no>"),
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  /** A search-only key (and its uid) to sign tenant tokens with; else the default search key is looked up */
  MEILI_SEARCH_KEY: z.string().optional(),
  MEILI_SEARCH_KEY_UID: z.string().optional(),
  /** Stripe: real keys use api.stripe.com; STRIPE_API_BASE points the official SDK at the local test double */
  STRIPE_SECRET_KEY: z.string().default(STRIPE_DOUBLE_SECRET_KEY),
  STRIPE_WEBHOOK_SECRET: z.string().default(STRIPE_DOUBLE_WEBHOOK_SECRET),
  STRIPE_API_BASE: z.string().url().optional(),
  /** The platform's fee on paid orders, in basis points of the price excluding VAT (300 = 3 %) */
  /**
   * Public registers (app/domain/registers): Enhetsregisteret's enheter collection
   * (https://data.brreg.no/enhetsregisteret/api/enheter) and Arbeidstilsynet's cleaning register.
   * Unset: the registers' test double in this process.
   */
  BRREG_URL: z.string().url().optional(),
  RENHOLD_URL: z.string().url().optional(),
  PLATFORM_FEE_BASIS_POINTS: z.coerce.number().int().min(0).max(10_000).default(300),
  /**
   * The platform as the issuer of its fee invoices (EHF): name, organisation number and account.
   * The defaults are fictional and only fit demo and test data.
   */
  PLATFORM_LEGAL_NAME: z.string().min(1).default(DEMO_PLATFORM.legalName),
  PLATFORM_ORG_NUMBER: z
    .string()
    .refine(isValidOrgNumber, "PLATFORM_ORG_NUMBER must be nine digits with a valid mod-11 check digit")
    .default(DEMO_PLATFORM.orgNumber),
  PLATFORM_ACCOUNT_NUMBER: z
    .string()
    .refine(isValidAccountNumber, "PLATFORM_ACCOUNT_NUMBER must be eleven digits with a valid mod-11 check digit")
    .default(DEMO_PLATFORM.accountNumber),
  /**
   * The Peppol access point that sends EHF documents (its HTTP API and key). Unset: the local double
   * in app/domain/invoicing/peppol-double.server.ts stores what it would have sent.
   */
  PEPPOL_AP_URL: z.string().url().optional(),
  PEPPOL_AP_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Months without activity after which a candidate's personal data is deleted */
  CANDIDATE_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  /** Serves /bench/baseline (the benchmark's reference page); never set in production */
  BENCH_BASELINE: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;
export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

/**
 * Why a production server must not start with this environment (empty: it may). A forged Host
 * header must never decide where a password-reset link points, and the test double's Stripe
 * values must never guard real money.
 */
export function productionProblems(source: NodeJS.ProcessEnv): string[] {
  const parsed = schema.safeParse(source);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const e = parsed.data;
  if (e.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!e.APP_ORIGIN)
    problems.push("APP_ORIGIN is required in production (the public origin, e.g. https://arbeidsbro.no)");
  // With STRIPE_API_BASE the app talks to the local test double and labels every page "test payments".
  if (!e.STRIPE_API_BASE) {
    if (e.STRIPE_SECRET_KEY === STRIPE_DOUBLE_SECRET_KEY)
      problems.push("STRIPE_SECRET_KEY must be set to a real Stripe key in production");
    if (e.STRIPE_WEBHOOK_SECRET === STRIPE_DOUBLE_WEBHOOK_SECRET)
      problems.push("STRIPE_WEBHOOK_SECRET must be set to the webhook endpoint's signing secret in production");
  }
  // Real money is invoiced by the real company: the fee invoices must not carry the demo issuer.
  if (
    !e.STRIPE_API_BASE &&
    (e.PLATFORM_ORG_NUMBER === DEMO_PLATFORM.orgNumber || e.PLATFORM_ACCOUNT_NUMBER === DEMO_PLATFORM.accountNumber)
  )
    problems.push(
      "PLATFORM_ORG_NUMBER and PLATFORM_ACCOUNT_NUMBER are required in production (the issuer of fee invoices)",
    );
  // A real deployment (real Stripe) must ask the real registers, not the double in this process.
  if (!e.STRIPE_API_BASE && (!e.BRREG_URL || !e.RENHOLD_URL))
    problems.push("BRREG_URL and RENHOLD_URL are required in production (the public registers; see README)");
  return problems;
}

/** The public origin: APP_ORIGIN, or http://localhost:$PORT outside production. */
export function appOrigin(): string {
  const e = env();
  return e.APP_ORIGIN ?? `http://localhost:${e.PORT}`;
}
