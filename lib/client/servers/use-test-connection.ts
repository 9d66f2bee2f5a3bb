"use client";

import { useMutation } from "@tanstack/react-query";
import type { ConnectionInput } from "@/lib/servers/schemas";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";
import { apiFetch } from "@/lib/client/api-fetch";

/** POST /api/v1/servers/test: try a connection before saving it. A failed connection is an answer, not an error. */
export function useTestConnection() {
  return useMutation({
    mutationFn: (connection: ConnectionInput) =>
      apiFetch<ConnectionTestResult>("/api/v1/servers/test", { method: "POST", body: connection }),
  });
}
