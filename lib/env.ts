/**
 * The one place that reads process.env. Everything else imports `env` from here, so every setting
 * is validated once, with a clear message, and documented in one list.
 */
import { z } from "zod";

const commaList = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Any PostgreSQL. When unset, the start/test scripts run an embedded PostgreSQL and set it for the app. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded PostgreSQL keeps its files. */
  POINTWISE_DATA_DIR: z.string().min(1).default(".data"),
  /** Signs session cookies. The start script generates one per data directory when unset. */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** Public URL of the app, used by auth for cookies and origin checks. */
  BETTER_AUTH_URL: z.url().optional(),
  /**
   * Comma-separated headers that carry the client IP, as set by the reverse proxy in front of the app
   * (e.g. "cf-connecting-ip"). Default: x-forwarded-for. Sign-in rate limiting counts per client IP.
   */
  AUTH_IP_HEADERS: commaList,
  /** Comma-separated IPs/CIDR ranges of trusted reverse proxies (walks X-Forwarded-For right to left). */
  AUTH_TRUSTED_PROXIES: commaList,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = readEnv();
