"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** The server's signing key fingerprint, to compare with `audit verify-export` (needs audit:read). */
export function useSigningKey(options: { enabled: boolean }) {
  return useQuery({
    queryKey: queryKeys.auditExports.signingKey,
    queryFn: ({ signal }) =>
      apiFetch<{ algorithm: string; publicKeyPem: string; fingerprint: string }>(
        "/api/v1/audit/signing-key",
        { signal },
      ),
    enabled: options.enabled,
    staleTime: Infinity,
    retry: false,
  });
}
