"use client";

import { useMutation } from "@tanstack/react-query";
import type { UpdateToolInput } from "@/lib/tools/schemas";
import type { ToolView } from "@/lib/tools/tool-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateToolsAndServers } from "@/lib/client/tools/use-invalidate-tools-and-servers";
import { toolPath } from "@/lib/client/tools/tool-path";

/** PATCH /api/v1/tools/:id: enable/disable, or set (null: clear) the tool's own timeout. */
export function useUpdateTool() {
  const invalidate = useInvalidateToolsAndServers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateToolInput }) =>
      apiFetch<{ tool: ToolView }>(toolPath(id), { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}
