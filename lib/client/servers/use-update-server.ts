"use client";

import { useMutation } from "@tanstack/react-query";
import type { UpdateServerInput } from "@/lib/servers/schemas";
import type { ServerView } from "@/lib/servers/server-view";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateServersAndTools } from "@/lib/client/servers/use-invalidate-servers-and-tools";
import { serverPath } from "@/lib/client/servers/server-path";

/** PATCH /api/v1/servers/:id; env/headers, when sent, replace the stored ones. */
export function useUpdateServer() {
  const invalidate = useInvalidateServersAndTools();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateServerInput }) =>
      apiFetch<{ server: ServerView }>(serverPath(id), { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}
