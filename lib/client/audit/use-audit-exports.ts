"use client";

import { useQuery } from "@tanstack/react-query";
import type { AuditExportSummary } from "@/lib/audit/export/audit-export-summary";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** Recent exports, newest first (GET /api/v1/audit/exports). */
export function useAuditExports(options: { enabled: boolean }) {
  return useQuery({
    queryKey: queryKeys.auditExports.exports,
    queryFn: ({ signal }) => apiFetch<{ exports: AuditExportSummary[] }>("/api/v1/audit/exports", { signal }),
    select: (data) => data.exports,
    enabled: options.enabled,
  });
}
