"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { ExportFormat } from "@/lib/client/privacy/requests/request-labels";
import { requestExportsPath } from "@/lib/client/privacy/requests/request-paths";
import type { SubjectExportView } from "@/lib/privacy/requests/request-types";

/** POST /api/v1/privacy/requests/:id/exports: a new access export of a completed request. */
export function useCreateExport(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (format: ExportFormat) =>
      apiFetch<{ export: SubjectExportView }>(requestExportsPath(requestId), {
        method: "POST",
        body: { format },
      }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.detail(requestId) }),
  });
}
