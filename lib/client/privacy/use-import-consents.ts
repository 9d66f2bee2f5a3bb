"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateConsent } from "@/lib/client/privacy/use-invalidate-consent";
import type { ConsentImportResult } from "@/lib/privacy/consent/consent-view-type";

export type ImportConsentsInput = { csv: string; isDryRun: boolean };

/**
 * POST /api/v1/consents/import with the CSV as the body. A dry run checks every row and writes
 * nothing; a real import with any bad row imports nothing (400 with details.errors).
 */
export function useImportConsents() {
  const invalidate = useInvalidateConsent();
  return useMutation({
    mutationFn: ({ csv, isDryRun }: ImportConsentsInput) =>
      apiFetch<ConsentImportResult>(`/api/v1/consents/import?dryRun=${isDryRun}`, {
        method: "POST",
        rawBody: { text: csv, contentType: "text/csv" },
      }),
    onSuccess: (result) => {
      if (!result.dryRun) invalidate();
    },
  });
}
