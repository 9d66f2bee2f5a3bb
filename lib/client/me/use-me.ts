"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { Me } from "@/lib/client/me/me-view";
import type { Capability } from "@/lib/rbac/capabilities";
import { queryKeys } from "@/lib/client/query-keys";

/** The signed-in user and the capabilities they hold (GET /api/v1/me). */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => apiFetch<Me>("/api/v1/me", { signal }),
    staleTime: 60_000,
  });
}

/** Whether the signed-in user holds a capability; false while loading. */
export function useCan(capability: Capability): boolean {
  const { data } = useMe();
  return data?.capabilities.includes(capability) ?? false;
}
