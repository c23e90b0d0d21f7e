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
