"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ConnectionInput, CreateServerInput, UpdateServerInput } from "@/lib/servers/schemas";
import type { ServerView } from "@/lib/servers/server-view";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";
import type { ToolSyncSummary } from "@/lib/tools/sync-tools";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

const serverPath = (id: string) => `/api/v1/servers/${encodeURIComponent(id)}`;

/** A server change can add, hold or remove tools: refresh both. */
function useInvalidateServersAndTools() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.servers.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.tools.all });
  };
}

/** POST /api/v1/servers; the gateway connects to it in the background. */
export function useCreateServer() {
  const invalidate = useInvalidateServersAndTools();
  return useMutation({
    mutationFn: (body: CreateServerInput) =>
      apiFetch<{ server: ServerView }>("/api/v1/servers", { method: "POST", body }),
    onSuccess: invalidate,
  });
}

/** PATCH /api/v1/servers/:id; env/headers, when sent, replace the stored ones. */
export function useUpdateServer() {
  const invalidate = useInvalidateServersAndTools();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateServerInput }) =>
      apiFetch<{ server: ServerView }>(serverPath(id), { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}

/** DELETE /api/v1/servers/:id: the server and its tools go. */
export function useDeleteServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(serverPath(id), { method: "DELETE" }),
    onSuccess: (_data, id) => {
      // The detail query would 404 on its next poll; drop it instead.
      queryClient.removeQueries({ queryKey: queryKeys.servers.detail(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.servers.list });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tools.all });
    },
  });
}

/** POST /api/v1/servers/:id/refresh: list the server's tools now; 502 with the reason when it cannot. */
export function useRefreshServer() {
  const invalidate = useInvalidateServersAndTools();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ summary: ToolSyncSummary }>(`${serverPath(id)}/refresh`, { method: "POST" }),
    onSuccess: invalidate,
  });
}

/** POST /api/v1/servers/test: try a connection before saving it. A failed connection is an answer, not an error. */
export function useTestConnection() {
  return useMutation({
    mutationFn: (connection: ConnectionInput) =>
      apiFetch<ConnectionTestResult>("/api/v1/servers/test", { method: "POST", body: connection }),
  });
}

/** POST /api/v1/servers/:id/test: try the saved configuration, with its stored secrets. */
export function useTestSavedServer() {
  return useMutation({
    mutationFn: (id: string) => apiFetch<ConnectionTestResult>(`${serverPath(id)}/test`, { method: "POST" }),
  });
}
