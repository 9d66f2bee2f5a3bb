import { z } from "zod";

export const AUDIT_CATEGORIES = [
  "auth",
  "access",
  "user",
  "role",
  "key",
  "gateway",
  "server",
  "tool",
  "audit",
  "privacy",
  "system",
] as const;
export const AUDIT_RESULTS = ["success", "failure", "denied", "error"] as const;
export const ACTOR_TYPES = ["user", "api_key", "system", "anonymous"] as const;

/** Relative time ranges the console offers; "custom" uses from/to. */
export const TIME_RANGES = {
  "15m": 15 * 60_000,
  "1h": 3_600_000,
  "24h": 86_400_000,
  "7d": 7 * 86_400_000,
  "30d": 30 * 86_400_000,
  "90d": 90 * 86_400_000,
} as const;
export type TimeRange = keyof typeof TIME_RANGES;

function listOf<T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.enum(values, { error: `Unknown ${label}; expected one of ${values.join(", ")}` }))
        .max(values.length),
    );
}

/** A filter's text: NUL is refused (SQLite's LIKE ends a pattern at it; PostgreSQL refuses it). */
function filterText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => !text.includes("\u0000"), "Must not contain a NUL character");
}

const isoInstant = z.iso.datetime({
  offset: true,
  error: "Expected an ISO 8601 date and time, e.g. 2026-11-22T10:00:00Z",
});

/** What the audit search understands; the same filters drive export. All fields optional. */
export const auditFilterFields = {
  range: z.enum(Object.keys(TIME_RANGES) as [TimeRange, ...TimeRange[]]).optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
  category: listOf(AUDIT_CATEGORIES, "category").optional(),
  action: filterText(100).optional(),
  result: listOf(AUDIT_RESULTS, "result").optional(),
  actorType: z.enum(ACTOR_TYPES).optional(),
  /** a user id or API key id */
  actor: filterText(100).optional(),
  /** a person's email: their events as actor or subject, by registry pseudonym (and legacy keyed hash) */
  person: z.email({ error: "Enter a full email address" }).max(320).optional(),
  /** a data subject's pseudonym ("ds_…"): their events, as actor or subject (and legacy rows by keyed hash) */
  subject: z
    .string()
    .regex(/^ds_[A-Za-z0-9_-]{8,40}$/, "Not a data subject id")
    .optional(),
  server: filterText(100).optional(),
  tool: filterText(300).optional(),
  correlationId: filterText(100).optional(),
  /** free text over details, target, tool and action */
  q: filterText(200).optional(),
};

function checkRange(value: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (value.from && value.to && Date.parse(value.from) > Date.parse(value.to)) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "The end of the time range is before its start" });
  }
}

export const auditFiltersSchema = z.strictObject(auditFilterFields).superRefine(checkRange);
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export const auditSearchQuerySchema = z
  .strictObject({
    ...auditFilterFields,
    /** cursor: return events with a smaller id (the previous page's nextCursor) */
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(checkRange);
export type AuditSearchQuery = z.output<typeof auditSearchQuerySchema>;

/** The filters without paging, e.g. for the export manifest. */
export function filtersOf(query: AuditFilters & { before?: number; limit?: number }): AuditFilters {
  const filters: Record<string, unknown> = {};
  for (const key of Object.keys(auditFilterFields) as (keyof AuditFilters)[])
    if (query[key] !== undefined) filters[key] = query[key];
  return filters as AuditFilters;
}

/** The effective instants of a filter set: a relative range is resolved against now. */
export function timeBounds(filters: AuditFilters, now = Date.now()): { from?: Date; to?: Date } {
  const from = filters.from
    ? new Date(filters.from)
    : filters.range
      ? new Date(now - TIME_RANGES[filters.range])
      : undefined;
  return { from, to: filters.to ? new Date(filters.to) : undefined };
}
