"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { Me } from "@/lib/client/me/me-view";
import { queryKeys } from "@/lib/client/query-keys";

/** The signed-in user and the capabilities they hold (GET /api/v1/me). */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => apiFetch<Me>("/api/v1/me", { signal }),
    staleTime: 60_000,
  });
}
