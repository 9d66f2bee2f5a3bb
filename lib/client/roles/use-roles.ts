"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { RoleView } from "@/lib/roles/role-view-type";
import { queryKeys } from "@/lib/client/query-keys";

/** All roles with their capabilities and tool grants (GET /api/v1/roles). */
export function useRoles(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.roles,
    queryFn: ({ signal }) => apiFetch<{ roles: RoleView[] }>("/api/v1/roles", { signal }),
    select: (data) => data.roles,
    enabled: options.enabled ?? true,
  });
}
