"use client";

import { useQuery } from "@tanstack/react-query";
import type { AuditEventView } from "@/lib/audit/event-view";
import { ApiError } from "@/lib/client/api-error";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** One event for the detail panel; the row already on screen shows at once while it loads. */
export function useAuditEvent(id: string | null, initial: AuditEventView | undefined) {
  return useQuery({
    queryKey: queryKeys.audit.event(id ?? ""),
    queryFn: ({ signal }) =>
      apiFetch<{ event: AuditEventView }>(`/api/v1/audit/events/${encodeURIComponent(id ?? "")}`, { signal }),
    select: (data) => data.event,
    enabled: id !== null,
    initialData: initial ? { event: initial } : undefined,
    // Events never change once written (retention aside): no need to refetch what is shown.
    staleTime: 5 * 60_000,
    retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status === 404),
  });
}
