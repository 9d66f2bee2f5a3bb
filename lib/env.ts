// The one place that reads process.env. Every variable is validated here; a bad value stops
// the process with one line naming the variable and what is wrong.
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/http/client-address";
import { parseHostRules, parseRanges } from "@/lib/gateway/address-rules";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const databaseUrl = z
  .string()
  .refine(
    (v) => /^(file:|postgres(ql)?:\/\/)/.test(v),
    "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  );

/** "a, b ,c" -> ["a", "b", "c"] (empty items dropped). */
const commaList = z.string().transform((v) =>
  v
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
);

function parsedOrIssue<T>(parse: () => T, ctx: z.RefinementCtx): T {
  try {
    return parse();
  } catch (error) {
    ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : "bad entry" });
    return z.NEVER;
  }
}

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: databaseUrl.default("file:./data/gatehouse.db"),
  DATA_DIR: z.string().min(1).default("data"),
  PUBLIC_URL: z.url({ message: "must be an absolute URL such as https://gatehouse.example.com" }).optional(),
  GATEHOUSE_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (e.g. `openssl rand -base64 48`)")
    .optional(),
  ADMIN_EMAIL: z.email({ message: "must be an email address" }).optional(),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  OIDC_ISSUER: z.url({ message: "must be the issuer URL of an OpenID Connect provider" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Single sign-on"),
  OIDC_ROLES_CLAIM: z.string().min(1).default("roles"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  SIGNIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(900),
  SESSION_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(8 * 3600),
  SEED_DEMO: booleanString.default(true),
  GATEWAY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  GATEWAY_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(10),
  GATEWAY_GLOBAL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10_000),
  HEALTH_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(5).default(30),
  /** Per-minute rollups of gateway calls for the dashboards and alerts (lib/metrics/rollups). */
  METRICS_ROLLUPS: booleanString.default(true),
  /** How often each process writes its rollups; a crash loses at most this much of them. */
  /** OpenTelemetry export (OTLP/HTTP): unset, nothing is loaded or recorded. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ error: "must be a URL such as http://collector:4318" }).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).max(100).default("gatehouse"),
  OTEL_METRIC_EXPORT_INTERVAL: z.coerce.number().int().min(100).default(60_000),
  METRICS_FLUSH_SECONDS: z.coerce.number().int().min(1).max(10).default(10),
  /** Days a data-subject request is due after receipt (GDPR Art. 12(3): one month). */
  PRIVACY_REQUEST_DUE_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  // Client addresses, origins and unauthenticated failures (issue 9, items 3-4).
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({
          code: "custom",
          message: `must be a hop count or comma-separated CIDRs (${error instanceof Error ? error.message : "bad entry"})`,
        });
        return z.NEVER;
      }
    }),
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const origins = (value ?? "")
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean);
      for (const origin of origins) {
        if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
          ctx.addIssue({
            code: "custom",
            message: `"${origin}" is not an origin such as https://console.example.com (scheme, host, optional port; no path)`,
          });
          return z.NEVER;
        }
      }
      return origins;
    }),
  AUTH_FAILURE_BURST: z.coerce.number().int().min(1).default(20),
  AUTH_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  // Upstream containment (stdio commands, SSRF): lib/servers/command-policy.ts, lib/gateway/upstream-address-policy.ts
  /** The search path handed to stdio children (their only inherited variable). */
  PATH: z.string().default("/usr/local/bin:/usr/bin:/bin"),
  STDIO_ALLOWED_COMMANDS: commaList.optional(),
  STDIO_UID: z.coerce.number().int().min(0).max(4_294_967_294).optional(),
  STDIO_GID: z.coerce.number().int().min(0).max(4_294_967_294).optional(),
  UPSTREAM_ALLOWED_HOSTS: commaList
    .optional()
    .transform((items, ctx) => (items ? parsedOrIssue(() => parseHostRules(items), ctx) : undefined)),
  // Link-local (169.254.169.254 is the usual cloud metadata service), AWS's IPv6 metadata, Alibaba's metadata.
  UPSTREAM_DENIED_RANGES: commaList
    .default(["169.254.0.0/16", "fe80::/10", "fd00:ec2::254", "100.100.100.200"])
    .transform((items, ctx) => parsedOrIssue(() => parseRanges(items), ctx)),
});

export type Env = z.infer<typeof envSchema> & { publicUrl: URL; isPostgres: boolean; dataDir: string };

/** Parses an environment; throws one line naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset", as a blank line in an .env file would.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EnvError(`Invalid environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const parsed = result.data;
  const oidcSet = [parsed.OIDC_ISSUER, parsed.OIDC_CLIENT_ID, parsed.OIDC_CLIENT_SECRET].filter(
    Boolean,
  ).length;
  if (oidcSet !== 0 && oidcSet !== 3) {
    throw new EnvError(
      "Invalid environment variable OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
    );
  }
  if ((parsed.STDIO_UID === undefined) !== (parsed.STDIO_GID === undefined)) {
    throw new EnvError(
      "Invalid environment variable STDIO_UID: STDIO_UID and STDIO_GID must be set together (e.g. `id -u nobody` and `id -g nobody`)",
    );
  }
  return {
    ...parsed,
    publicUrl: new URL(parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`),
    isPostgres: parsed.DATABASE_URL.startsWith("postgres"),
    dataDir: path.resolve(parsed.DATA_DIR),
  };
}

export class EnvError extends Error {}

export const env: Env = parseEnv(process.env);

// next-auth v4 reads its own URL only from process.env; without it, it assumes localhost:3000.
process.env.NEXTAUTH_URL ??= env.publicUrl.origin;
