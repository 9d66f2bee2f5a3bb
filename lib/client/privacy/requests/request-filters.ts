// The request list's filters, as the URL holds them and as GET /api/v1/privacy/requests takes them.
import {
  REQUEST_STATES,
  REQUEST_TYPES,
  type RequestState,
  type RequestType,
} from "@/lib/privacy/requests/request-types";

export const DUE_FILTERS = ["overdue", "due_1d", "due_7d"] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export type RequestFilters = { state: RequestState | null; type: RequestType | null; due: DueFilter | null };

export const NO_REQUEST_FILTERS: RequestFilters = { state: null, type: null, due: null };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/** The filters in a query string; unknown values are ignored, so a hand-edited URL still opens. */
export function parseRequestFilters(params: URLSearchParams): RequestFilters {
  return {
    state: oneOf(REQUEST_STATES, params.get("state")),
    type: oneOf(REQUEST_TYPES, params.get("type")),
    due: oneOf(DUE_FILTERS, params.get("due")),
  };
}

/** The filters' query string (without "?"), in a stable order so equal filters share a cache entry. */
export function requestFiltersQuery(filters: RequestFilters): string {
  const params = new URLSearchParams();
  if (filters.state) params.set("state", filters.state);
  if (filters.type) params.set("type", filters.type);
  if (filters.due) params.set("due", filters.due);
  return params.toString();
}

export function hasRequestFilters(filters: RequestFilters): boolean {
  return !!filters.state || !!filters.type || !!filters.due;
}

/** The list page's URL for these filters (the overview's links use it too). */
export function requestsListHref(filters: Partial<RequestFilters> = {}): string {
  const query = requestFiltersQuery({ ...NO_REQUEST_FILTERS, ...filters });
  return query ? `/privacy/requests?${query}` : "/privacy/requests";
}
