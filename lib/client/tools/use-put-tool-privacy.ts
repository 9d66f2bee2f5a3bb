"use client";

import { useMutation } from "@tanstack/react-query";
import type { PrivacyDeclarationInput } from "@/lib/privacy/declarations/privacy-declaration";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { toolPath } from "@/lib/client/tools/tool-path";
import { useInvalidateToolsAndServers } from "@/lib/client/tools/use-invalidate-tools-and-servers";

/** PUT /api/v1/tools/:id/privacy: the tool's own declaration, or null to use the server's default. */
export function usePutToolPrivacy() {
  const invalidate = useInvalidateToolsAndServers();
  return useMutation({
    mutationFn: ({ id, declaration }: { id: string; declaration: PrivacyDeclarationInput | null }) =>
      apiFetch<{ tool: ToolDetail }>(`${toolPath(id)}/privacy`, { method: "PUT", body: { declaration } }),
    onSuccess: invalidate,
  });
}
