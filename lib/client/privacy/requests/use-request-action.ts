"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { VerificationMethod } from "@/lib/client/privacy/requests/request-labels";
import { requestActionPath } from "@/lib/client/privacy/requests/request-paths";
import type { PrivacyRequestDetailView } from "@/lib/privacy/requests/request-types";

/** Each transition route and its body. */
export type RequestActionInput =
  | { action: "verify"; body: { method: VerificationMethod; reference: string } }
  | { action: "approve" | "execute" | "retry"; body?: undefined }
  | { action: "reject" | "cancel"; body: { reason: string } }
  | { action: "extend"; body: { reason: string; days: number } };

/** POST /api/v1/privacy/requests/:id/<action>; the answer replaces the request on screen. */
export function useRequestAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestActionInput) =>
      apiFetch<{ request: PrivacyRequestDetailView }>(requestActionPath(id, input.action), {
        method: "POST",
        body: input.body ?? {},
      }),
    onSuccess: ({ request }) => {
      queryClient.setQueryData(queryKeys.privacyRequests.detail(id), { request });
      void queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.all });
    },
  });
}
