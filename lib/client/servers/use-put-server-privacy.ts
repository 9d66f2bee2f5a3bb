"use client";

import { useMutation } from "@tanstack/react-query";
import type { PrivacyDeclarationInput } from "@/lib/privacy/declarations/privacy-declaration";
import type { ServerView } from "@/lib/servers/server-view";
import { apiFetch } from "@/lib/client/api-fetch";
import { serverPath } from "@/lib/client/servers/server-path";
import { useInvalidateServersAndTools } from "@/lib/client/servers/use-invalidate-servers-and-tools";

/**
 * PUT /api/v1/servers/:id/privacy: the default declaration of the server's tools (null: none).
 * Tools without their own declaration inherit it, so the tool lists refresh too.
 */
export function usePutServerPrivacy() {
  const invalidate = useInvalidateServersAndTools();
  return useMutation({
    mutationFn: ({ id, declaration }: { id: string; declaration: PrivacyDeclarationInput | null }) =>
      apiFetch<{ server: ServerView }>(`${serverPath(id)}/privacy`, { method: "PUT", body: { declaration } }),
    onSuccess: invalidate,
  });
}
