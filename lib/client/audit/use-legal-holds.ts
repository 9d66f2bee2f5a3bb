"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";

/** GET /api/v1/audit/holds: active holds first, then released ones. */
export function useLegalHolds() {
  return useQuery({
    queryKey: queryKeys.audit.holds,
    queryFn: ({ signal }) => apiFetch<{ holds: LegalHoldView[] }>("/api/v1/audit/holds", { signal }),
    select: (data) => data.holds,
  });
}
