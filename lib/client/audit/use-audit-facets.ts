"use client";

import { useQuery } from "@tanstack/react-query";
import type { AuditFacets } from "@/lib/audit/search/get-audit-facets";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** Servers, people, keys, actions and tools for the pickers and for naming ids (GET /api/v1/audit/facets). */
export function useAuditFacets() {
  return useQuery({
    queryKey: queryKeys.audit.facets,
    queryFn: ({ signal }) => apiFetch<AuditFacets>("/api/v1/audit/facets", { signal }),
    // The server caches them for a minute too.
    staleTime: 60_000,
  });
}
