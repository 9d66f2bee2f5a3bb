// TanStack Query keys for the audit search; everything under "audit" so one invalidation refreshes it all.
export const auditQueryKeys = {
  all: ["audit"] as const,
  /** keyed by the filters' query string, so equal searches share a cache entry */
  events: (filtersQueryString: string) => ["audit", "events", filtersQueryString] as const,
  event: (id: string) => ["audit", "event", id] as const,
  facets: ["audit", "facets"] as const,
};
