// The one place for TanStack Query keys, so mutations invalidate exactly what they change. A
// domain's keys share a first segment: invalidating `all` refreshes its lists and details at once.
import type { ToolFilters } from "@/lib/client/tools/tool-filters";

export const queryKeys = {
  me: ["me"] as const,
  users: ["users"] as const,
  userList: (q: string) => ["users", "list", q] as const,
  roles: ["roles"] as const,
  keys: ["keys"] as const,
  /** Users and keys holding a role; under "users" so user changes refresh it too. */
  roleMembers: (role: string) => ["users", "role-members", role] as const,
  overview: ["overview"] as const,
  /** "<server>/*" and "<server>/<tool>" suggestions for grant patterns and explain. */
  toolPathSuggestions: ["tool-path-suggestions"] as const,
  authProviders: ["auth-providers"] as const,
  servers: {
    all: ["servers"] as const,
    list: ["servers", "list"] as const,
    detail: (id: string) => ["servers", "detail", id] as const,
  },
  tools: {
    all: ["tools"] as const,
    list: (filters: ToolFilters) => ["tools", "list", filters] as const,
    detail: (id: string) => ["tools", "detail", id] as const,
  },
  /** Everything under "audit", so one invalidation refreshes search, retention and integrity. */
  audit: {
    all: ["audit"] as const,
    /** keyed by the filters' query string, so equal searches share a cache entry */
    events: (filtersQueryString: string) => ["audit", "events", filtersQueryString] as const,
    event: (id: string) => ["audit", "event", id] as const,
    facets: ["audit", "facets"] as const,
    retention: ["audit", "retention"] as const,
    holds: ["audit", "holds"] as const,
    integrity: ["audit", "integrity"] as const,
  },
  /** Data subjects: searches and detail pages; consent changes refresh them too (consents in force). */
  subjects: {
    all: ["subjects"] as const,
    /** keyed by the search's query string ("email=…") */
    search: (searchQuery: string) => ["subjects", "search", searchQuery] as const,
    detail: (id: string) => ["subjects", "detail", id] as const,
  },
  /** Purposes with their record counts, which change with every consent recorded. */
  purposes: {
    all: ["purposes"] as const,
  },
  consents: {
    all: ["consents"] as const,
    /** keyed by the filters' query string, so equal filters share a cache entry */
    list: (filtersQuery: string) => ["consents", "list", filtersQuery] as const,
  },
  auditExports: {
    exports: ["audit-exports"] as const,
    count: (filtersQuery: string) => ["audit-export-count", filtersQuery] as const,
    signingKey: ["audit-signing-key"] as const,
  },
  /** Data-subject requests (issue 12): one invalidation refreshes the list, the summary and details. */
  privacyRequests: {
    all: ["privacy-requests"] as const,
    lists: ["privacy-requests", "list"] as const,
    /** keyed by the filters' query string */
    list: (filtersQuery: string) => ["privacy-requests", "list", filtersQuery] as const,
    summary: ["privacy-requests", "summary"] as const,
    detail: (id: string) => ["privacy-requests", "detail", id] as const,
    certificate: (id: string) => ["privacy-requests", "certificate", id] as const,
  },
  // Detection and masking (issue 11); consent and subjects keys live in their own block.
  detectors: ["privacy", "detectors"] as const,
  maskingPolicies: ["privacy", "masking-policies"] as const,
  /** purposes for the declaration editor's picker (read-only) */
  purposeOptions: ["purposes", "options"] as const,
};
