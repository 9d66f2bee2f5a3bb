"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { IntegrityOverview } from "@/lib/audit/seal/integrity-types";

// Data for the integrity page: sealing status and the last verification, and "Verify now".

/** GET /api/v1/audit/integrity, refreshed every few seconds: events are sealed every two. */
export function useIntegrityOverview() {
  return useQuery({
    queryKey: queryKeys.audit.integrity,
    queryFn: ({ signal }) => apiFetch<IntegrityOverview>("/api/v1/audit/integrity", { signal }),
    refetchInterval: 3_000,
  });
}
