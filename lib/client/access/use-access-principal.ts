"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { UserView } from "@/lib/users/user-view-type";
import { queryKeys } from "@/lib/client/query-keys";
import type { PrincipalType } from "@/lib/client/access/use-access-explain";
import { useKeys } from "@/lib/client/keys/use-keys";

export type PrincipalRef = { type: PrincipalType; id: string };

/**
 * The label (email, or key name) of a user or key named in a link to /explain, so the picker can
 * start with it chosen. undefined while loading; null when it does not exist or cannot be read.
 */
export function useAccessPrincipalLabel(ref: PrincipalRef | null): string | null | undefined {
  const user = useQuery({
    queryKey: [...queryKeys.users, "one", ref?.id ?? ""],
    enabled: ref?.type === "user",
    queryFn: ({ signal }) =>
      apiFetch<{ user: UserView }>(`/api/v1/users/${encodeURIComponent(ref?.id ?? "")}`, { signal }),
    select: (data) => data.user.email,
  });
  const keys = useKeys({ enabled: ref?.type === "api_key" });
  if (!ref) return null;
  if (ref.type === "user") return user.isPending ? undefined : (user.data ?? null);
  return keys.isPending ? undefined : (keys.data?.find((k) => k.id === ref.id)?.name ?? null);
}
