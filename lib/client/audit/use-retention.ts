"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { RetentionClassView, RetentionRunSummary } from "@/lib/audit/retention/retention-views";

// Data for the retention page: the classes and last run, the legal holds, and what changes them.

export type RetentionOverview = { classes: RetentionClassView[]; lastRun: RetentionRunSummary | null };

/** GET /api/v1/audit/retention */
export function useRetention() {
  return useQuery({
    queryKey: queryKeys.audit.retention,
    queryFn: ({ signal }) => apiFetch<RetentionOverview>("/api/v1/audit/retention", { signal }),
  });
}
