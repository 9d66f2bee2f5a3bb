"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";

/** POST /api/v1/users/:id/reset-password without a password: the server generates one, shown once. */
export function useResetPassword() {
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ temporaryPassword: string | null }>(
        `/api/v1/users/${encodeURIComponent(id)}/reset-password`,
        {
          method: "POST",
          body: {},
        },
      ),
  });
}
