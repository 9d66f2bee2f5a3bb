"use client";

import { useMutation } from "@tanstack/react-query";
import type { AuditEventView } from "@/lib/audit/event-view";
import { apiFetch } from "@/lib/client/api-fetch";

/**
 * POST /api/v1/audit/events/:id/reveal with a reason; the server audits the reveal. The unmasked
 * event is returned to the caller only, never written into the query cache, so it is gone once
 * the panel closes.
 */
export function useRevealAuditEvent() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      apiFetch<{ event: AuditEventView }>(`/api/v1/audit/events/${encodeURIComponent(String(id))}/reveal`, {
        method: "POST",
        body: { reason },
      }),
  });
}
