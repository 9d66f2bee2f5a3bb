"use client";

import { useMutation } from "@tanstack/react-query";
import type { DetectSampleResult } from "@/lib/privacy/policies/policy-view-type";
import { apiFetch } from "@/lib/client/api-fetch";

/**
 * POST /api/v1/privacy/detect: what the detectors find in a sample and how each strategy and each
 * enabled policy would mask it. A mutation, not a query: the sample is personal data, so it is
 * sent when asked and never kept in the query cache.
 */
export function useDetectSample() {
  return useMutation({
    mutationFn: (text: string) =>
      apiFetch<DetectSampleResult>("/api/v1/privacy/detect", { method: "POST", body: { text } }),
  });
}
