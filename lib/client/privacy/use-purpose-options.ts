"use client";

import { useQuery } from "@tanstack/react-query";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** Purposes to pick from in a privacy declaration (GET /api/v1/purposes; needs privacy:read). */
export function usePurposeOptions(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.purposeOptions,
    queryFn: ({ signal }) => apiFetch<{ purposes: PurposeView[] }>("/api/v1/purposes", { signal }),
    select: (data) => data.purposes,
    enabled: options.enabled ?? true,
  });
}
