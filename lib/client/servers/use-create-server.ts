"use client";

import { useMutation } from "@tanstack/react-query";
import type { CreateServerInput } from "@/lib/servers/schemas";
import type { ServerView } from "@/lib/servers/server-view";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateServersAndTools } from "@/lib/client/servers/use-invalidate-servers-and-tools";

/** POST /api/v1/servers; the gateway connects to it in the background. */
export function useCreateServer() {
  const invalidate = useInvalidateServersAndTools();
  return useMutation({
    mutationFn: (body: CreateServerInput) =>
      apiFetch<{ server: ServerView }>("/api/v1/servers", { method: "POST", body }),
    onSuccess: invalidate,
  });
}
