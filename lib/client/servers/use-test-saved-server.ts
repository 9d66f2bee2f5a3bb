"use client";

import { useMutation } from "@tanstack/react-query";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";
import { apiFetch } from "@/lib/client/api-fetch";
import { serverPath } from "@/lib/client/servers/server-path";

/** POST /api/v1/servers/:id/test: try the saved configuration, with its stored secrets. */
export function useTestSavedServer() {
  return useMutation({
    mutationFn: (id: string) => apiFetch<ConnectionTestResult>(`${serverPath(id)}/test`, { method: "POST" }),
  });
}
