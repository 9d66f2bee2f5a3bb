"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { SubjectDetailView } from "@/lib/privacy/subjects/subject-view-type";

/** One data subject with the consents in force and their audit event count (GET /api/v1/privacy/subjects/:id). */
export function useSubject(id: string) {
  return useQuery({
    queryKey: queryKeys.subjects.detail(id),
    queryFn: ({ signal }) =>
      apiFetch<{ subject: SubjectDetailView }>(`/api/v1/privacy/subjects/${encodeURIComponent(id)}`, {
        signal,
      }),
    select: (data) => data.subject,
  });
}
