"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { UpdateRoleInput } from "@/lib/roles/schemas";

export type AccessChange = {
  principal: { type: "user" | "api_key"; id: string; label: string };
  gainedCapabilities: string[];
  lostCapabilities: string[];
  gainedTools: string[];
  lostTools: string[];
};

/** `changes` lists only holders whose access would change; `affected` counts every holder. */
export type RolePreview = { changes: AccessChange[]; affected: number };

/** POST /api/v1/roles/:name/preview: who would gain or lose what if this change were saved. */
export function useRolePreview() {
  return useMutation({
    mutationFn: ({ name, body }: { name: string; body: UpdateRoleInput }) =>
      apiFetch<RolePreview>(`/api/v1/roles/${encodeURIComponent(name)}/preview`, { method: "POST", body }),
  });
}
