"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { UserView } from "@/lib/users/user-view-type";
import { queryKeys } from "@/lib/client/query-keys";

type UserPage = { users: UserView[]; nextCursor: string | null };

const PAGE_SIZE = 200;
/** A safety stop: 50 pages of 200 users. */
const MAX_PAGES = 50;

/** Users holding a role directly (GET /api/v1/users?role=…, every page up to a safety stop). */
export function useRoleMemberUsers(role: string, options: { enabled: boolean }) {
  return useQuery({
    queryKey: queryKeys.roleMembers(role),
    enabled: options.enabled,
    queryFn: async ({ signal }) => {
      const members: UserView[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const params = new URLSearchParams({ limit: String(PAGE_SIZE), role });
        if (cursor) params.set("cursor", cursor);
        const data: UserPage = await apiFetch<UserPage>(`/api/v1/users?${params}`, { signal });
        members.push(...data.users);
        cursor = data.nextCursor;
        if (!cursor) break;
      }
      return members;
    },
  });
}
