"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { UserView } from "@/lib/users/user-view-type";
import { queryKeys } from "@/lib/client/query-keys";

type UserPage = { users: UserView[]; nextCursor: string | null };

const PAGE_SIZE = 50;

/** Users matching a search, a page at a time (GET /api/v1/users, cursor pagination). */
export function useUsers(q: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.userList(q),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (q) params.set("q", q);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<UserPage>(`/api/v1/users?${params}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor,
    // Keep the current rows (and any dialog opened from one) while a new search loads.
    placeholderData: keepPreviousData,
  });
}
