"use client";

import { useQuery } from "@tanstack/react-query";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** Built-in and custom detectors, built-ins first (GET /api/v1/privacy/detectors). */
export function useDetectors(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.detectors,
    queryFn: ({ signal }) => apiFetch<{ detectors: DetectorView[] }>("/api/v1/privacy/detectors", { signal }),
    select: (data) => data.detectors,
    enabled: options.enabled ?? true,
  });
}
