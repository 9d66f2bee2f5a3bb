"use client";

import { useMutation } from "@tanstack/react-query";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateToolsAndServers } from "@/lib/client/tools/use-invalidate-tools-and-servers";
import { toolPath } from "@/lib/client/tools/tool-path";

export type ReviewDecision = "approve" | "reject";

/**
 * POST /api/v1/tools/:id/approve or /reject with the hash that was reviewed; the server refuses
 * (409) when the upstream changed the definition again in the meantime.
 */
export function useReviewTool() {
  const invalidate = useInvalidateToolsAndServers();
  return useMutation({
    mutationFn: ({
      id,
      decision,
      hash,
      note,
    }: {
      id: string;
      decision: ReviewDecision;
      hash: string;
      note?: string;
    }) =>
      apiFetch<{ tool: ToolDetail }>(`${toolPath(id)}/${decision}`, {
        method: "POST",
        body: note ? { hash, note } : { hash },
      }),
    onSuccess: invalidate,
  });
}
