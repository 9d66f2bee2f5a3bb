"use client";

import { useMutation } from "@tanstack/react-query";
import type { RevealedToken } from "@/lib/privacy/policies/reveal-token";
import { apiFetch } from "@/lib/client/api-fetch";

/** POST /api/v1/privacy/tokens/reveal with a reason; the server audits it. Never cached. */
export function useRevealToken() {
  return useMutation({
    mutationFn: (body: { token: string; reason: string }) =>
      apiFetch<RevealedToken>("/api/v1/privacy/tokens/reveal", { method: "POST", body }),
  });
}
