"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { requestsPath } from "@/lib/client/privacy/requests/request-paths";
import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";
import type { PrivacyRequestDetailView, RequestType } from "@/lib/privacy/requests/request-types";

export type CreateRequestBody = { type: RequestType; identifier: { kind: IdentifierKind; value: string } };

/** POST /api/v1/privacy/requests: records a request received from a person (found or not). */
export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRequestBody) =>
      apiFetch<{ request: PrivacyRequestDetailView }>(requestsPath, { method: "POST", body }),
    onSuccess: ({ request }) => {
      queryClient.setQueryData(queryKeys.privacyRequests.detail(request.id), { request });
      void queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.all });
    },
  });
}
