import { z } from "zod";

/** Environment read once; every variable is documented in the README's table. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Public origin used in e-mailed links and the Origin check, e.g. https://arbeidsbro.no */
  APP_ORIGIN: z.string().url().optional(),
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
  STRIPE_SECRET_KEY: z.string().default("sk_test_arbeidsbro_double"),
  STRIPE_WEBHOOK_SECRET: z.string().default("whsec_arbeidsbro_double"),
  STRIPE_API_BASE: z.string().url().optional(),
  /** The platform's fee on paid orders, in basis points of the price excluding VAT (300 = 3 %) */
  PLATFORM_FEE_BASIS_POINTS: z.coerce.number().int().min(0).max(10_000).default(300),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_SECRET: z.string().optional(),
  /** Months without activity after which a candidate's personal data is deleted */
  CANDIDATE_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
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
