"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { requestCertificatePath } from "@/lib/client/privacy/requests/request-paths";

/** The signed erasure certificate as sent (GET /api/v1/privacy/requests/:id/certificate); read with readCertificate. */
export function useCertificate(requestId: string) {
  return useQuery({
    queryKey: queryKeys.privacyRequests.certificate(requestId),
    queryFn: ({ signal }) => apiFetch<unknown>(requestCertificatePath(requestId), { signal }),
    // A certificate never changes once issued.
    staleTime: Infinity,
  });
}
