// The consent ledger's filters, as the console holds them and as GET /api/v1/consents takes them.
import type { ConsentDecision } from "@/lib/privacy/consent/schemas";

export type ConsentFilters = {
  /** a purpose key; null: every purpose */
  purpose: string | null;
  decision: ConsentDecision | null;
  /** only each person's latest record per purpose (the ones in force) */
  isCurrentOnly: boolean;
  /** one person's records (the subject page) */
  subjectId?: string;
};

export const NO_CONSENT_FILTERS: ConsentFilters = { purpose: null, decision: null, isCurrentOnly: false };

/** The filters' query string (without "?", no paging), in a stable order so equal filters share a cache entry. */
export function consentFiltersQuery(filters: ConsentFilters): string {
  const params = new URLSearchParams();
  if (filters.subjectId) params.set("subjectId", filters.subjectId);
  if (filters.purpose) params.set("purpose", filters.purpose);
  if (filters.decision) params.set("decision", filters.decision);
  if (filters.isCurrentOnly) params.set("current", "true");
  return params.toString();
}

export function hasConsentFilters(filters: ConsentFilters): boolean {
  return !!filters.purpose || !!filters.decision || filters.isCurrentOnly;
}
