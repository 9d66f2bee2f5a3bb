"use client";

import { useMutation } from "@tanstack/react-query";
import type { CreateDetectorInput } from "@/lib/privacy/policies/schemas";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { detectorPath } from "@/lib/client/privacy/privacy-paths";
import { useInvalidateDetection } from "@/lib/client/privacy/use-invalidate-detection";

/** PATCH /api/v1/privacy/detectors/:id: edit a custom detector or switch it on or off. */
export function useUpdateDetector() {
  const invalidate = useInvalidateDetection();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<CreateDetectorInput> }) =>
      apiFetch<{ detector: DetectorView }>(detectorPath(id), { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}
