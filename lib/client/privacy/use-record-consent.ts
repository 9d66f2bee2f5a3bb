"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateConsent } from "@/lib/client/privacy/use-invalidate-consent";
import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";
import type { RecordConsentInput } from "@/lib/privacy/consent/schemas";

/** POST /api/v1/consents: appends a grant or a withdrawal; the console's records say source "console". */
export function useRecordConsent() {
  const invalidate = useInvalidateConsent();
  return useMutation({
    mutationFn: (body: Omit<RecordConsentInput, "source">) =>
      apiFetch<{ record: ConsentRecordView }>("/api/v1/consents", {
        method: "POST",
        body: { ...body, source: "console" } satisfies RecordConsentInput,
      }),
    onSuccess: invalidate,
  });
}
