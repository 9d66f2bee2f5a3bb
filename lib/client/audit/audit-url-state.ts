// The audit search lives in the page URL (?category=auth,gateway&q=…&event=123), so a search can
// be bookmarked and shared. The filter parameters are exactly what GET /api/v1/audit/events and
// the export take; "event" (the open detail panel) is the page's own.
import { auditFilterFields, type AuditFilters } from "@/lib/audit/search/audit-filters";

export type AuditFilterKey = keyof AuditFilters;

/** Filters as the URL carries them: text, lists comma-separated. */
export type AuditUrlFilters = Partial<Record<AuditFilterKey, string>>;

/** In the order they appear in a URL. */
export const AUDIT_FILTER_KEYS = Object.keys(auditFilterFields) as AuditFilterKey[];

/** The page's own parameter: the event whose detail panel is open. */
export const OPEN_EVENT_PARAM = "event";

/** Filters from a query string; a value the API would refuse is dropped rather than failing the page. */
export function readAuditFilters(params: URLSearchParams): AuditUrlFilters {
  const filters: AuditUrlFilters = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value && auditFilterFields[key].safeParse(value).success) filters[key] = value;
  }
  return filters;
}

/** The query string for filters (without "?"), in a stable order; empty values are left out. */
export function toAuditSearchParams(filters: AuditUrlFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function hasAuditFilters(filters: AuditUrlFilters): boolean {
  return AUDIT_FILTER_KEYS.some((key) => !!filters[key]);
}

/** The open event's id from the URL, if it looks like one. */
export function readOpenEventId(params: URLSearchParams): string | null {
  const value = params.get(OPEN_EVENT_PARAM);
  return value && /^\d{1,15}$/.test(value) ? value : null;
}

/** A comma list ("auth,gateway") as values; and back. */
export function splitList(value: string | undefined): string[] {
  return value
    ? value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
    : [];
}

export function joinList(values: readonly string[]): string | undefined {
  return values.length > 0 ? values.join(",") : undefined;
}
