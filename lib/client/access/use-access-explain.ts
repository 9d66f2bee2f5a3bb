"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";

export type PrincipalType = "user" | "api_key";
export type ExplainAction = { capability: string } | { tool: string };

export type Explanation = {
  allowed: boolean;
  reason: string;
  /** The tool grant that decided, when one did (capabilities are decided by a role, named in reason). */
  rule?: { pattern: string; effect: "allow" | "deny"; role: string };
  principal: { type: PrincipalType; id: string; label: string; roles: string[] };
};

/** POST /api/v1/access/explain: the gateway's own decision for this principal and action, and why. */
export function useAccessExplain() {
  return useMutation({
    mutationFn: (body: { principal: { type: PrincipalType; id: string }; action: ExplainAction }) =>
      apiFetch<{ explanation: Explanation }>("/api/v1/access/explain", { method: "POST", body }).then(
        (r) => r.explanation,
      ),
  });
}
