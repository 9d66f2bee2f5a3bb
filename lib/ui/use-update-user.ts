"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/ui/api-fetch";
import type { UserView } from "@/lib/ui/api-types";
import { queryKeys } from "@/lib/ui/query-keys";

export type UpdateUserBody = { name?: string | null; roles?: string[]; isDisabled?: boolean };

/** PATCH /api/v1/users/:id; refreshes users, roles and (if it was you) your own capabilities. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) =>
      apiFetch<{ user: UserView }>(`/api/v1/users/${encodeURIComponent(id)}`, { method: "PATCH", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roles });
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}
