"use client";

import { useQuery } from "@tanstack/react-query";
import type { AuditExportSummary } from "@/lib/audit/export/audit-export-summary";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** How many events the export would hold now (GET /api/v1/audit/export/count). */
export function useExportCount(filtersQuery: string, options: { enabled: boolean }) {
  return useQuery({
    queryKey: queryKeys.auditExports.count(filtersQuery),
    queryFn: ({ signal }) =>
      apiFetch<{ count: number }>(`/api/v1/audit/export/count?${filtersQuery}`, { signal }),
    select: (data) => data.count,
    enabled: options.enabled,
  });
}

/** Recent exports, newest first (GET /api/v1/audit/exports). */
export function useAuditExports(options: { enabled: boolean }) {
  return useQuery({
    queryKey: queryKeys.auditExports.exports,
    queryFn: ({ signal }) => apiFetch<{ exports: AuditExportSummary[] }>("/api/v1/audit/exports", { signal }),
    select: (data) => data.exports,
    enabled: options.enabled,
  });
}

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

export function manifestUrl(exportId: string): string {
  return `/api/v1/audit/exports/${encodeURIComponent(exportId)}/manifest`;
}
