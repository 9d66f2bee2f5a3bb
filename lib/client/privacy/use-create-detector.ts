"use client";

import { useMutation } from "@tanstack/react-query";
import type { CreateDetectorInput } from "@/lib/privacy/policies/schemas";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateDetection } from "@/lib/client/privacy/use-invalidate-detection";

/** POST /api/v1/privacy/detectors: the server compiles the pattern and checks it matches the sample. */
export function useCreateDetector() {
  const invalidate = useInvalidateDetection();
  return useMutation({
    mutationFn: (body: CreateDetectorInput) =>
      apiFetch<{ detector: DetectorView }>("/api/v1/privacy/detectors", { method: "POST", body }),
    onSuccess: invalidate,
  });
}
