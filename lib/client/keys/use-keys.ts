"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { KeyView } from "@/lib/keys/key-view-type";
import { queryKeys } from "@/lib/client/query-keys";

/** API keys, including revoked and expired ones (GET /api/v1/keys). */
export function useKeys(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.keys,
    queryFn: ({ signal }) => apiFetch<{ keys: KeyView[] }>("/api/v1/keys", { signal }),
    select: (data) => data.keys,
    enabled: options.enabled ?? true,
  });
}
