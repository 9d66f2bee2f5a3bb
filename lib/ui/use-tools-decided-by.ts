"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/ui/api-fetch";
import type { UserView } from "@/lib/ui/api-types";
import { useMe } from "@/lib/ui/use-me";

/**
 * Who decided a tool version, as a person would say it: "you", an email (for those who may read
 * users), or null when it cannot be told. Versions carry only the user id.
 */
export function useDecidedByLabel(userId: string | null): string | null {
  const { data: me } = useMe();
  const canReadUsers = me?.capabilities.includes("users:read") ?? false;
  const isSelf = !!userId && userId === me?.id;
  const user = useQuery({
    queryKey: ["users", "one", userId],
    queryFn: ({ signal }) => apiFetch<{ user: UserView }>(`/api/v1/users/${encodeURIComponent(userId ?? "")}`, { signal }),
    enabled: !!userId && canReadUsers && !isSelf,
    staleTime: 5 * 60_000,
  });
  if (!userId) return null;
  if (isSelf) return "you";
  return user.data?.user.email ?? null;
}
