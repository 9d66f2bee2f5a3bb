"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ToolDetail } from "@/lib/tools/get-tool";
import type { UpdateToolInput } from "@/lib/tools/schemas";
import type { ToolView } from "@/lib/tools/tool-view";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

export type ReviewDecision = "approve" | "reject";

const toolPath = (id: string) => `/api/v1/tools/${encodeURIComponent(id)}`;

/**
 * Tool changes move server tool counts too. The tools are awaited, so the mutation stays pending
 * until the lists show the change (no flicker back to the old state).
 */
function useInvalidateToolsAndServers() {
  const queryClient = useQueryClient();
  return async () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.servers.all });
    await queryClient.invalidateQueries({ queryKey: queryKeys.tools.all });
  };
}

/** PATCH /api/v1/tools/:id: enable/disable, or set (null: clear) the tool's own timeout. */
export function useUpdateTool() {
  const invalidate = useInvalidateToolsAndServers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateToolInput }) =>
      apiFetch<{ tool: ToolView }>(toolPath(id), { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}

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
