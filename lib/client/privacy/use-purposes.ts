"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";

/** Every purpose, built-ins and custom ones, with record counts (GET /api/v1/purposes). */
export function usePurposes() {
  return useQuery({
    queryKey: queryKeys.purposes.all,
    queryFn: ({ signal }) => apiFetch<{ purposes: PurposeView[] }>("/api/v1/purposes", { signal }),
    select: (data) => data.purposes,
  });
}
