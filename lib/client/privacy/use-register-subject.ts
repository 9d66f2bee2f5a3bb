"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { RegisterSubjectInput } from "@/lib/privacy/subjects/schemas";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

/** POST /api/v1/privacy/subjects: registers a person, or finds them when an identifier is already known. */
export function useRegisterSubject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterSubjectInput) =>
      apiFetch<{ subject: SubjectView }>("/api/v1/privacy/subjects", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.subjects.all }),
  });
}
