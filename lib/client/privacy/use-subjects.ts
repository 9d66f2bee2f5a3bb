"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { subjectSearchQuery, type SubjectSearch } from "@/lib/client/privacy/subject-search";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

type SubjectPage = { subjects: SubjectView[]; nextCursor: string | null };

/**
 * The people matching one identifier exactly (GET /api/v1/privacy/subjects?email=…). Nothing is
 * fetched until there is a search: the console never lists everyone.
 */
export function useSubjects(search: SubjectSearch | null) {
  const query = search ? subjectSearchQuery(search) : "";
  return useQuery({
    queryKey: queryKeys.subjects.search(query),
    queryFn: ({ signal }) => apiFetch<SubjectPage>(`/api/v1/privacy/subjects?${query}`, { signal }),
    select: (data) => data.subjects,
    enabled: search !== null,
    // Keep the last results on screen while the next search loads.
    placeholderData: keepPreviousData,
  });
}
